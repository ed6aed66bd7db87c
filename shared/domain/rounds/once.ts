/**
 * A value made on first use and kept (ADR 118): a round's Oslo dates need Intl's time-zone data,
 * whose first use costs milliseconds, so a round module computes nothing when it loads.
 */
export const once = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};
