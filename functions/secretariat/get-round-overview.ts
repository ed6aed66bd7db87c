import { findRound } from '../../shared/domain/rounds/index.ts';
import * as errors from '../../shared/errors.ts';
import { roundOverview } from '../../shared/secretariat/overview.ts';
import { httpHandler } from '../http/staff.ts';
import { GetRoundOverview } from './declarations.ts';

/** GET /staff/rounds/{roundId} — the round overview (shared/secretariat/overview.ts, ADR 094). */
export const handler = httpHandler(GetRoundOverview)(async ({ params }) => {
  const round = findRound(params.roundId);
  if (!round) throw errors.roundNotFound();
  return { status: 200, body: await roundOverview(round) };
});
