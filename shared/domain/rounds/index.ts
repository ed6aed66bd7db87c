/**
 * The rounds the portal knows. The configured rounds (2022, 2023) always; the demo round too when
 * DEMO_ROUND_OPENS is set (local stack). Rounds are typed configuration: `roundSchema` checks
 * what types cannot (dates in order, committees covering the division's counties, …) in the
 * unit tests (test/unit/rounds.test.ts) and at synth (`validatedRounds`), not at every cold
 * start — a function that reads a round's dates then carries neither the schema nor the
 * municipality divisions its committee check needs (ADR 077).
 */
import { ENV } from '../../config/env.ts';
import { demoRound } from './demo.ts';
import { round2022 } from './round-2022.ts';
import { round2023 } from './round-2023.ts';
import { parseRound, type Round } from './schema.ts';
import { smokeRound } from './smoke.ts';

export {
  roundSchema,
  parseRound,
  localizedTextSchema,
  activityAreaSchema,
  type Round,
  type RoundInput,
} from './schema.ts';
export { demoRound } from './demo.ts';
export { SMOKE_ROUND_ID, SES_SIMULATOR_SUCCESS, smokeRound } from './smoke.ts';

type Env = Record<string, string | undefined>;

/** The rounds configured in the repository. */
const CONFIGURED: readonly Round[] = Object.freeze([round2022, round2023]);

const demoCache = new Map<string, Round>();

function demoFromEnv(env: Env): Round | undefined {
  const opens = env[ENV.demoRoundOpens];
  if (!opens) return undefined;
  const cached = demoCache.get(opens);
  if (cached) return cached;
  const date = new Date(opens);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(opens) || Number.isNaN(date.getTime())) {
    throw new Error(`${ENV.demoRoundOpens} must be an ISO instant, got '${opens}'`);
  }
  const round = demoRound(date);
  demoCache.set(opens, round);
  return round;
}

export function listRounds(env: Env = process.env): readonly Round[] {
  const demo = demoFromEnv(env);
  // The staging-only round of the deploy pipeline's smoke test (SMOKE_ROUND=true, ADR 081).
  const smoke = env[ENV.smokeRound] === 'true' ? smokeRound() : undefined;
  const extra = [demo, smoke].filter((round) => round !== undefined);
  return extra.length ? [...CONFIGURED, ...extra] : CONFIGURED;
}

export function findRound(id: string, env: Env = process.env): Round | undefined {
  return listRounds(env).find((round) => round.id === id);
}

/**
 * The rounds `listRounds` gives for this environment, each checked by `roundSchema`: throws an
 * error naming the round and every problem. For synth and the tests, never a function's path.
 */
export function validatedRounds(env: Env = process.env): readonly Round[] {
  return listRounds(env).map((round) => parseRound(round));
}
