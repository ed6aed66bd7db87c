import { publicRounds } from '../../shared/api/views.ts';
import { httpHandler } from '../http/public.ts';
import { ListRounds } from './declarations.ts';

/** GET /rounds — public: every round's catalogue, dates as they hold and period state (no committees). */
export const handler = httpHandler(ListRounds)(async () => ({
  status: 200,
  body: await publicRounds(),
  headers: { 'cache-control': 'public, max-age=60' },
}));
