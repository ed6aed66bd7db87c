/**
 * A small client-side router: the History API, one listener list, and a Link that keeps
 * ordinary link behaviour (new tab, copy address) while navigating in place on a plain click.
 */
import { Link as DsLink, type LinkProps } from '@digdir/designsystemet-react';
import { useSyncExternalStore, type MouseEvent } from 'react';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

/** Set when the app itself navigated: pages then move focus to their heading. */
export let navigatedInApp = false;

export function navigate(to: string, options: { replace?: boolean } = {}) {
  navigatedInApp = true;
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
  const hash = new URL(to, location.href).hash;
  if (!hash) window.scrollTo(0, 0);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => location.pathname + location.search + location.hash;

/** The address a page is rendered for at build time (web/src/prerender.tsx). */
let serverLocation = '/';
export function setServerLocation(path: string) {
  serverLocation = path;
}
// Hydrating a prerendered page, React asks for the server's snapshot: in the browser that is the
// address itself, which is the page the HTML was rendered for (main.tsx checks).
const serverSnapshot = () => (typeof location === 'undefined' ? serverLocation : snapshot());

export function useLocation(): URL {
  const href = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  return new URL(href, 'http://portal.local');
}

export function followLink(event: MouseEvent<HTMLAnchorElement>, to: string) {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  event.preventDefault();
  navigate(to);
}

export function Link({ to, ...rest }: Omit<LinkProps, 'href'> & { to: string }) {
  return <DsLink href={to} onClick={(event) => followLink(event, to)} {...rest} />;
}
