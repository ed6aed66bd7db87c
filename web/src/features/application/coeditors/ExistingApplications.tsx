import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { ApiError, type Answer } from '../../../app/api.ts';
import { useText } from '../../../app/i18n.tsx';
import { requestToJoin } from './api.ts';
import { coeditingText } from './text.ts';

export type Existing = NonNullable<Answer<'POST /applications'>['existing']>[number];

/**
 * The start page's notice (ADR 097): the round's applications that already name the chosen
 * municipality — whose (the owner's name as typed, the lead municipality), never an address —
 * and, for a draft, a button to ask its owner to join.
 */
export function ExistingApplications({
  existing,
  email,
  municipality,
  municipalityName,
}: {
  existing: readonly Existing[];
  email: string;
  municipality: string;
  municipalityName: (number: string) => string;
}) {
  if (existing.length === 0) return null;
  return (
    <>
      {existing.map((application) => (
        <ExistingApplication
          key={application.applicationId}
          application={application}
          email={email}
          municipality={municipality}
          municipalityName={municipalityName}
        />
      ))}
    </>
  );
}

function ExistingApplication({
  application,
  email,
  municipality,
  municipalityName,
}: {
  application: Existing;
  email: string;
  municipality: string;
  municipalityName: (number: string) => string;
}) {
  const { t, locale } = useText(coeditingText);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = `join-${application.applicationId}`;
  const values = {
    lead: application.leadMunicipality ? municipalityName(application.leadMunicipality) : '–',
    owner: application.ownerName ?? t('existing.ownerUnknown'),
    municipality: municipalityName(municipality),
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('join.name.required'));
      return;
    }
    setError(undefined);
    setProblem(undefined);
    setBusy(true);
    try {
      await requestToJoin(
        application.applicationId,
        { email, name: name.trim(), municipality, locale },
        locale,
      );
      setSent(true);
    } catch (failure) {
      const field = failure instanceof ApiError ? failure.fields.find((f) => f.path === 'name') : undefined;
      if (field) setError(field.message);
      else
        setProblem(
          failure instanceof ApiError && !failure.isNetwork ? failure.message : t('app.networkError'),
        );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card className="existing-application" data-color="info" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="xs" id={`${id}-heading`}>
        {t('existing.heading', { municipality: values.municipality })}
      </Heading>
      {application.status === 'SUBMITTED' ? (
        <Paragraph>{t('existing.submitted', values)}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('existing.body', values)}</Paragraph>
          <div role="status">{sent && <Paragraph>{t('join.sent')}</Paragraph>}</div>
          {problem && (
            <Alert data-color="danger" role="alert">
              {problem}
            </Alert>
          )}
          {!sent && (
            <form noValidate onSubmit={onSubmit} className="form-stack narrow">
              <Textfield
                id={`${id}-name`}
                label={t('join.name')}
                autoComplete="name"
                value={name}
                onChange={(event) => setName(event.target.value)}
                error={error}
                maxLength={200}
              />
              <div>
                <Button type="submit" variant="secondary" disabled={busy} aria-disabled={busy}>
                  {t('join.submit')}
                </Button>
              </div>
            </form>
          )}
        </>
      )}
    </Card>
  );
}
