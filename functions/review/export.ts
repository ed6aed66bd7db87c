import { errors } from '../../shared/api/errors.ts';
import { toCsv, toXlsx } from '../../shared/export/spreadsheet.ts';
import { exportSheet } from '../../shared/review/export-sheet.ts';
import { stageApplications } from '../../shared/review/stages.ts';
import { listView } from '../../shared/review/views.ts';
import { listMemberReviews } from '../../shared/storage/review.ts';
import { httpHandler } from '../http.ts';
import { loadOpenStage } from './load.ts';

/**
 * GET /review/export?format=csv|xlsx — the committee's list with the figures it works with,
 * as the member sees it on the page, in the page's language (`shared/review/export-sheet.ts`).
 */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  const format = request.query('format') ?? 'xlsx';
  if (format !== 'csv' && format !== 'xlsx') {
    throw errors.validation([{ path: 'format', code: 'VALUE_NOT_ALLOWED' }]);
  }
  const { stage, deadline } = await loadOpenStage(reviewer);
  const [applications, reviews] = await Promise.all([
    stageApplications(reviewer.round, reviewer.committee),
    listMemberReviews(reviewer.round.id, reviewer.committee),
  ]);
  const view = listView({ reviewer, stage, deadline, applications, reviews });
  const sheet = exportSheet(reviewer, view, request.locale);
  const fileName = `${reviewer.round.id}-${reviewer.committee}.${format}`;
  return {
    status: 200,
    file:
      format === 'csv'
        ? { bytes: Buffer.from(toCsv(sheet), 'utf8'), contentType: 'text/csv; charset=utf-8', fileName }
        : {
            bytes: toXlsx(sheet),
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            fileName,
          },
  };
});
