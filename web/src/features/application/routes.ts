import { route } from '../../app/route.ts';

/** An applicant's application: the form's step, or (no step) the page as it stands. */
export const applicationRoute = route('/application/:applicationId/:step?');
