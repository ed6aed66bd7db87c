/**
 * What the three committee pages share: the member's link session (context, API client), the
 * page header with the stage's facts, the refusal of a bad link, labels for areas, subjects
 * and municipalities, the export buttons, the declaration status and the finalise step.
 */
import { Alert, Button, Dialog, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { artSubjectLabels } from '../../../shared/domain/art-subjects.ts';
import { ApiError } from '../api/client.ts';
import type { RoundView } from '../api/types.ts';
import { LiveRegion, PageHeading } from '../components/Page.tsx';
import { formatDateTime } from '../format.ts';
import type { ReviewApi, ExportFormat } from './api.ts';
import { saveFile } from './api.ts';
import { useReviewI18n, type AnyKey, type ReviewI18n } from './i18n.ts';
import type { Committee, Declaration, MunicipalityRef, ReviewContext, ReviewList } from './types.ts';

export interface ReviewSession {
  committee: Committee;
  client: ReviewApi;
  context: ReviewContext;
  /** The round as GET /rounds describes it (for the application summary). */
  round: RoundView;
  reloadContext(): Promise<void>;
}

const SessionContext = createContext<ReviewSession | null>(null);
export const ReviewSessionProvider = SessionContext.Provider;

export function useReview(): ReviewSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useReview outside a review page');
  return session;
}

/** The chair, or the deputy (who acts where the chair declared a conflict). */
export const isChairOrDeputy = (context: ReviewContext) =>
  context.member.role === 'chair' || context.member.role === 'deputy';

export const isOpen = (context: ReviewContext) => context.stage.status === 'open';

/** The message to show for a failed call: the API's own (in the chosen language), or ours. */
export function problemOf(error: unknown, t: ReviewI18n['t']): string {
  if (error instanceof ApiError && !error.isNetwork && error.message) return error.message;
  return t('app.networkError');
}

/** The committee's list, loaded once and again after every action. */
export function useReviewList() {
  const { client } = useReview();
  const [list, setList] = useState<ReviewList>();
  const [error, setError] = useState<unknown>();
  const reload = useCallback(async () => {
    try {
      setList(await client.list());
      setError(undefined);
    } catch (failure) {
      setError(failure);
    }
  }, [client]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { list, error, reload };
}

// ── labels ─────────────────────────────────────────────────────────────────────────────

export function useLabels() {
  const { locale, t } = useReviewI18n();
  const { context } = useReview();
  return {
    area(code: string) {
      const area = context.round.activityAreas.find((candidate) => candidate.code === code);
      return area ? `${code} ${area.title[locale]}` : code;
    },
    areaShort(code: string) {
      const area = context.round.activityAreas.find((candidate) => candidate.code === code);
      return area ? `${code} ${area.area[locale]}` : code;
    },
    subject(code: string) {
      return code in artSubjectLabels
        ? artSubjectLabels[code as keyof typeof artSubjectLabels][locale]
        : code;
    },
    schoolYear(id: string) {
      return context.round.schoolYears.find((year) => year.id === id)?.label[locale] ?? id;
    },
    municipality(m: MunicipalityRef) {
      return m.name ? t('committee.municipality', { name: m.name, county: m.countyName }) : m.number;
    },
  };
}

// ── the page frame ─────────────────────────────────────────────────────────────────────

const COMMITTEE_TITLE: Record<Committee, AnyKey> = {
  expert: 'committee.name.expert',
  geographic: 'committee.name.geographic',
  final: 'committee.name.final',
};

export function committeeTitle(committee: Committee): AnyKey {
  return COMMITTEE_TITLE[committee];
}

/** The list page's heading and the facts of the member's link and the stage. */
export function ReviewHeader({ intro }: { intro: AnyKey }) {
  const { t, locale } = useReviewI18n();
  const { context, committee } = useReview();
  const { stage } = context;
  return (
    <header className="review-header">
      <PageHeading title={t(COMMITTEE_TITLE[committee])} />
      <Paragraph data-size="lg" className="review-intro">
        {t(intro)}
      </Paragraph>
      <dl className="receipt-facts review-facts">
        <div>
          <dt>{t('receipt.round')}</dt>
          <dd>{context.round.title[locale]}</dd>
        </div>
        <div>
          <dt>{t('committee.you')}</dt>
          <dd data-testid="review-member">{context.member.name}</dd>
        </div>
        <div>
          <dt>{t('committee.role')}</dt>
          <dd className="capitalise">{t(`committee.role.${context.member.role}`)}</dd>
        </div>
        <div>
          <dt>{t('committee.deadline')}</dt>
          <dd>{formatDateTime(stage.deadline, locale)}</dd>
        </div>
        <div>
          <dt>{t('committee.stageStatus')}</dt>
          <dd data-testid="stage-status">
            {stage.status === 'finalised' && stage.finalisedAt
              ? t('committee.stage.finalisedAt', { when: formatDateTime(stage.finalisedAt, locale) })
              : t(`committee.stage.${stage.status}`)}
          </dd>
        </div>
      </dl>
    </header>
  );
}

/** A refused link: the reason, what to do, and nothing of the committee's data. */
export function Refusal({ message, title }: { message: string; title?: string }) {
  const { t } = useReviewI18n();
  return (
    <>
      <PageHeading title={title ?? t('committee.refused.title')} />
      <Alert data-color="danger" data-testid="review-refused">
        <Paragraph>{message}</Paragraph>
      </Alert>
      <Paragraph className="spaced-sm">{t('committee.refused.help')}</Paragraph>
    </>
  );
}

// ── declaration status ─────────────────────────────────────────────────────────────────

export function DeclarationTag({ declaration }: { declaration: Declaration | null }) {
  const { t } = useReviewI18n();
  if (!declaration)
    return (
      <Tag data-color="warning" data-size="sm">
        {t('committee.declaration.none')}
      </Tag>
    );
  return declaration.conflicted ? (
    <Tag data-color="danger" data-size="sm">
      {t('committee.declaration.conflicted')}
    </Tag>
  ) : (
    <Tag data-color="success" data-size="sm">
      {t('committee.declaration.notConflicted')}
    </Tag>
  );
}

// ── export ─────────────────────────────────────────────────────────────────────────────

/** The list as a spreadsheet, written by the API (ADR 045), fetched with the link's token. */
export function ExportButtons() {
  const { t } = useReviewI18n();
  const { client, context, committee } = useReview();
  const [busy, setBusy] = useState<ExportFormat>();
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState('');
  async function download(format: ExportFormat) {
    setBusy(format);
    setProblem(undefined);
    try {
      const { blob, fileName } = await client.download(format, `${context.round.id}-${committee}.${format}`);
      saveFile(blob, fileName);
      setDone(t('committee.export.done', { file: fileName }));
    } catch (error) {
      setProblem(problemOf(error, t));
    } finally {
      setBusy(undefined);
    }
  }
  return (
    <section aria-labelledby="export-heading" className="review-export">
      <Heading level={2} data-size="xs" id="export-heading">
        {t('committee.export.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('committee.export.body')}</Paragraph>
      <div className="row-actions">
        {(['xlsx', 'csv'] as const).map((format) => (
          <Button
            key={format}
            variant="secondary"
            data-size="sm"
            data-testid={`export-${format}`}
            aria-busy={busy === format || undefined}
            disabled={busy !== undefined}
            onClick={() => void download(format)}
          >
            {t(format === 'xlsx' ? 'committee.export.xlsx' : 'committee.export.csv')}
          </Button>
        ))}
      </div>
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      <LiveRegion message={done} />
    </section>
  );
}

// ── finalise ───────────────────────────────────────────────────────────────────────────

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
      <Dialog open={confirming} onClose={() => setConfirming(false)} closeButton={t('withdraw.cancel')}>
        <Dialog.Block>
          <Heading level={2} data-size="sm">
            {t(`committee.finalise.confirm.title.${committee}`)}
          </Heading>
          <Paragraph>{t('committee.finalise.confirm.body')}</Paragraph>
        </Dialog.Block>
        <Dialog.Block className="dialog-actions">
          <Button data-testid="finalise-confirm" onClick={() => void finalise()}>
            {t('committee.finalise.confirm.yes')}
          </Button>
          <Button variant="secondary" autoFocus onClick={() => setConfirming(false)}>
            {t('withdraw.cancel')}
          </Button>
        </Dialog.Block>
      </Dialog>
    </section>
  );
}

/** An outcome already set, in words. */
export function SavedAt({ at }: { at?: string }) {
  const { t, locale } = useReviewI18n();
  if (!at) return null;
  return <span className="muted"> {t('committee.savedAt', { when: formatDateTime(at, locale) })}</span>;
}
