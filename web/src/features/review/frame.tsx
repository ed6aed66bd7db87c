/**
 * The committee pages' frame: the list page's heading with the facts of the member's link and
 * the stage, the refusal of a bad link, a declaration's tag and a saved time.
 */
import { Alert, Paragraph, Tag } from '@digdir/designsystemet-react';
import { formatDateTime } from '../../app/format.ts';
import { PageHeading } from '../../app/Page.tsx';
import { useReview } from './context.tsx';
import { useReviewI18n, type AnyKey } from './i18n.ts';
import type { Committee, Declaration } from './types.ts';

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

/** An outcome already set, in words. */
export function SavedAt({ at }: { at?: string }) {
  const { t, locale } = useReviewI18n();
  if (!at) return null;
  return <span className="muted"> {t('committee.savedAt', { when: formatDateTime(at, locale) })}</span>;
}
