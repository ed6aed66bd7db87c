import { route } from '../../app/route.ts';

/**
 * The secretariat's console (issue 9 point 1): the council's staff, signed in with a magic link
 * to an allow-listed address. The round's overview (`?round=` picks a round; the current one
 * otherwise), one application, and the sign-in.
 */
export const consoleRoute = route('/sekretariat');
export const consoleApplicationRoute = route('/sekretariat/soknad/:applicationId');
/** The sign-in form, and the mailed link's landing page (`#token=…`; the mail builds it from the same path). */
export const consoleSignInRoute = route('/sekretariat/logg-inn');
