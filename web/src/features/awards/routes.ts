import { route } from '../../app/route.ts';

/** The announced awards (`?round=<id>` for one round). */
export const awardsRoute = route('/awards');
