/**
 * THE ROUTE TABLE of the web app: every page's path pattern, declared by its feature
 * (`features/<feature>/routes.ts`) and gathered here — the app matches the address against
 * this table (App.tsx), and every link builds its address with a route's `.path(params)`.
 */
import { aboutRoute, accessibilityRoute, privacyRoute } from './features/about/routes.ts';
import { applicationRoute } from './features/application/routes.ts';
import { awardsRoute } from './features/awards/routes.ts';
import { consoleApplicationRoute, consoleRoute, consoleSignInRoute } from './features/console/routes.ts';
import { grantRoute, reportRoute, staffReportsRoute } from './features/grant/routes.ts';
import { reviewRoute } from './features/review/routes.ts';
import { signedOutRoute, signInRoute, startRoute } from './features/start/routes.ts';

export const routes = {
  about: aboutRoute,
  start: startRoute,
  signIn: signInRoute,
  signedOut: signedOutRoute,
  awards: awardsRoute,
  privacy: privacyRoute,
  accessibility: accessibilityRoute,
  application: applicationRoute,
  review: reviewRoute,
  console: consoleRoute,
  consoleApplication: consoleApplicationRoute,
  consoleSignIn: consoleSignInRoute,
  grant: grantRoute,
  grantReport: reportRoute,
  staffReports: staffReportsRoute,
} as const;

type Routes = typeof routes;
export type RouteName = keyof Routes;
/** A matched address: the route's name and its parameters. */
export type Match = {
  [N in RouteName]: { name: N; params: NonNullable<ReturnType<Routes[N]['match']>> };
}[RouteName];

/** The route an address's pathname belongs to, if any. */
export function matchRoute(pathname: string): Match | undefined {
  for (const name of Object.keys(routes) as RouteName[]) {
    const params = routes[name].match(pathname);
    if (params) return { name, params } as Match;
  }
  return undefined;
}
