import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { ApiError } from '../../app/api.ts';
import { ErrorList, type ErrorItem } from '../../app/ErrorList.tsx';
import { formatDateTime } from '../../app/format.ts';
import { useHydrated } from '../../app/hydrated.ts';
import { useText } from '../../app/i18n.tsx';
import { LoadFailure, PageHeading } from '../../app/Page.tsx';
import { ExistingApplications, type Existing } from '../application/coeditors/ExistingApplications.tsx';
import { useMunicipalities } from '../municipalities/municipalities.ts';
import { PendingPicker } from '../municipalities/PendingPicker.tsx';
import { currentRound, useRounds } from '../rounds/rounds.ts';
import { requestLink } from './api.ts';
import { startText } from './text.ts';

// The searchable list (Designsystemet's Suggestion, ADR 108) loads with this page, not the first.
const MunicipalityPicker = lazy(() =>
  import('../municipalities/MunicipalityPicker.tsx').then((m) => ({ default: m.MunicipalityPicker })),
);

const EMAIL_ID = 'start-email';
const MUNICIPALITY_ID = 'start-lead-municipality';
/** The API's field paths → this page's inputs. */
const FIELD_IDS: Record<string, string> = { email: EMAIL_ID, leadMunicipality: MUNICIPALITY_ID };

type Errors = Partial<Record<'email' | 'leadMunicipality', string>>;

/** E-mail + lead municipality → a magic link by e-mail → "check your e-mail". */
export function StartPage() {
  const { t, locale } = useText(startText);
  const rounds = useRounds();
  const round = rounds.data && currentRound(rounds.data);
  const municipalities = useMunicipalities(round?.division);
  const [email, setEmail] = useState('');
  const [lead, setLead] = useState<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string>();
  const [resent, setResent] = useState(false);
  const hydrated = useHydrated();
  // The round's applications already naming the municipality (ADR 097), as the answer said.
  const [existing, setExisting] = useState<readonly Existing[]>([]);

  if (rounds.data && !round) {
    return (
      <>
        <PageHeading title={t('start.title')} />
        <Alert data-color="info">{t('app.noRound')}</Alert>
      </>
    );
  }

  async function send() {
    if (!round) return false;
    setBusy(true);
    setProblem(undefined);
    try {
      const answer = await requestLink(
        { email: email.trim(), roundId: round.id, leadMunicipality: lead[0]!, locale },
        locale,
      );
      setExisting(answer.existing ?? []);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        const next: Errors = {};
        for (const field of error.fields) {
          if (field.path === 'email' || field.path === 'leadMunicipality') next[field.path] ??= field.message;
          else setProblem(field.message);
        }
        setErrors(next);
      } else if (error instanceof ApiError && !error.isNetwork) {
        setProblem(error.message);
      } else {
        setProblem(t('app.networkError'));
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next: Errors = {};
    if (!email.trim()) next.email = t('start.email.required');
    if (!lead[0]) next.leadMunicipality = t('start.municipality.required');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    if (await send()) {
      setSentTo(email.trim());
      setResent(false);
    }
  }

  if (sentTo) {
    return (
      <>
        <PageHeading title={t('sent.title')} />
        <Alert data-color="success">
          <Paragraph>{t('sent.body', { email: sentTo })}</Paragraph>
        </Alert>
        <ExistingApplications
          existing={existing}
          email={sentTo}
          municipality={lead[0]!}
          municipalityName={(number) => municipalities?.find((m) => m.number === number)?.name ?? number}
        />
        <Paragraph>{t('sent.later')}</Paragraph>
        <Paragraph>{t('sent.notReceived')}</Paragraph>
        {problem && <Alert data-color="danger">{problem}</Alert>}
        <div role="status">{resent && <Paragraph>{t('sent.resent')}</Paragraph>}</div>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={async () => {
            setResent(false);
            if (await send()) setResent(true);
          }}
        >
          {t('sent.again')}
        </Button>
      </>
    );
  }

  const leadField = {
    id: MUNICIPALITY_ID,
    label: t('start.municipality'),
    description: t('start.municipality.description'),
    error: errors.leadMunicipality,
  };
  const errorItems: ErrorItem[] = (['email', 'leadMunicipality'] as const)
    .filter((key) => errors[key])
    .map((key) => ({ target: FIELD_IDS[key]!, message: errors[key]! }));

  return (
    <>
      <PageHeading title={t('start.title')} />
      <Paragraph data-size="lg">{t('start.lead')}</Paragraph>
      {round?.applicationPeriodState === 'closed' && (
        <Alert data-color="warning">
          {t('about.state.closed', { closes: formatDateTime(round.applicationPeriod.closes, locale) })}
        </Alert>
      )}
      {rounds.error !== undefined && <LoadFailure error={rounds.error} retry={rounds.reload} />}
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      <ErrorList heading={t('errors.heading')} items={errorItems} />
      <form noValidate onSubmit={onSubmit} className="form-stack narrow start-form">
        <Textfield
          id={EMAIL_ID}
          label={t('start.email')}
          description={t('start.email.description')}
          type="email"
          autoComplete="email"
          value={email}
          // Prerendered (ADR 104): typed into once the script has hydrated the page, not lost to it.
          readOnly={!hydrated}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
          maxLength={254}
        />
        {/* Prerendered as its pending field: its list comes from the browser's fetch (ADR 104, 124). */}
        {hydrated ? (
          <Suspense fallback={<PendingPicker {...leadField} />}>
            <MunicipalityPicker
              {...leadField}
              municipalities={municipalities}
              value={lead}
              onChange={setLead}
            />
          </Suspense>
        ) : (
          <PendingPicker {...leadField} />
        )}
        <div>
          <Button type="submit" disabled={busy || !hydrated} aria-disabled={busy}>
            {busy ? t('start.sending') : t('start.submit')}
          </Button>
        </div>
      </form>
      <Heading level={2} data-size="xs" className="spaced">
        {t('start.continue.heading')}
      </Heading>
      <Paragraph>{t('start.continue')}</Paragraph>
    </>
  );
}
