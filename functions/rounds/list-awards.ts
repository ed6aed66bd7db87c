import { announcedAwards } from '../../shared/review/awards.ts';
import { httpHandler } from '../http/public.ts';
import { ListAwards } from './declarations.ts';

/** GET /rounds/{roundId}/awards — public: the awarded applications once announced. */
export const handler = httpHandler(ListAwards)(async ({ params }) => ({
  status: 200,
  body: await announcedAwards(params.roundId),
  headers: { 'cache-control': 'public, max-age=60' },
}));
