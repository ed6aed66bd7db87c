import { toXlsx } from '../../shared/export/spreadsheet.ts';
import { reportsSheet } from '../../shared/grants/staff.ts';
import { httpHandler } from '../http/staff.ts';
import { ExportReports, XLSX } from './declarations.ts';

/** GET /staff/rounds/{roundId}/reports.xlsx — the round's reports, one row per award and school year. */
export const handler = httpHandler(ExportReports)(async ({ params, locale }) => ({
  status: 200,
  file: {
    bytes: toXlsx(await reportsSheet(params.roundId, locale)),
    contentType: XLSX,
    fileName: `${params.roundId}-reports.xlsx`,
  },
}));
