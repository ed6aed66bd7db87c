/** The portal's languages: bokmål (default), nynorsk, English. */
export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best of our languages for an HTTP `Accept-Language` header, honouring q-values.
 * 'nn', 'nn-NO', 'no-NN' → nn; 'nb', 'no', 'nb-NO' → nb; 'en', 'en-GB' → en. Anything else,
 * or nothing, → nb.
 */
export function localeFromAcceptLanguage(header?: string): Locale {
  if (!header) return DEFAULT_LOCALE;
  const candidates: { locale: Locale; q: number; order: number }[] = [];
  for (const [order, part] of header.split(',').entries()) {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = (rawTag ?? '').trim().toLowerCase();
    if (!tag) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key?.trim().toLowerCase() === 'q') {
        const parsed = Number(value?.trim());
        q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
      }
    }
    const locale = localeOfTag(tag);
    if (locale && q > 0) candidates.push({ locale, q, order });
  }
  candidates.sort((a, b) => b.q - a.q || a.order - b.order);
  return candidates[0]?.locale ?? DEFAULT_LOCALE;
}

function localeOfTag(tag: string): Locale | undefined {
  const [primary, ...subtags] = tag.split(/[-_]/);
  if (primary === 'nn') return 'nn';
  if (primary === 'nb') return 'nb';
  if (primary === 'no') return subtags.includes('nn') ? 'nn' : 'nb';
  if (primary === 'en') return 'en';
  return undefined;
}
