/**
 * User-facing text in the portal's three languages: bokmål, nynorsk and English. The shape of
 * configured text (a round's title, an activity area) and of a catalogue's plain entries
 * (`shared/i18n/catalogue.ts`).
 */
export type LocalizedText = { readonly nb: string; readonly nn: string; readonly en: string };
