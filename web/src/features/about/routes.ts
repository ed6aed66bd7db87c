import { route } from '../../app/route.ts';

/** About the scheme: the first page. */
export const aboutRoute = route('/');
