/**
 * The integration tests' clock (ADR 075): the system clock shifted by an offset the test moves.
 * It keeps running (so timestamps written one after another still differ and order), and
 * `set`/`advance` jump it — a test moves the portal past a deadline instead of waiting for it.
 */
import type { Clock } from '../../shared/clock.ts';

export class TestClock implements Clock {
  #offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  /** From now on the portal's time runs on from `instant`. */
  set(instant: Date | string | number): void {
    const target = new Date(instant).getTime();
    if (Number.isNaN(target)) throw new Error(`TestClock.set: not an instant: ${String(instant)}`);
    this.#offsetMs = target - Date.now();
  }

  /** Moves the portal's time forward (or back, with a negative value) by `ms`. */
  advance(ms: number): void {
    this.#offsetMs += ms;
  }

  /** Back to the system's time. */
  reset(): void {
    this.#offsetMs = 0;
  }
}
