import { describe, expect, it } from 'vitest';
import { activityAreas2022 } from '../../shared/domain/activity-areas.ts';
import { ART_SUBJECTS, artSubjectLabels } from '../../shared/domain/art-subjects.ts';
import type { LocalizedText } from '../../shared/domain/text.ts';

const complete = (text: LocalizedText) => [text.nb, text.nn, text.en].every((s) => s.trim().length > 0);

describe('the 2022 activity-area catalogue', () => {
  it('has the ten codes in order', () => {
    // Prepare
    const catalogue = activityAreas2022;

    // Act
    const codes = catalogue.map((area) => area.code);

    // Assess
    expect(codes).toEqual(['1a', '1b', '2a', '2b', '2c', '3a', '3b', '4a', '4b', '5a']);
  });

  it('puts 5a under Erfaringsdeling (the seed repeats it under area 4 by mistake)', () => {
    // Prepare
    const code = '5a';

    // Act
    const area = activityAreas2022.find((candidate) => candidate.code === code);

    // Assess
    expect(area?.area.nb).toBe('Erfaringsdeling');
    expect(area?.area.en).toBe('Experience sharing');
  });

  it('groups the codes under the five areas by their number', () => {
    // Prepare
    const catalogue = activityAreas2022;

    // Act
    const areaByNumber = new Map<string, Set<string>>();
    for (const area of catalogue) {
      const number = area.code[0]!;
      areaByNumber.set(number, (areaByNumber.get(number) ?? new Set()).add(area.area.nb));
    }

    // Assess
    expect([...areaByNumber.keys()]).toEqual(['1', '2', '3', '4', '5']);
    for (const names of areaByNumber.values()) expect(names.size).toBe(1);
  });

  it('has area, title and description in bokmål, nynorsk and English', () => {
    // Prepare
    const catalogue = activityAreas2022;

    // Act
    const incomplete = catalogue.filter(
      (area) => !complete(area.area) || !complete(area.title) || !complete(area.description),
    );

    // Assess
    expect(incomplete).toEqual([]);
  });
});

describe('art subjects', () => {
  it('have the six codes with labels in every language', () => {
    // Prepare
    const subjects = ART_SUBJECTS;

    // Act
    const labels = subjects.map((subject) => artSubjectLabels[subject]);

    // Assess
    expect(subjects).toEqual(['music', 'dance', 'theatre', 'visualArt', 'creativeWriting', 'circus']);
    expect(labels.every(complete)).toBe(true);
  });
});
