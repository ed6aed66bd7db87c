/**
 * The first pages as HTML at build time (the `portal-prerender` plugin in web/vite.config.ts,
 * docs/decisions/104-prerendered-first-pages.md): the About and Start pages are rendered here,
 * in bokmål and before GET /rounds answers — exactly what the browser's first render shows —
 * so their text paints with the HTML and the script hydrates it instead of building it.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './App.tsx';
import { I18nProvider, PRERENDER_LOCALE } from './app/i18n.tsx';
import { setServerLocation } from './app/router.tsx';

/** The page at `path` as the markup of `<div id="root">`. */
export async function render(path: string): Promise<string> {
  setServerLocation(path);
  const { prelude } = await prerender(
    <StrictMode>
      <I18nProvider initial={PRERENDER_LOCALE}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
  return new Response(prelude).text();
}
