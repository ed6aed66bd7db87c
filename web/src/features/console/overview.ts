/**
 * The round overview's own logic, pure (no React, no DOM): which of the round's applications
 * the secretariat's filters and search keep, in which order, and how the view is kept in the
 * address. The API answers every application of the round at once, with its counts and sums
 * (ADR 094); filtering a list of that size in the browser keeps every keystroke instant
 * (ADR 095).
 */

/** Where an application stands, as the overview filters and shows it. */
export const PROGRESS = [
  'DRAFT',
  'SUBMITTED',
  'EXPERT_REVIEW',
  'GEOGRAPHIC_REVIEW',
  'FINAL_REVIEW',
  'AWAITING_ANNOUNCEMENT',
  'ANNOUNCED',
  'WITHDRAWN',
] as const;
export type Progress = (typeof PROGRESS)[number];

/** What the overview's logic reads of a row (the API's row has more). */
export interface OverviewFacts {
  applicationId: string;
  progress: Progress;
  outcome: string | null;
  title: string;
  receiptNumber: string | null;
  /** Names and numbers of the lead and partner municipalities. */
  municipalities: readonly { number: string; name: string }[];
  counties: readonly { number: string; name: string }[];
  activityAreas: readonly string[];
  artSubjects: readonly string[];
  /** The amount asked for in all, in kroner (0 for a draft without a budget). */
  requested: number;
  /** The contact person's and the owner's names and addresses. */
  contacts: readonly string[];
  /** When it last changed (ISO). */
  updatedAt: string;
}

export interface Filters {
  progress: Progress | '';
  outcome: string;
  county: string;
  activityArea: string;
  artSubject: string;
  search: string;
}

export const NO_FILTERS: Filters = {
  progress: '',
  outcome: '',
  county: '',
  activityArea: '',
  artSubject: '',
  search: '',
};

export const SORT_KEYS = ['receipt', 'title', 'municipality', 'progress', 'requested', 'updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/** Lower case, one normal form (a search for "bodø" finds "Bodø" however it was typed). */
export function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nb').trim();
}

/** Does a row match the search's every word (municipality name or number, receipt, title, contact)? */
export function matchesSearch(row: OverviewFacts, search: string): boolean {
  const words = fold(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [
      row.title,
      row.receiptNumber ?? '',
      ...row.municipalities.flatMap((m) => [m.name, m.number]),
      ...row.contacts,
    ].join(' \u0000 '),
  );
  return words.every((word) => haystack.includes(word));
}

export function applyFilters<R extends OverviewFacts>(rows: readonly R[], filters: Filters): R[] {
  return rows.filter(
    (row) =>
      (!filters.progress || row.progress === filters.progress) &&
      (!filters.outcome || row.outcome === filters.outcome) &&
      (!filters.county || row.counties.some((county) => county.number === filters.county)) &&
      (!filters.activityArea || row.activityAreas.includes(filters.activityArea)) &&
      (!filters.artSubject || row.artSubjects.includes(filters.artSubject)) &&
      matchesSearch(row, filters.search),
  );
}

const collator = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

function compare(a: OverviewFacts, b: OverviewFacts, key: SortKey): number {
  switch (key) {
    case 'receipt':
      // Drafts have no receipt number yet: after the submitted ones.
      if (!a.receiptNumber || !b.receiptNumber) return (a.receiptNumber ? 0 : 1) - (b.receiptNumber ? 0 : 1);
      return collator.compare(a.receiptNumber, b.receiptNumber);
    case 'title':
      return collator.compare(a.title, b.title);
    case 'municipality':
      return collator.compare(a.municipalities[0]?.name ?? '', b.municipalities[0]?.name ?? '');
    case 'progress':
      return PROGRESS.indexOf(a.progress) - PROGRESS.indexOf(b.progress);
    case 'requested':
      return a.requested - b.requested;
    case 'updated':
      return Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  }
}

/** The rows in the chosen order; ties keep the receipt order, then the id (a stable list). */
export function sortRows<R extends OverviewFacts>(rows: readonly R[], sort: Sort): R[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows.toSorted(
    (a, b) =>
      sign * compare(a, b, sort.key) ||
      compare(a, b, 'receipt') ||
      collator.compare(a.applicationId, b.applicationId),
  );
}

/** The next sort when a column's header is pressed: the same column turns, another starts ascending. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return current.key === key
    ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
    : { key, direction: 'ascending' };
}

/** The counties named by the rows, by number (for the county filter and the county tallies). */
export function countiesOf(rows: readonly OverviewFacts[]): Map<string, string> {
  const counties = new Map<string, string>();
  for (const row of rows) for (const county of row.counties) counties.set(county.number, county.name);
  return new Map([...counties].toSorted(([a], [b]) => collator.compare(a, b)));
}

/** The address's query names of the filters and the sort (`?county=18&sort=requested-descending`). */
const QUERY: Record<keyof Filters, string> = {
  progress: 'status',
  outcome: 'outcome',
  county: 'county',
  activityArea: 'area',
  artSubject: 'subject',
  search: 'q',
};
export const DEFAULT_SORT: Sort = { key: 'receipt', direction: 'ascending' };

/** The filters and sort an address holds (unknown values ignored), so a reload or Back keeps them. */
export function viewFromQuery(query: URLSearchParams): { filters: Filters; sort: Sort } {
  const filters = { ...NO_FILTERS };
  for (const [field, name] of Object.entries(QUERY) as [keyof Filters, string][]) {
    const value = query.get(name)?.slice(0, 200) ?? '';
    if (field === 'progress')
      filters.progress = (PROGRESS as readonly string[]).includes(value) ? (value as Progress) : '';
    else filters[field] = value;
  }
  const [key, direction] = (query.get('sort') ?? '').split('-');
  const sort =
    (SORT_KEYS as readonly string[]).includes(key ?? '') &&
    (direction === 'ascending' || direction === 'descending')
      ? { key: key as SortKey, direction: direction as Sort['direction'] }
      : DEFAULT_SORT;
  return { filters, sort };
}

/** The query of a view: only what differs from no filters and the default sort. */
export function queryOfView(filters: Filters, sort: Sort): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = {};
  for (const [field, name] of Object.entries(QUERY) as [keyof Filters, string][])
    query[name] = filters[field] || undefined;
  query.sort =
    sort.key === DEFAULT_SORT.key && sort.direction === DEFAULT_SORT.direction
      ? undefined
      : `${sort.key}-${sort.direction}`;
  return query;
}
