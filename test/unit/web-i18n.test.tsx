import { describe, expect, it } from 'vitest';
import { fill, translate } from '../../web/src/i18n/translate.ts';
import { strings } from '../../web/src/i18n/strings.ts';

/** The web app's own catalogue: every string in bokmål, nynorsk and English, placeholders alike. */
describe('the web catalogue', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has every string in all three languages, with the same placeholders', () => {
    for (const [key, text] of Object.entries(strings)) {
      for (const locale of ['nb', 'nn', 'en'] as const) {
        expect(text[locale].trim(), `${key}.${locale}`).not.toBe('');
        expect(placeholders(text[locale]), `${key}.${locale}`).toEqual(placeholders(text.nb));
      }
    }
  });

  it('fills placeholders and leaves out a missing one', () => {
    expect(translate('form.stepOf', 'nn', { n: 2, total: 8 })).toBe('Steg 2 av 8');
    expect(fill('{a} og {b}', { a: 'x' })).toBe('x og ');
  });
});
