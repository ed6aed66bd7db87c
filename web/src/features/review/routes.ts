import { COMMITTEES } from '../../../../shared/domain/stages.ts';
import { route } from '../../app/route.ts';

/** A committee member's pages: the committee's list, or one application of it. */
export const reviewRoute = route('/review/:committee/:applicationId?', { committee: COMMITTEES });
