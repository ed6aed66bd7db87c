/** The assessment form's input ids, and where an API field path (`anchoring.score`) points. */
import { EXPERT_CRITERIA } from '../../../../../shared/domain/review.ts';
import type { ExpertCriterion } from '../types.ts';

export const scoreId = (criterion: ExpertCriterion) => `assess-${criterion}-score`;
export const commentId = (criterion: ExpertCriterion) => `assess-${criterion}-comment`;
export const RECOMMENDATION_ID = 'assess-recommendation';

export function assessmentFieldId(path: string): string {
  const [criterion, part] = path.split('.') as [string, string | undefined];
  if ((EXPERT_CRITERIA as readonly string[]).includes(criterion))
    return part === 'comment'
      ? commentId(criterion as ExpertCriterion)
      : scoreId(criterion as ExpertCriterion);
  return RECOMMENDATION_ID;
}
