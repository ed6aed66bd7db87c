/**
 * The rounds the portal knows, as their schedules (ADR 118): the configured rounds (2022, 2023)
 * always; the demo round too when DEMO_ROUND_OPENS is set (local stack). A schedule is what the
 * rules read; the texts the web shows and the letters print are the round's content, with the
 * whole rounds in ./content.ts (`findRoundWithContent`, `validatedRounds`), so a function that
 * reads a round's dates carries none of them. Rounds are typed configuration: `roundSchema`
 * checks what types cannot (dates in order, committees covering the division's counties, …) in
 * the unit tests (test/unit/rounds.test.ts) and at synth (`validatedRounds`), not at every cold
 * start — a function that reads a round's dates then carries neither the schema nor the
 * municipality divisions its committee check needs (ADR 077). A configured round is made on
 * first use, not when its module loads.
 *
 * Whether the demo and the smoke round can be listed at all is fixed when a function is bundled
 * (ADR 126): `infra/bundling.ts` defines PORTAL_DEMO_ROUND (false: only the local stack lists the
 * demo round, and it runs these sources unbundled) and PORTAL_SMOKE_ROUND (true where the
 * function's environment has SMOKE_ROUND=true — the staging configuration's `smokeRound`), so a
 * production bundle carries neither round. Unbundled (tsx: the local stack, the tests, the
 * scripts) both are defined by nothing, and the environment alone decides, at run time.
 */
import { ENV } from '../../config/env.ts';
import { demoSchedule } from './demo.ts';
import { round2022 } from './round-2022.ts';
import { round2023 } from './round-2023.ts';
import type { RoundSchedule } from './schema.ts';
import { smokeSchedule } from './smoke.ts';

export {
  roundSchema,
  parseRound,
  localizedTextSchema,
  activityAreaSchema,
  type Round,
  type RoundContent,
  type RoundInput,
  type RoundSchedule,
} from './schema.ts';
export { demoRound, demoSchedule } from './demo.ts';
export { withContent } from './with-content.ts';
export { SMOKE_ROUND_ID, SES_SIMULATOR_SUCCESS, smokeRound } from './smoke.ts';

type Env = Record<string, string | undefined>;

// Set by esbuild's `define` in a bundle (infra/bundling.ts `roundDefines`); undeclared unbundled.
// Each is read inline where it decides (`typeof X !== 'boolean' || X`), which esbuild folds to a
// constant as it parses, and so drops the round's code: a module-level const of it would not be
// folded under `keepNames`.
declare const PORTAL_DEMO_ROUND: boolean | undefined;
declare const PORTAL_SMOKE_ROUND: boolean | undefined;

/** The rounds configured in the repository, each made on first use (./content.ts pairs their content). */
const CONFIGURED = [round2022, round2023] as const;

let configured: readonly RoundSchedule[] | undefined;

/** The opening instant of the demo round, if this environment has one (DEMO_ROUND_OPENS). */
export function demoOpens(env: Env): Date | undefined {
  const opens = env[ENV.demoRoundOpens];
  if (!opens) return undefined;
  const date = new Date(opens);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(opens) || Number.isNaN(date.getTime())) {
    throw new Error(`${ENV.demoRoundOpens} must be an ISO instant, got '${opens}'`);
  }
  return date;
}

const demoCache = new Map<string, RoundSchedule>();

function demoFromEnv(env: Env): RoundSchedule | undefined {
  const opens = demoOpens(env);
  if (!opens) return undefined;
  const key = opens.toISOString();
  let round = demoCache.get(key);
  if (!round) demoCache.set(key, (round = demoSchedule(opens)));
  return round;
}

/** The schedules of the rounds this environment lists: the configured, the demo's, the smoke round's. */
export function listRounds(env: Env = process.env): readonly RoundSchedule[] {
  configured ??= Object.freeze(CONFIGURED.map((round) => round()));
  // Each only in a build that can list it (never the demo round in a bundle: ADR 126).
  const demo = typeof PORTAL_DEMO_ROUND !== 'boolean' || PORTAL_DEMO_ROUND ? demoFromEnv(env) : undefined;
  // The staging-only round of the deploy pipeline's smoke test (SMOKE_ROUND=true, ADR 081).
  const smoke =
    (typeof PORTAL_SMOKE_ROUND !== 'boolean' || PORTAL_SMOKE_ROUND) && env[ENV.smokeRound] === 'true'
      ? smokeSchedule()
      : undefined;
  const extra = [demo, smoke].filter((round) => round !== undefined);
  return extra.length ? [...configured, ...extra] : configured;
}

/** A round's schedule by its id, if this environment lists it. */
export function findRound(id: string, env: Env = process.env): RoundSchedule | undefined {
  return listRounds(env).find((round) => round.id === id);
}
