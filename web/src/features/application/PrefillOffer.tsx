import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { messageOf, type Answer } from '../../app/api.ts';
import { formatDate, formatList } from '../../app/format.ts';
import { useText } from '../../app/i18n.tsx';
import { useResource } from '../../app/resource.ts';
import type { RoundView } from '../rounds/rounds.ts';
import type { ApplicantApi } from './api.ts';
import { forgetAll } from './form/kept-input.ts';
import { formText } from './text.ts';
import type { ApplicationView } from './types.ts';

export type EarlierApplication = Answer<'GET /applications/{applicationId}/earlier'>['applications'][number];

/**
 * A draft nothing has been written into yet: at most what the start set — its lead
 * municipality and the contact's e-mail address (the address that signed in).
 */
export function isEmptyDraft(draft: ApplicationView['draft']): boolean {
  return Object.entries(draft).every(
    ([field, value]) =>
      field === 'leadMunicipality' ||
      value === undefined ||
      (Array.isArray(value) && value.length === 0) ||
      (field === 'contact' && Object.entries(value as object).every(([key, v]) => key === 'email' || !v)),
  );
}

interface ChoicesProps {
  applications: readonly EarlierApplication[];
  rounds: readonly RoundView[];
  municipalityName: (number: string) => string;
  /** The one asked about (the confirmation), if any. */
  chosen?: EarlierApplication | undefined;
  busy?: boolean;
  problem?: string | undefined;
  onChoose?: (application: EarlierApplication) => void;
  onConfirm?: () => void;
  onCancel?: () => void;
  /** "No thanks": the offer goes, the form stays as it is. */
  onDismiss?: () => void;
}

/**
 * The earlier applications the new draft can start from, each with a button, the confirmation
 * for the one chosen, and a way to start blank: an info card above the form's steps.
 */
export function PrefillChoices(props: ChoicesProps) {
  const { applications, rounds, municipalityName, chosen, busy, problem } = props;
  const { t, locale } = useText(formText);
  const title = (application: EarlierApplication) => application.title || t('prefill.untitled');
  const roundTitle = (roundId: string) =>
    rounds.find((round) => round.id === roundId)?.title[locale] ?? roundId;
  return (
    <Card
      className="prefill-offer no-print"
      data-color="info"
      aria-labelledby="prefill-heading"
      data-testid="prefill-offer"
    >
      <Heading level={2} data-size="xs" id="prefill-heading">
        {t('prefill.heading')}
      </Heading>
      <Paragraph>{t('prefill.intro')}</Paragraph>
      <ul className="prefill-offer__list">
        {applications.map((application) => {
          const numbers = [application.leadMunicipality, ...application.partnerMunicipalities].filter(
            (number): number is string => number !== undefined,
          );
          const id = `prefill-${application.applicationId}`;
          return (
            <li key={application.applicationId} className="prefill-offer__item">
              <div className="prefill-offer__facts">
                <strong id={id}>
                  {t('prefill.item', { title: title(application), round: roundTitle(application.roundId) })}
                </strong>
                {numbers.length > 0 && (
                  <span>
                    {t('prefill.municipalities', {
                      names: formatList(numbers.map(municipalityName), locale),
                    })}
                  </span>
                )}
                <span className="muted">
                  {application.submittedAt
                    ? t('prefill.submitted', { date: formatDate(application.submittedAt, locale) })
                    : t('prefill.notSubmitted')}
                </span>
              </div>
              <Button
                data-size="sm"
                variant={chosen?.applicationId === application.applicationId ? 'primary' : 'secondary'}
                aria-describedby={id}
                disabled={busy || chosen !== undefined}
                onClick={() => props.onChoose?.(application)}
              >
                {t('prefill.choose')}
              </Button>
            </li>
          );
        })}
      </ul>
      {chosen && (
        <Alert data-color="warning" role="alert" data-testid="prefill-confirm">
          <Paragraph>{t('prefill.confirm', { title: title(chosen) })}</Paragraph>
          <div className="row-actions">
            <Button data-size="sm" onClick={() => props.onConfirm?.()} disabled={busy}>
              {busy ? t('prefill.busy') : t('prefill.yes')}
            </Button>
            <Button data-size="sm" variant="tertiary" onClick={() => props.onCancel?.()} disabled={busy}>
              {t('prefill.cancel')}
            </Button>
          </div>
        </Alert>
      )}
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      {!chosen && (
        <div>
          <Button data-size="sm" variant="tertiary" onClick={() => props.onDismiss?.()} disabled={busy}>
            {t('prefill.dismiss')}
          </Button>
        </div>
      )}
    </Card>
  );
}

/**
 * "Fill in from an earlier application" (ADR 100) on an empty new draft: the owner's
 * applications in other rounds (GET …/earlier), a confirmation, then POST …/prefill on the
 * draft's version as it stands now, and `onPrefilled` reloads the form with what was filled in.
 * Nothing shows for a co-editor (the list is the owner's), without earlier applications, once
 * declined ("start blank"), or when the list cannot be read (the form works without it).
 */
export function PrefillOffer({
  view,
  client,
  rounds,
  municipalityName,
  onPrefilled,
}: {
  view: ApplicationView;
  client: ApplicantApi;
  rounds: readonly RoundView[];
  municipalityName: (number: string) => string;
  /** Called with the earlier application's title once the draft holds what it had. */
  onPrefilled: (title: string) => Promise<void>;
}) {
  const { t, locale } = useText(formText);
  const empty = isEmptyDraft(view.draft);
  const earlier = useResource(empty ? `earlier:${view.applicationId}` : undefined, (signal) =>
    client.earlier(locale, signal),
  );
  const [chosen, setChosen] = useState<EarlierApplication>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [dismissed, setDismissed] = useState(false);

  async function confirm() {
    if (!chosen) return;
    setBusy(true);
    setProblem(undefined);
    try {
      // The version as it stands now: the form may have saved since the page loaded.
      const current = await client.get(locale);
      await client.prefill(locale, { from: chosen.applicationId, version: current.version });
      // What this tab kept of the draft before is of the draft that was replaced.
      forgetAll(view.applicationId);
      setChosen(undefined);
      await onPrefilled(chosen.title || t('prefill.untitled'));
    } catch (error) {
      setProblem(messageOf(error, t('prefill.failed')));
    } finally {
      setBusy(false);
    }
  }

  if (!empty || dismissed || !earlier.data?.length) return null;
  return (
    <PrefillChoices
      applications={earlier.data}
      rounds={rounds}
      municipalityName={municipalityName}
      chosen={chosen}
      busy={busy}
      problem={problem}
      onChoose={(application) => {
        setProblem(undefined);
        setChosen(application);
      }}
      onConfirm={() => void confirm()}
      onCancel={() => setChosen(undefined)}
      onDismiss={() => {
        setDismissed(true);
        // The card goes: the form's first field is where the applicant starts.
        requestAnimationFrame(() => document.getElementById('step-heading')?.focus());
      }}
    />
  );
}

/**
 * Said where the offer was once the draft is filled (ADR 100), and focused: the button that was
 * pressed is gone, and the applicant goes on from here through every step.
 */
export function PrefillDone({ title }: { title: string }) {
  const { t } = useText(formText);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // After the form's own focus on its step (it mounts with this).
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      data-color="success"
      className="prefill-done no-print"
      data-testid="prefill-done"
    >
      <Paragraph>{t('prefill.done', { title })}</Paragraph>
    </Alert>
  );
}
