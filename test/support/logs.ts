/**
 * What the handlers log, captured in-process at every way out (stdout, stderr, console) while
 * still written through, for tests that check the logs hold no secret (ASVS V7.1.1–V7.1.2;
 * docs/security.md). Start the stack with `logLevel: 'DEBUG'` so nothing a handler writes escapes;
 * `vi.restoreAllMocks()` ends the capture.
 */
import { vi } from 'vitest';

/** A signed token (a magic link's, a session's, a review link's). */
export const JWT = /eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,}/;
/** An e-mail address. */
export const EMAIL = /[\w.%+-]+@[\w-]+(\.[\w-]+)+/;

export interface LogCapture {
  /** Every chunk written since the capture began. */
  readonly lines: readonly string[];
  /** The lines holding a token or an e-mail address. */
  offending(): string[];
}

export function captureLogs(): LogCapture {
  const lines: string[] = [];
  const capture = (chunk: unknown) => {
    lines.push(
      typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk),
    );
  };
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: never[]) => {
      capture(chunk);
      return original(chunk as string, ...rest);
    }) as typeof stream.write);
  }
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => capture(args.map(String).join(' ')));
  }
  return { lines, offending: () => lines.filter((line) => JWT.test(line) || EMAIL.test(line)) };
}
