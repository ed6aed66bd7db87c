import { Alert, Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../app/api.ts';
import { ErrorList, type ErrorItem } from '../../../app/ErrorList.tsx';
import { useText } from '../../../app/i18n.tsx';
import type { CoeditingApi } from './api.ts';
import { coeditingText } from './text.ts';

const FIELD_IDS = { name: 'invite-name', email: 'invite-email' } as const;
type Errors = Partial<Record<keyof typeof FIELD_IDS, string>>;

/** The owner invites a co-editor: name and address, errors by field from the API. */
export function InviteForm({
  client,
  onInvited,
}: {
  client: CoeditingApi;
  onInvited: (email: string) => Promise<void>;
}) {
  const { t, locale } = useText(coeditingText);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next: Errors = {};
    if (!name.trim()) next.name = t('invite.name.required');
    if (!email.trim()) next.email = t('invite.email.required');
    setErrors(next);
    setProblem(undefined);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    try {
      await client.invite(locale, { name: name.trim(), email: email.trim(), locale });
      setName('');
      setEmail('');
      await onInvited(email.trim());
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        const fields: Errors = {};
        for (const field of error.fields) {
          if (field.path === 'name' || field.path === 'email') fields[field.path] ??= field.message;
          else setProblem(field.message);
        }
        setErrors(fields);
      } else {
        setProblem(error instanceof ApiError && !error.isNetwork ? error.message : t('app.networkError'));
      }
    } finally {
      setBusy(false);
    }
  }

  const items: ErrorItem[] = (['name', 'email'] as const)
    .filter((key) => errors[key])
    .map((key) => ({ target: FIELD_IDS[key], message: errors[key]! }));

  return (
    <section aria-labelledby="invite-heading">
      <Heading level={3} data-size="xs" id="invite-heading">
        {t('invite.heading')}
      </Heading>
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      <ErrorList heading={t('errors.heading')} items={items} />
      <form noValidate onSubmit={onSubmit} className="form-stack narrow">
        <Textfield
          id={FIELD_IDS.name}
          label={t('invite.name')}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.name}
          maxLength={200}
        />
        <Textfield
          id={FIELD_IDS.email}
          label={t('invite.email')}
          description={t('invite.email.description')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
          maxLength={254}
        />
        <div>
          <Button type="submit" variant="secondary" disabled={busy} aria-disabled={busy}>
            {t('invite.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
