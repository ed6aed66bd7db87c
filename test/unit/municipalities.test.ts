import { describe, expect, it, vi } from 'vitest';
import {
  DIVISIONS,
  findMunicipality,
  listCounties,
  listMunicipalities,
} from '../../shared/domain/municipalities/index.ts';

describe('municipalities', () => {
  it('knows both divisions with every municipality and county', () => {
    // Prepare
    const divisions = DIVISIONS;

    // Act
    const counts = divisions.map((division) => [
      listMunicipalities(division).length,
      listCounties(division).length,
    ]);

    // Assess
    expect(divisions).toEqual(['2020-2023', '2024']);
    expect(counts).toEqual([
      [356, 11],
      [357, 15],
    ]);
  });

  it('keeps the leading zero of 0301 Oslo', () => {
    // Prepare
    const number = '0301';

    // Act
    const oslo = findMunicipality('2020-2023', number);

    // Assess
    expect(oslo).toEqual({ number: '0301', name: 'Oslo', countyNumber: '03', countyName: 'Oslo' });
    expect(findMunicipality('2020-2023', '301')).toBeUndefined();
  });

  it('tells Herøy 1515 and Herøy 1818 apart by number and county', () => {
    // Prepare
    const numbers = ['1515', '1818'];

    // Act
    const [moreOgRomsdal, nordland] = numbers.map((number) => findMunicipality('2020-2023', number));

    // Assess
    expect(moreOgRomsdal).toMatchObject({ name: 'Herøy', countyNumber: '15', countyName: 'Møre og Romsdal' });
    expect(nordland).toMatchObject({ name: 'Herøy', countyNumber: '18', countyName: 'Nordland' });
  });

  it('uses the county names of the division asked for', () => {
    // Prepare
    const number = '1818';

    // Act
    const in2024 = findMunicipality('2024', number);

    // Assess
    expect(in2024?.countyName).toBe('Nordland - Nordlánnda');
  });

  it('answers undefined for a number that does not exist in the division', () => {
    // Prepare: Halden is 3001 in 2020–2023 and 3101 from 2024
    const unknown = ['9999', '3101'];

    // Act
    const found = unknown.map((number) => findMunicipality('2020-2023', number));

    // Assess
    expect(found).toEqual([undefined, undefined]);
    expect(findMunicipality('2020-2023', '3001')?.name).toBe('Halden');
    expect(findMunicipality('2024', '3101')?.name).toBe('Halden');
  });

  it('lists municipalities sorted by number, each in a county of the division', () => {
    // Prepare
    const municipalities = listMunicipalities('2024');
    const counties = new Set(listCounties('2024').map((county) => county.number));

    // Act
    const numbers = municipalities.map((m) => m.number);

    // Assess
    expect(numbers).toEqual([...numbers].sort());
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(
      municipalities.every((m) => counties.has(m.countyNumber) && m.number.startsWith(m.countyNumber)),
    ).toBe(true);
  });

  it('lists a division without the runtime’s collator (no localeCompare: its first use costs ~20 ms)', async () => {
    // Prepare: a fresh module, so that no division is cached yet
    vi.resetModules();
    const fresh = await import('../../shared/domain/municipalities/index.ts');
    const localeCompare = vi.spyOn(String.prototype, 'localeCompare');

    // Act
    try {
      for (const division of fresh.DIVISIONS) fresh.listMunicipalities(division);

      // Assess
      expect(localeCompare).not.toHaveBeenCalled();
    } finally {
      localeCompare.mockRestore();
    }
  });

  it('lists counties with number and name', () => {
    // Prepare
    const division = '2020-2023';

    // Act
    const counties = listCounties(division);

    // Assess
    expect(counties[0]).toEqual({ number: '03', name: 'Oslo' });
    expect(counties.map((county) => county.number)).toContain('54');
  });
});
