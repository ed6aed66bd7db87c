import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useCounter } from '../../web/src/app/counter.ts';
import { I18nProvider, type Locale } from '../../web/src/app/i18n.tsx';

/** Issue 9 (UX, accessibility): the character counter speaks the reader's language. */
function Probe() {
  const counter = useCounter();
  return <output>{JSON.stringify(counter(2000))}</output>;
}
const counterIn = (locale: Locale) =>
  JSON.parse(
    renderToStaticMarkup(
      <I18nProvider initial={locale}>
        <Probe />
      </I18nProvider>,
    )
      .replace(/^<output>|<\/output>$/g, '')
      .replaceAll('&quot;', '"'),
  ) as { limit: number; under: string; over: string };

describe('the character counter', () => {
  it('gives Designsystemet its words in bokmål, nynorsk and English, with the limit', () => {
    expect(counterIn('nb')).toEqual({ limit: 2000, under: '%d tegn igjen', over: '%d tegn for mye' });
    expect(counterIn('nn')).toEqual({ limit: 2000, under: '%d teikn att', over: '%d teikn for mykje' });
    expect(counterIn('en')).toEqual({
      limit: 2000,
      under: '%d characters left',
      over: '%d characters too many',
    });
  });

  it('is never handed a bare number (Designsystemet would fall back to bokmål)', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? sources(join(dir, entry.name))
          : entry.name.endsWith('.tsx')
            ? [join(dir, entry.name)]
            : [],
      );
    const bare = sources('web/src').filter((file) =>
      /counter=\{(?!counter\()/.test(readFileSync(file, 'utf8')),
    );
    expect(bare).toEqual([]);
  });
});
