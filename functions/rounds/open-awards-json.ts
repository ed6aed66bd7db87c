import { openAwards } from '../../shared/opendata/awards.ts';
import { httpHandler } from '../http/public.ts';
import { OpenAwardsJson } from './declarations.ts';

/** GET /rounds/{roundId}/awards.json — public open data (ADR 101); 404 before the announcement. */
export const handler = httpHandler(OpenAwardsJson)(async ({ params }) => ({
  status: 200,
  body: await openAwards(params.roundId),
  headers: { 'cache-control': 'public, max-age=300' },
}));
