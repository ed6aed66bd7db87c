import { route } from '../../app/route.ts';

/** About the scheme: the first page. */
export const aboutRoute = route('/');
/** The privacy notice (personvernerklæring): what is stored, why, for how long, whom to ask. */
export const privacyRoute = route('/personvern');
/** The accessibility statement (tilgjengelighetserklæring): WCAG 2.1 AA status, gaps, how to report. */
export const accessibilityRoute = route('/tilgjengelighet');
