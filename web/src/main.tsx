import '@digdir/designsystemet-css';
import './theme/kulturskoleradet.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadConfig } from './api/client.ts';
import { App } from './App.tsx';
import { I18nProvider } from './i18n/i18n.tsx';

const root = createRoot(document.getElementById('root')!);
loadConfig()
  .catch((error: unknown) => console.error('Could not load /config.json', error))
  .finally(() =>
    root.render(
      <StrictMode>
        <I18nProvider>
          <App />
        </I18nProvider>
      </StrictMode>,
    ),
  );
