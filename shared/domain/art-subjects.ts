/** Art subjects (kunstfag) an application can involve. Stable codes; labels per language. */
import type { LocalizedText } from './text.ts';

export const ART_SUBJECTS = ['music', 'dance', 'theatre', 'visualArt', 'creativeWriting', 'circus'] as const;
export type ArtSubject = (typeof ART_SUBJECTS)[number];

export const artSubjectLabels: Readonly<Record<ArtSubject, LocalizedText>> = {
  music: { nb: 'Musikk', nn: 'Musikk', en: 'Music' },
  dance: { nb: 'Dans', nn: 'Dans', en: 'Dance' },
  theatre: { nb: 'Teater', nn: 'Teater', en: 'Theatre' },
  visualArt: { nb: 'Visuell kunst', nn: 'Visuell kunst', en: 'Visual art' },
  creativeWriting: { nb: 'Skapende skriving', nn: 'Skapande skriving', en: 'Creative writing' },
  circus: { nb: 'Sirkus', nn: 'Sirkus', en: 'Circus' },
};

export function isArtSubject(value: unknown): value is ArtSubject {
  return typeof value === 'string' && (ART_SUBJECTS as readonly string[]).includes(value);
}
