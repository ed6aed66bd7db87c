import { route } from '../../app/route.ts';

/** Starting an application: the e-mail address and the lead municipality. */
export const startRoute = route('/start');
/** The magic link's landing page (`/sign-in#token=…`; the mail builds it from the same path). */
export const signInRoute = route('/sign-in');
/** After signing out of an application (ADR 086): the session has ended; how to come back. */
export const signedOutRoute = route('/signed-out');
