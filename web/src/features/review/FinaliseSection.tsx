import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../app/api.ts';
import { isChairOrDeputy, problemOf, useReview } from './context.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { useReviewI18n } from './i18n.ts';

/** The end of every committee's list: the exports, then the chair's finalising. */
export function ListEnd({
  list,
  blockers,
  onFinalised,
}: {
  list: { stage: { version: number }; actsForCommittee: boolean };
  blockers: ReactNode[];
  onFinalised(): Promise<void>;
}) {
  return (
    <>
      <ExportButtons />
      <FinaliseSection
        version={list.stage.version}
        actsForCommittee={list.actsForCommittee}
        blockers={blockers}
        onFinalised={onFinalised}
      />
    </>
  );
}

/**
 * The chair's last step: what still blocks it, and a confirmed POST /review/finalise with the
 * stage version the page shows. A stale version (another tab) reloads and asks again.
 */
export function FinaliseSection({
  version,
  actsForCommittee,
  blockers,
  onFinalised,
  children,
}: {
  version: number;
  /** The list's word on whether the caller finalises (the chair, or the deputy where the chair stood aside). */
  actsForCommittee: boolean;
  blockers: ReactNode[];
  onFinalised(): Promise<void>;
  children?: ReactNode;
}) {
  const { t } = useReviewI18n();
  const { client, context, committee, reloadContext } = useReview();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ReactNode>();
  if (!isChairOrDeputy(context) || context.stage.status === 'not-open') return null;
  if (context.stage.status === 'open' && !actsForCommittee) return null;

  if (context.stage.status === 'finalised') {
    return (
      <Alert data-color="success" className="spaced" data-testid="finalised">
        <Heading level={2} data-size="xs">
          {t('committee.finalised.title')}
        </Heading>
        <Paragraph>{t(`committee.finalised.body.${committee}`)}</Paragraph>
      </Alert>
    );
  }

  async function finalise() {
    setConfirming(false);
    setBusy(true);
    setProblem(undefined);
    try {
      await client.finalise(version);
      await reloadContext();
      await onFinalised();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
        await onFinalised();
        setProblem(t('committee.finalise.stale'));
      } else if (error instanceof ApiError && error.code === 'STAGE_FINALISED') {
        await reloadContext();
        await onFinalised();
      } else {
        setProblem(problemOf(error, t));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="finalise-heading" className="spaced review-finalise">
      <Heading level={2} data-size="sm" id="finalise-heading">
        {t(`committee.finalise.heading.${committee}`)}
      </Heading>
      <Paragraph>{t(`committee.finalise.body.${committee}`)}</Paragraph>
      {context.member.role === 'deputy' && (
        <Paragraph data-size="sm" className="muted">
          {t('committee.deputyNote')}
        </Paragraph>
      )}
      {children}
      {blockers.length > 0 ? (
        <Alert data-color="warning" data-testid="finalise-blockers">
          <Paragraph>{t('committee.finalise.blocked')}</Paragraph>
          <ul>
            {blockers.map((blocker, index) => (
              <li key={index}>{blocker}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Paragraph>{t('committee.finalise.ready')}</Paragraph>
      )}
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      <Button
        data-testid="finalise"
        disabled={blockers.length > 0 || busy}
        aria-busy={busy || undefined}
        onClick={() => setConfirming(true)}
      >
        {t(`committee.finalise.button.${committee}`)}
      </Button>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        closeButton={t('withdraw.cancel')}
        aria-labelledby="finalise-confirm-heading"
        data-testid="finalise-dialog"
      >
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="finalise-confirm-heading">
            {t(`committee.finalise.confirm.title.${committee}`)}
          </Heading>
          <Paragraph>{t('committee.finalise.confirm.body')}</Paragraph>
        </Dialog.Block>
        <Dialog.Block className="dialog-actions">
          <Button data-testid="finalise-confirm" onClick={() => void finalise()}>
            {t('committee.finalise.confirm.yes')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('withdraw.cancel')}
          </Button>
        </Dialog.Block>
      </Dialog>
    </section>
  );
}
