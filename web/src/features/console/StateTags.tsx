import { Tag } from '@digdir/designsystemet-react';
import type { Progress } from './overview.ts';
import { useConsoleText } from './text.ts';

const COLOR: Record<Progress, 'neutral' | 'info' | 'warning' | 'success' | 'danger' | 'accent'> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  EXPERT_REVIEW: 'accent',
  GEOGRAPHIC_REVIEW: 'accent',
  FINAL_REVIEW: 'accent',
  AWAITING_ANNOUNCEMENT: 'warning',
  ANNOUNCED: 'success',
  WITHDRAWN: 'danger',
};

/** Where an application stands, and its outcome once there is one, as tags. */
export function ProgressTag({ progress, outcome }: { progress: Progress; outcome: string | null }) {
  const { t } = useConsoleText();
  return (
    <span className="cell-stack">
      <Tag data-color={COLOR[progress]} data-size="sm" data-testid="progress">
        {t(`console.progress.${progress}`)}
      </Tag>
      {(outcome === 'AWARDED' || outcome === 'DECLINED' || outcome === 'NOT_QUALIFIED') && (
        <Tag data-color={outcome === 'AWARDED' ? 'success' : 'neutral'} data-size="sm" data-testid="outcome">
          {t(`console.outcome.${outcome}`)}
        </Tag>
      )}
    </span>
  );
}
