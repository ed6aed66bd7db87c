import '@digdir/designsystemet-css';
import './theme/kulturskoleradet.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { I18nProvider } from './app/i18n.tsx';

// The page renders at once: the API's address (/config.json) and the rounds are fetched by the
// calls that need them, so static text never waits for the network.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);
