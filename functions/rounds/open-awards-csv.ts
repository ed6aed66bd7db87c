import { CSV_CONTENT_TYPE, openAwards, openAwardsCsv } from '../../shared/opendata/awards.ts';
import { httpHandler } from '../http/public.ts';
import { OpenAwardsCsv } from './declarations.ts';

/** GET /rounds/{roundId}/awards.csv — public open data (ADR 101); 404 before the announcement. */
export const handler = httpHandler(OpenAwardsCsv)(async ({ params }) => {
  const data = await openAwards(params.roundId);
  return {
    status: 200,
    file: {
      bytes: Buffer.from(openAwardsCsv(data), 'utf8'),
      contentType: `${CSV_CONTENT_TYPE}; charset=utf-8`,
      fileName: `tildelinger-${data.roundId}.csv`,
    },
    headers: { 'cache-control': 'public, max-age=300' },
  };
});
