import type { Locale } from '../../../shared/i18n/locale.ts';
import { strings, type StringKey } from './strings.ts';

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; a missing param leaves the placeholder out. */
export function fill(template: string, params?: Params): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    return value === undefined ? '' : String(value);
  });
}

export function translate(key: StringKey, locale: Locale, params?: Params): string {
  return fill(strings[key][locale], params);
}
