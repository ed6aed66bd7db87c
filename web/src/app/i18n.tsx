/**
 * The chosen language (bokmål, nynorsk, English): remembered in localStorage, first guessed
 * from the browser's languages, written to <html lang>, and sent to the API as
 * Accept-Language so its messages come back in the same language.
 *
 * Text comes from catalogues of the one mechanism (`shared/i18n/catalogue.ts`,
 * docs/decisions/074-one-catalogue-of-text.md), a module per area: `useText(catalogue)` gives
 * `t` over that catalogue and the frame's (`frame.ts`), typed by its keys and the params each
 * entry needs. A page imports only its own catalogue, so a lazy page's text loads with it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translator, type Catalogue, type Translate } from '../../../shared/i18n/catalogue.ts';
import {
  DEFAULT_LOCALE,
  isLocale,
  localeFromAcceptLanguage,
  type Locale,
} from '../../../shared/i18n/locale.ts';
import { frameText } from './frame.ts';

export type { Locale };

const STORAGE_KEY = 'ik.locale';

export function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage may be blocked; fall through to the browser's languages
  }
  if (typeof navigator !== 'undefined' && navigator.languages?.length) {
    return localeFromAcceptLanguage(navigator.languages.join(','));
  }
  return DEFAULT_LOCALE;
}

/** The language, its setter, and `t` over a catalogue and the frame's. */
export interface Text<C extends Catalogue> {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate<C & typeof frameText>;
}
export type I18n = Text<typeof frameText>;

const LocaleContext = createContext<Pick<I18n, 'locale' | 'setLocale'> | null>(null);

/** The language the first pages are prerendered in (web/src/prerender.tsx), as index.html's `lang`. */
export const PRERENDER_LOCALE: Locale = DEFAULT_LOCALE;

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, but still switched
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** `t` over a page's catalogue (and the frame's), in the chosen language; stable per language. */
export function useText<C extends Catalogue>(catalogue: C): Text<C> {
  const context = useContext(LocaleContext);
  if (!context) throw new Error('useText outside I18nProvider');
  const { locale, setLocale } = context;
  return useMemo(
    () => ({ locale, setLocale, t: translator(locale, catalogue, frameText) }),
    [locale, setLocale, catalogue],
  );
}

/** The frame's text only (the layout, the page not found). */
export function useI18n(): I18n {
  return useText(frameText);
}
