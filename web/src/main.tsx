import '@digdir/designsystemet-css';
import './theme/kulturskoleradet.css';
import './styles.css';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { I18nProvider, initialLocale, PRERENDER_LOCALE } from './app/i18n.tsx';

// The page renders at once: the API's address (/config.json) and the rounds are fetched by the
// calls that need them, so static text never waits for the network.
const container = document.getElementById('root')!;
// The About and Start pages come prerendered in bokmål (web/src/prerender.tsx, ADR 104): hydrated
// where the HTML is this address's page and the reader's language is the prerender's; rendered
// afresh otherwise (another page, or nynorsk or English, which replace the bokmål text).
const hydrating = container.dataset.prerendered === location.pathname && initialLocale() === PRERENDER_LOCALE;
const app = (
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>
);
// In a transition, React renders (and hydrates) in slices that yield to the browser between
// them, so no long task holds the main thread while it does (Lighthouse's TBT).
startTransition(() => {
  if (hydrating) {
    hydrateRoot(container, app);
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
  }
});
