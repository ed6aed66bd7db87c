import { useSyncExternalStore } from 'react';

const nothingToSubscribe = () => () => {};

/**
 * False while a page is prerendered (web/src/prerender.tsx) and while the browser hydrates it,
 * true from the render after: for a part that depends on the browser or on data fetched there,
 * which the prerendered HTML shows as loading so that hydration finds exactly that (ADR 104).
 * A page rendered afresh in the browser is hydrated from its first render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    nothingToSubscribe,
    () => true,
    () => false,
  );
}
