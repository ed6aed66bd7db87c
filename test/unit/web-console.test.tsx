import { describe, expect, it } from 'vitest';
import { osloLocalInput, progressOf } from '../../web/src/features/console/labels.ts';
import {
  applyFilters,
  countiesOf,
  nextSort,
  NO_FILTERS,
  queryOfView,
  sortRows,
  viewFromQuery,
  type OverviewFacts,
} from '../../web/src/features/console/overview.ts';
import {
  getStaffSession,
  saveStaffSession,
  STAFF_SESSION_KEY,
} from '../../web/src/features/console/session.ts';

/** Issue 9 point 1: the secretariat's overview — filters, search, sorting, the view in the address. */
const nordland = { number: '18', name: 'Nordland' };
const trondelag = { number: '50', name: 'Trøndelag' };
const row = (over: Partial<OverviewFacts> & Pick<OverviewFacts, 'applicationId'>): OverviewFacts => ({
  progress: 'EXPERT_REVIEW',
  outcome: null,
  title: '',
  receiptNumber: null,
  municipalities: [],
  counties: [],
  activityAreas: [],
  artSubjects: [],
  requested: 0,
  contacts: [],
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...over,
});
const rows = [
  row({
    applicationId: 'a',
    title: 'Salten og Rana',
    receiptNumber: 'IK-2026-0010',
    municipalities: [
      { number: '1804', name: 'Bodø' },
      { number: '1833', name: 'Rana' },
    ],
    counties: [nordland],
    activityAreas: ['1a', '5a'],
    artSubjects: ['music', 'circus'],
    requested: 300_000,
    contacts: ['Kari Nordmann', 'kari@bodo.kommune.no'],
  }),
  row({
    applicationId: 'b',
    title: 'Trondheim og Melhus',
    receiptNumber: 'IK-2026-0002',
    progress: 'GEOGRAPHIC_REVIEW',
    municipalities: [
      { number: '5001', name: 'Trondheim' },
      { number: '5028', name: 'Melhus' },
    ],
    counties: [trondelag],
    activityAreas: ['4a'],
    artSubjects: ['music'],
    requested: 500_000,
    contacts: ['Ola Normann', 'ola@trondheim.kommune.no'],
  }),
  row({
    applicationId: 'c',
    title: 'Grensesprengende',
    progress: 'DRAFT',
    municipalities: [
      { number: '1804', name: 'Bodø' },
      { number: '5001', name: 'Trondheim' },
    ],
    counties: [nordland, trondelag],
    activityAreas: ['5a'],
    artSubjects: ['dance'],
    requested: 0,
    updatedAt: '2026-11-03T10:00:00.000Z',
  }),
  row({
    applicationId: 'd',
    title: 'Trukket',
    receiptNumber: 'IK-2026-0003',
    progress: 'WITHDRAWN',
    counties: [trondelag],
    requested: 100_000,
  }),
];

describe('the overview’s filters and search', () => {
  it('keeps every row without filters, and those of a stage, county, area or art subject with one', () => {
    expect(applyFilters(rows, NO_FILTERS).map((r) => r.applicationId)).toEqual(['a', 'b', 'c', 'd']);
    const only = (filters: Partial<typeof NO_FILTERS>) =>
      applyFilters(rows, { ...NO_FILTERS, ...filters }).map((r) => r.applicationId);
    expect(only({ progress: 'DRAFT' })).toEqual(['c']);
    expect(only({ progress: 'WITHDRAWN' })).toEqual(['d']);
    expect(only({ county: '18' })).toEqual(['a', 'c']);
    expect(only({ activityArea: '5a' })).toEqual(['a', 'c']);
    expect(only({ artSubject: 'music' })).toEqual(['a', 'b']);
    expect(only({ county: '50', artSubject: 'music' })).toEqual(['b']);
    expect(only({ outcome: 'AWARDED' })).toEqual([]);
  });

  it('searches municipality names and numbers, receipt numbers, titles and contacts, every word, any case', () => {
    const search = (text: string) =>
      applyFilters(rows, { ...NO_FILTERS, search: text }).map((r) => r.applicationId);
    expect(search('bodø')).toEqual(['a', 'c']);
    expect(search('BODØ rana')).toEqual(['a']);
    expect(search('5028')).toEqual(['b']);
    expect(search('ik-2026-0002')).toEqual(['b']);
    expect(search('kari@bodo')).toEqual(['a']);
    expect(search('  ')).toEqual(['a', 'b', 'c', 'd']);
    expect(search('Oslo')).toEqual([]);
  });
});

describe('the overview’s sorting', () => {
  it('sorts by receipt number with drafts last, by title, stage, amount and change, both ways', () => {
    const by = (key: Parameters<typeof nextSort>[1], direction: 'ascending' | 'descending' = 'ascending') =>
      sortRows(rows, { key, direction }).map((r) => r.applicationId);
    expect(by('receipt')).toEqual(['b', 'd', 'a', 'c']);
    expect(by('title')).toEqual(['c', 'a', 'b', 'd']);
    expect(by('progress')).toEqual(['c', 'a', 'b', 'd']);
    expect(by('requested', 'descending')).toEqual(['b', 'a', 'd', 'c']);
    expect(by('updated', 'descending')[0]).toBe('c');
    expect(by('municipality')).toEqual(['d', 'a', 'c', 'b']);
  });

  it('turns the same column and starts another ascending', () => {
    expect(nextSort({ key: 'title', direction: 'ascending' }, 'title')).toEqual({
      key: 'title',
      direction: 'descending',
    });
    expect(nextSort({ key: 'title', direction: 'descending' }, 'requested')).toEqual({
      key: 'requested',
      direction: 'ascending',
    });
  });
});

describe('the overview’s counties', () => {
  it('names the counties the rows span, in number order', () => {
    expect([...countiesOf(rows)]).toEqual([
      ['18', 'Nordland'],
      ['50', 'Trøndelag'],
    ]);
  });
});

describe('the overview’s view in the address', () => {
  it('keeps the filters and the sort in the query and reads them back, leaving the defaults out', () => {
    const filters = { ...NO_FILTERS, county: '18', progress: 'DRAFT' as const, search: 'bodø' };
    const sort = { key: 'requested' as const, direction: 'descending' as const };
    const query = queryOfView(filters, sort);
    expect(query).toEqual({
      status: 'DRAFT',
      outcome: undefined,
      county: '18',
      area: undefined,
      subject: undefined,
      q: 'bodø',
      sort: 'requested-descending',
    });
    const address = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    expect(viewFromQuery(address)).toEqual({ filters, sort });
    expect(queryOfView(NO_FILTERS, { key: 'receipt', direction: 'ascending' })).toEqual({
      status: undefined,
      outcome: undefined,
      county: undefined,
      area: undefined,
      subject: undefined,
      q: undefined,
      sort: undefined,
    });
  });

  it('ignores what is not a status or a sort of the overview', () => {
    expect(viewFromQuery(new URLSearchParams('status=HACKED&sort=title-sideways&q=x'))).toEqual({
      filters: { ...NO_FILTERS, search: 'x' },
      sort: { key: 'receipt', direction: 'ascending' },
    });
    expect(viewFromQuery(new URLSearchParams('sort=__proto__-ascending')).sort.key).toBe('receipt');
  });
});

describe('the console’s words for a row and a date', () => {
  it('tells drafts, withdrawn and each stage apart', () => {
    expect(progressOf({ status: 'DRAFT', stage: null })).toBe('DRAFT');
    expect(progressOf({ status: 'WITHDRAWN', stage: 'EXPERT_REVIEW' })).toBe('WITHDRAWN');
    expect(progressOf({ status: 'SUBMITTED', stage: null })).toBe('SUBMITTED');
    expect(progressOf({ status: 'SUBMITTED', stage: 'FINAL_REVIEW' })).toBe('FINAL_REVIEW');
  });

  it('shows an instant as Oslo wall-clock time for the date field, summer and winter', () => {
    expect(osloLocalInput('2026-12-01T22:59:00.000Z')).toBe('2026-12-01T23:59');
    expect(osloLocalInput('2026-06-30T21:59:00.000Z')).toBe('2026-06-30T23:59');
  });
});

describe('the staff session', () => {
  it('is kept for the tab and dropped once expired', () => {
    const store = new Map<string, string>();
    Object.assign(globalThis, {
      sessionStorage: {
        getItem: (key: string) => store.get(key) ?? null,
        setItem: (key: string, value: string) => store.set(key, value),
        removeItem: (key: string) => store.delete(key),
      },
    });
    const session = {
      accessToken: 't',
      email: 'sekretariat@kulturskoleradet.no',
      expiresAt: '2026-12-02T12:00:00.000Z',
      idleMinutes: 120,
    };
    saveStaffSession(session);
    expect(JSON.parse(store.get(STAFF_SESSION_KEY)!)).toEqual(session);
    expect(getStaffSession(Date.parse('2026-12-02T11:00:00.000Z'))).toEqual(session);
    expect(getStaffSession(Date.parse('2026-12-02T12:00:00.000Z'))).toBeUndefined();
    expect(store.has(STAFF_SESSION_KEY)).toBe(false);
  });
});
