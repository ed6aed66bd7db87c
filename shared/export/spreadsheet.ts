/**
 * The committees' lists as spreadsheets: CSV per RFC 4180, and XLSX — one sheet with a bold,
 * frozen header row, an auto-filter, column widths and number formats per column kind —
 * written as Office Open XML here and zipped by fflate (docs/decisions/045-review-exports.md,
 * 073-xlsx-writer.md).
 */
import { strToU8, zipSync } from 'fflate';

export type Cell = string | number | null | undefined;

/**
 * How a column's cells show in the XLSX (the CSV writes every number plainly):
 * - `text` (the default): text, and numbers as they are (a rank, a count);
 * - `integer`: whole numbers with thousands grouped (`12 500`);
 * - `decimal`: two decimals (`3,67`), for averages;
 * - `amount`: whole kroner (`12 500 kr`);
 * - `date`: a calendar date given as `YYYY-MM-DD` text, shown as a date (`02.03.2026`).
 */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'amount' | 'date';

export interface Sheet {
  name: string;
  header: string[];
  rows: Cell[][];
  /** Each column's kind, in header order; a column without one is `text`. */
  columns?: (ColumnKind | undefined)[];
  /**
   * A table below the list after a blank row (the final committee's budget), with its own bold
   * header and column kinds: outside the list's filter and any sort of it.
   */
  summary?: { header: string[]; rows: Cell[][]; columns?: (ColumnKind | undefined)[] };
}

/**
 * Text that a spreadsheet must show as text, never run (CSV injection, OWASP): a formula
 * character (=, +, -, @) or a tab or line break at the start of the text gets a ' before it —
 * and so does a formula character after a separator a spreadsheet may split the field at: a
 * semicolon (the list separator of Norwegian Excel, which then ignores RFC 4180's commas), a
 * comma, a tab or a line break, with or without blanks between (`Kor og korps;=2+5*7` →
 * `Kor og korps;'=2+5*7`). Blanks and line breaks alone run nothing and are left as they are.
 */
export function neutraliseFormulas(text: string): string {
  const inside = text.replace(/([;,\t\r\n][ \t\r\n]*)(?=[=+\-@])/g, "$1'");
  return /^[ \t\r\n]*[=+\-@]|^[\t\r\n]/.test(inside) ? `'${inside}` : inside;
}

/**
 * RFC 4180: CRLF between records, quotes doubled — and every text field quoted (numbers are
 * not), so a separator inside text never splits it, whichever separator the spreadsheet uses;
 * text is neutralised against formulas first (neutraliseFormulas).
 */
export function toCsv(sheet: Sheet): string {
  const field = (cell: Cell) => {
    if (cell === null || cell === undefined) return '';
    if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
    return `"${neutraliseFormulas(cell).replace(/"/g, '""')}"`;
  };
  const summary = sheet.summary ? [[], sheet.summary.header, ...sheet.summary.rows] : [];
  const lines = [sheet.header, ...sheet.rows, ...summary].map((row) => row.map(field).join(','));
  // The byte-order mark makes Excel read the file as UTF-8 (æ, ø, å).
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ── XLSX ──────────────────────────────────────────────────────────────────────────────
//
// The smallest workbook Excel, LibreOffice and Numbers open without a repair prompt: one sheet
// of inline strings (never evaluated, so no formula can run) and numbers, a styles part with
// the bold header and the number formats, the header row frozen, an auto-filter on the list
// and column widths from the content. Parts and element order follow ECMA-376 Part 1 (§18.3.1.99
// worksheet: sheetViews, sheetFormatPr, cols, sheetData, autoFilter). The zip is fflate's
// (docs/decisions/073-xlsx-writer.md).

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/**
 * Number formats by column kind, as format codes in the file's invariant syntax: `,` groups
 * thousands and `.` is the decimal mark; a spreadsheet shows them in the reader's locale
 * (Norwegian: `12 500 kr`, `3,50`, `02.03.2026`). Ids from 164 on are the file's own.
 */
const FORMATS: Record<Exclude<ColumnKind, 'text'>, { id: number; code?: string }> = {
  integer: { id: 3 }, // built in: #,##0
  decimal: { id: 2 }, // built in: 0.00
  amount: { id: 164, code: '#,##0 "kr"' },
  date: { id: 165, code: 'dd.mm.yyyy' },
};
/** cellXfs indexes: 0 the default, 1 the header, then one per number format. */
const STYLE: Record<ColumnKind, number> = { text: 0, integer: 2, decimal: 3, amount: 4, date: 5 };
const HEADER_STYLE = 1;

const xml = (value: string) =>
  value
    // Characters XML 1.0 does not allow at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A (0-based) column index as the sheet names it: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A calendar date as a spreadsheet's serial day number (1900 date system: 1899-12-30 is 0). */
function serialDay(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const utc = Date.UTC(year, month - 1, day);
  const back = new Date(utc);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return utc / 86_400_000 + 25_569;
}

function cellXml(cell: Cell, ref: string, kind: ColumnKind, style = STYLE[kind]): string {
  const styled = style === 0 ? '' : ` s="${style}"`;
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? `<c r="${ref}"${styled}><v>${cell}</v></c>` : '';
  }
  if (cell === null || cell === undefined || cell === '') return '';
  const serial = kind === 'date' ? serialDay(cell) : undefined;
  if (serial !== undefined) return `<c r="${ref}"${styled}><v>${serial}</v></c>`;
  return `<c r="${ref}"${styled} t="inlineStr"><is><t xml:space="preserve">${xml(cell)}</t></is></c>`;
}

/** What a cell shows, roughly, for the column's width: the longest line of text, a number as formatted. */
function shownLength(cell: Cell, kind: ColumnKind): number {
  if (cell === null || cell === undefined) return 0;
  if (typeof cell === 'number') {
    const digits = String(Math.round(Math.abs(cell))).length;
    const grouped = digits + Math.floor((digits - 1) / 3) + (cell < 0 ? 1 : 0);
    return kind === 'amount' || kind === 'decimal' ? grouped + 3 : grouped; // ' kr', ',00'
  }
  return Math.max(...cell.split('\n').map((line) => line.length));
}

function sheetXml(sheet: Sheet): { xml: string; filter: string } {
  const summary = sheet.summary;
  const width = Math.max(
    sheet.header.length,
    ...sheet.rows.map((row) => row.length),
    summary?.header.length ?? 0,
    ...(summary?.rows ?? []).map((row) => row.length),
    1,
  );
  const kindOf = (c: number): ColumnKind => sheet.columns?.[c] ?? 'text';
  const summaryKindOf = (c: number): ColumnKind => summary?.columns?.[c] ?? 'text';
  const headerRow = (titles: readonly string[], r: number) =>
    `<row r="${r}">${titles.map((title, c) => cellXml(title, `${columnName(c)}${r}`, 'text', HEADER_STYLE)).join('')}</row>`;
  const bodyRow = (row: readonly Cell[], r: number, kind: (c: number) => ColumnKind) =>
    `<row r="${r}">${row.map((cell, c) => cellXml(cell, `${columnName(c)}${r}`, kind(c))).join('')}</row>`;
  // The summary starts after one blank row below the list.
  const summaryAt = sheet.rows.length + 3;
  const rows = [
    headerRow(sheet.header, 1),
    ...sheet.rows.map((row, r) => bodyRow(row, r + 2, kindOf)),
    ...(summary
      ? [
          headerRow(summary.header, summaryAt),
          ...summary.rows.map((row, r) => bodyRow(row, summaryAt + 1 + r, summaryKindOf)),
        ]
      : []),
  ];
  const lastRow = summary ? summaryAt + summary.rows.length : sheet.rows.length + 1;
  // The filter covers the list: the header and the rows down to the first empty one, as
  // Excel's own Filter button takes the block around the header (a summary below a blank row
  // stays outside: sorting never mixes it into the list).
  const blank = sheet.rows.findIndex((row) =>
    row.every((cell) => cell === null || cell === undefined || cell === ''),
  );
  const listRows = blank < 0 ? sheet.rows.length : blank;
  const last = columnName(width - 1);
  const filter = `A1:${last}${listRows + 1}`;
  const cols = Array.from({ length: width }, (_, c) => {
    const longest = Math.max(
      (sheet.header[c] ?? '').length + 3, // the filter's button
      ...sheet.rows.map((row) => shownLength(row[c], kindOf(c))),
      (summary?.header[c] ?? '').length,
      ...(summary?.rows ?? []).map((row) => shownLength(row[c], summaryKindOf(c))),
    );
    const chars = Math.min(Math.max(longest + 2, 8), 60);
    return `<col min="${c + 1}" max="${c + 1}" width="${chars}" customWidth="1"/>`;
  });
  return {
    filter,
    xml:
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      `<dimension ref="A1:${last}${lastRow}"/>` +
      '<sheetViews><sheetView tabSelected="1" workbookViewId="0">' +
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
      '</sheetView></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      `<cols>${cols.join('')}</cols>` +
      `<sheetData>${rows.join('')}</sheetData>` +
      `<autoFilter ref="${filter}"/>` +
      '</worksheet>',
  };
}

const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  `<numFmts count="2">${Object.values(FORMATS)
    .filter((format) => format.code)
    .map((format) => `<numFmt numFmtId="${format.id}" formatCode="${xml(format.code!)}"/>`)
    .join('')}</numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  (['integer', 'decimal', 'amount', 'date'] as const)
    .map(
      (kind) =>
        `<xf numFmtId="${FORMATS[kind].id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    )
    .join('') +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** One sheet as an .xlsx file. */
export function toXlsx(sheet: Sheet): Uint8Array {
  const name = xml(sheet.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1');
  const worksheet = sheetXml(sheet);
  const [from, to] = worksheet.filter.split(':') as [string, string];
  const absolute = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT_TYPE}.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE}.styles+xml"/>` +
      '</Types>',
    '_rels/.rels':
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      '</Relationships>',
    'xl/workbook.xml':
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      `<sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets>` +
      // Excel keeps the filter's range in this hidden name as well as on the sheet.
      `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${name.replace(/'/g, "''")}'!${absolute(from)}:${absolute(to)}</definedName></definedNames>` +
      '</workbook>',
    'xl/_rels/workbook.xml.rels':
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
      '</Relationships>',
    'xl/styles.xml': STYLES_XML,
    'xl/worksheets/sheet1.xml': worksheet.xml,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([path, text]) => [path, strToU8(text)])), {
    level: 6,
    mtime: ZIP_EPOCH,
  });
}

/** Every entry's time: the zip format's first instant, so equal sheets give equal bytes. */
const ZIP_EPOCH = '1980-01-01T00:00:00';
