/** User-facing text in the portal's three languages: bokmål, nynorsk and English. */
export type LocalizedText = { nb: string; nn: string; en: string };
