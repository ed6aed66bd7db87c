import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
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

/** A draft nothing has been written into yet: at most its lead municipality (set at the start). */
export function isEmptyDraft(draft: ApplicationView['draft']): boolean {
  return Object.entries(draft).every(
    ([field, value]) =>
      field === 'leadMunicipality' || value === undefined || (Array.isArray(value) && value.length === 0),
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
}

/** The owner's earlier applications, each with a button, and the confirmation for the one chosen. */
export function PrefillChoices(props: ChoicesProps) {
  const { applications, rounds, municipalityName, chosen, busy, problem } = props;
  const { t, locale } = useText(formText);
  const title = (application: EarlierApplication) => application.title || t('prefill.untitled');
  const roundTitle = (roundId: string) =>
    rounds.find((round) => round.id === roundId)?.title[locale] ?? roundId;
  return (
    <section className="prefill-offer no-print" aria-labelledby="prefill-heading" data-testid="prefill-offer">
      <Heading level={2} data-size="xs" id="prefill-heading">
        {t('prefill.heading')}
      </Heading>
      <Paragraph>{t('prefill.intro')}</Paragraph>
      <ul>
        {applications.map((application) => {
          const numbers = [application.leadMunicipality, ...application.partnerMunicipalities].filter(
            (number): number is string => number !== undefined,
          );
          return (
            <li key={application.applicationId}>
              <strong>
                {t('prefill.item', { title: title(application), round: roundTitle(application.roundId) })}
              </strong>
              {numbers.length > 0 && (
                <div>
                  {t('prefill.municipalities', { names: formatList(numbers.map(municipalityName), locale) })}
                </div>
              )}
              <div>
                {application.submittedAt
                  ? t('prefill.submitted', { date: formatDate(application.submittedAt, locale) })
                  : t('prefill.notSubmitted')}
              </div>
              <Button
                data-size="sm"
                variant="secondary"
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
        <Alert data-color="warning" role="alert">
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
    </section>
  );
}

/**
 * "Fill in from an earlier application" (ADR 100) on an empty new draft: the owner's
 * applications in other rounds (GET …/earlier), a confirmation, then POST …/prefill on the
 * draft's version as it stands now, and `onPrefilled` reloads the form with what was filled in.
 * Nothing shows for a co-editor (the list is the owner's), without earlier applications, or
 * when the list cannot be read (the form works without it).
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
  onPrefilled: () => Promise<void>;
}) {
  const { t, locale } = useText(formText);
  const empty = isEmptyDraft(view.draft);
  const earlier = useResource(empty ? `earlier:${view.applicationId}` : undefined, (signal) =>
    client.earlier(locale, signal),
  );
  const [chosen, setChosen] = useState<EarlierApplication>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

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
      await onPrefilled();
    } catch (error) {
      setProblem(messageOf(error, t('prefill.failed')));
    } finally {
      setBusy(false);
    }
  }

  if (!empty || !earlier.data?.length) return null;
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
    />
  );
}
