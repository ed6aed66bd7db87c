/**
 * The XLSX writer, read back by a reader that is not ours: ExcelJS (a dev dependency), which
 * parses the workbook as Excel would — values, the sheet view, the filter, column widths and
 * each cell's style (ADR 073).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnName, toXlsx, type Sheet } from '../../shared/export/spreadsheet.ts';

const sheet: Sheet = {
  name: 'Innstillingsutvalget',
  header: ['Prioritet', 'Prosjekt', 'Søkt 2026–2027', 'Snitt forankring', 'Vedtatt', 'Elever'],
  columns: ['text', 'text', 'amount', 'decimal', 'date', 'integer'],
  rows: [
    [1, 'Kor og korps;=2+5*7', 125_000, 3.6667, '2026-03-02', 1_234],
    [2, '<b>&</b> «sitat»\u0007', 0, null, 'ikke en dato', undefined],
    [3, 'Dans i hele fylket, med en lang tittel som trenger en bred kolonne', 87_500, 4, '2026-02-30', 12],
    [],
    ['Budsjett 2026', 1_000_000, 212_500],
  ],
};

async function read(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's own types name Node's older Buffer; the bytes are what it reads.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

describe('XLSX', () => {
  it('writes the values: text as text (never a formula), numbers as numbers, dates as dates', async () => {
    // Act
    const worksheet = await read(toXlsx(sheet));
    // Assess
    expect(worksheet.name).toBe('Innstillingsutvalget');
    expect(worksheet.getRow(1).values).toEqual([undefined, ...sheet.header]);
    const first = worksheet.getRow(2);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe('Kor og korps;=2+5*7');
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(3).value).toBe(125_000);
    expect(first.getCell(4).value).toBe(3.6667);
    expect(first.getCell(5).value).toEqual(new Date('2026-03-02T00:00:00Z'));
    expect(first.getCell(6).value).toBe(1_234);
    const second = worksheet.getRow(3);
    // Escaped markup; a character XML cannot hold is left out.
    expect(second.getCell(2).value).toBe('<b>&</b> «sitat»');
    expect(second.getCell(3).value).toBe(0);
    expect(second.getCell(4).value).toBeNull();
    expect(second.getCell(6).value).toBeNull();
    // A date column's text that is no calendar date stays text.
    expect(second.getCell(5).value).toBe('ikke en dato');
    expect(worksheet.getRow(4).getCell(5).value).toBe('2026-02-30');
    // The summary below the blank row.
    expect(worksheet.getRow(5).hasValues).toBe(false);
    expect(worksheet.getRow(6).values).toEqual([undefined, 'Budsjett 2026', 1_000_000, 212_500]);
    // The same sheet gives the same bytes (every entry has one fixed time).
    expect(Buffer.from(toXlsx(sheet)).equals(Buffer.from(toXlsx(sheet)))).toBe(true);
  });

  it('makes the header bold and frozen, filters the list above the blank row, formats each kind', async () => {
    // Act
    const worksheet = await read(toXlsx(sheet));
    // Assess: the header row stays in view and is bold; the rows are not
    expect(worksheet.views).toEqual([
      expect.objectContaining({ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2' }),
    ]);
    for (let c = 1; c <= sheet.header.length; c++)
      expect(worksheet.getRow(1).getCell(c).font).toMatchObject({ bold: true });
    expect(worksheet.getRow(2).getCell(2).font?.bold).toBeFalsy();
    // The filter covers the header and the list, not the budget summary below the blank row
    expect(worksheet.autoFilter).toBe('A1:F4');
    // Number formats per column kind (the file's invariant codes; Excel shows `125 000 kr` in nb)
    const formats = [1, 2, 3, 4, 5, 6].map((c) => worksheet.getRow(2).getCell(c).numFmt);
    expect(formats).toEqual([undefined, undefined, '#,##0 "kr"', '0.00', 'dd.mm.yyyy', '#,##0']);
    expect(worksheet.getRow(4).getCell(3).numFmt).toBe('#,##0 "kr"');
  });

  it('sizes each column for its longest content, within bounds', async () => {
    // Act
    const worksheet = await read(toXlsx(sheet));
    // Assess
    const widths = worksheet.columns.map((column) => column.width ?? 0);
    expect(widths).toHaveLength(6);
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(8);
    // The long title widens its column, up to the cap
    expect(widths[1]).toBe(60);
    // '1 000 000' formatted as kroner is wider than its header
    expect(widths[2]).toBeGreaterThan('1 000 000 kr'.length);
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('reads back a sheet with no rows and a name a spreadsheet would refuse', async () => {
    // Act
    const worksheet = await read(
      toXlsx({ name: 'Søknader: 2026/2027 [alle]?', header: ['Kvittering'], rows: [] }),
    );
    // Assess
    expect(worksheet.name).toBe('Søknader  2026 2027  alle  ');
    expect(worksheet.getRow(1).getCell(1).value).toBe('Kvittering');
    expect(worksheet.autoFilter).toBe('A1:A1');
  });
});
