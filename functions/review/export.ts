import { toCsv, toXlsx } from '../../shared/export/spreadsheet.ts';
import { exportSheet } from '../../shared/review/export-sheet.ts';
import { reviewExport } from '../../shared/review/pages.ts';
import { httpHandler } from '../http/reviewer.ts';
import { EXPORT_FORMATS, ExportReview } from './declarations.ts';

/**
 * GET /review/export?format=csv|xlsx — the committee's list with the figures it works with,
 * as the member sees it on the page, in the page's language (`shared/review/export-sheet.ts`).
 */
export const handler = httpHandler(ExportReview)(async ({ reviewer, query: { format }, locale }) => {
  const sheet = exportSheet(reviewer, await reviewExport(reviewer), locale);
  const fileName = `${reviewer.round.id}-${reviewer.committee}.${format}`;
  return {
    status: 200,
    file:
      format === 'csv'
        ? {
            bytes: Buffer.from(toCsv(sheet), 'utf8'),
            contentType: `${EXPORT_FORMATS.csv}; charset=utf-8`,
            fileName,
          }
        : { bytes: toXlsx(sheet), contentType: EXPORT_FORMATS.xlsx, fileName },
  };
});
