/**
 * The chosen language (bokmål, nynorsk, English): remembered in localStorage, first guessed
 * from the browser's languages, written to <html lang>, and sent to the API as
 * Accept-Language so its messages come back in the same language.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  DEFAULT_LOCALE,
  isLocale,
  localeFromAcceptLanguage,
  type Locale,
} from '../../../shared/i18n/locale.ts';
import type { StringKey } from './strings.ts';
import { translate, type Params } from './translate.ts';

export { fill, translate, type Params } from './translate.ts';

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

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: StringKey, params?: Params): string;
}

const I18nContext = createContext<I18n | null>(null);

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
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, params) => translate(key, locale, params) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
