/**
 * The current time, read in one place (ADR 075). Every rule that asks "what time is it?" —
 * deadlines, token issue and expiry, reminders, receipts, seals — reads `now()` instead of
 * `new Date()`, so that the local stack can run the whole portal at another instant: the
 * integration tests move the clock past a deadline instead of waiting for it to pass.
 *
 * In AWS nothing sets a source and `now()` is the system clock. The local stack injects its
 * own (`startLocalStack({ clock })`) for as long as it runs; `npm start` injects none.
 * Durations measured inside one call (timeouts of a loop, a Lambda's remaining time) are not
 * "the current time" and stay on the process's own timers.
 */

/** A source of the current time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

let source: Clock = systemClock;

/** The current instant, from the injected source (the system clock unless one was set). */
export const now = (): Date => source.now();

/** The current instant in epoch milliseconds. */
export const nowMs = (): number => source.now().getTime();

/**
 * Makes `clock` the time source of this process (the local stack does, while it runs); with
 * no argument, back to the system clock.
 */
export function setClock(clock: Clock = systemClock): void {
  source = clock;
}
