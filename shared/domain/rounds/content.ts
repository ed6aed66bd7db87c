/**
 * The whole rounds (ADR 118): each round's schedule with its content — the texts the web shows
 * (GET /rounds) and the letters, receipts and exports print. Only the functions that show or
 * print them import this module; the others look a round up by its schedule (./index.ts).
 */
import { demoContent } from './demo.ts';
import { demoOpens, findRound, listRounds } from './index.ts';
import { round2022Content } from './round-2022.ts';
import { round2023Content } from './round-2023.ts';
import { parseRound, type Round, type RoundContent, type RoundSchedule } from './schema.ts';
import { SMOKE_ROUND_ID, smokeContent } from './smoke.ts';
import { withContent } from './with-content.ts';

type Env = Record<string, string | undefined>;

// What a bundle can list, fixed when it is built (./index.ts, ADR 126) — read inline here too,
// so that a bundle that cannot list the demo or smoke round drops its content.
declare const PORTAL_DEMO_ROUND: boolean | undefined;
declare const PORTAL_SMOKE_ROUND: boolean | undefined;

/** The configured rounds' content by id (their schedules: ./index.ts). */
const CONFIGURED: Readonly<Record<string, () => RoundContent>> = {
  '2022': round2022Content,
  '2023': round2023Content,
};

function contentOf(id: string, env: Env): RoundContent {
  const configured = CONFIGURED[id];
  if (configured) return configured();
  // Asked only for a round `listRounds` gives (so the smoke round only where it is listed).
  if ((typeof PORTAL_SMOKE_ROUND !== 'boolean' || PORTAL_SMOKE_ROUND) && id === SMOKE_ROUND_ID)
    return smokeContent();
  if ((typeof PORTAL_DEMO_ROUND !== 'boolean' || PORTAL_DEMO_ROUND) && id === 'demo') {
    const opens = demoOpens(env);
    if (opens) return demoContent(opens);
  }
  throw new Error(`No content for round '${id}' (shared/domain/rounds/content.ts)`);
}

/** Each schedule's whole round, made once (the schedules are made once for an environment). */
const whole = new WeakMap<RoundSchedule, Round>();

function withContentOf(schedule: RoundSchedule, env: Env): Round {
  let round = whole.get(schedule);
  if (!round) whole.set(schedule, (round = withContent(schedule, contentOf(schedule.id, env))));
  return round;
}

/** The whole rounds this environment lists, in `listRounds`' order. */
export function listRoundsWithContent(env: Env = process.env): readonly Round[] {
  return listRounds(env).map((schedule) => withContentOf(schedule, env));
}

/** A round's content by its id, if this environment lists the round. */
export function findRoundContent(id: string, env: Env = process.env): RoundContent | undefined {
  return findRound(id, env) && contentOf(id, env);
}

/** A whole round by its id, if this environment lists it. */
export function findRoundWithContent(id: string, env: Env = process.env): Round | undefined {
  const schedule = findRound(id, env);
  return schedule && withContentOf(schedule, env);
}

/**
 * The whole rounds `listRounds` gives for this environment, each checked by `roundSchema`:
 * throws an error naming the round and every problem. For synth and the tests, never a
 * function's path.
 */
export function validatedRounds(env: Env = process.env): readonly Round[] {
  return listRoundsWithContent(env).map((round) => parseRound(round));
}
