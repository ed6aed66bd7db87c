import { route } from '../../app/route.ts';

/**
 * After the award (issue 12; ADR 102, 103): the award's page (its conditions, accept or
 * decline, the reports) — the same pattern the API's mails link to (shared/grants/grant.ts) —
 * a report on one school year, and the secretariat's reports (`?round=`).
 */
export const grantRoute = route('/grant/:applicationId');
export const reportRoute = route('/grant/:applicationId/report/:schoolYear');
export const staffReportsRoute = route('/sekretariat/rapporter');
