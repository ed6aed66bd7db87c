/**
 * A value made on first use and kept: work a module would otherwise do when it loads, which a
 * cold start pays whether an invocation needs it or not — a round's Oslo dates (Intl's time-zone
 * data, ADR 118), an AWS SDK package and its client, Powertools' metrics, an Intl question
 * (ADR 117). For a promise (a lazily imported package), the promise is kept: every caller waits
 * on the one import.
 */
export const once = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};
