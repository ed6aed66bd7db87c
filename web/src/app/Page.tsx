import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { messageOf } from './api.ts';
import { useI18n } from './i18n.tsx';
import { navigatedInApp } from './router.tsx';

/**
 * A page's one h1: it names the page in the tab title and, after an in-app navigation,
 * receives focus so screen readers announce where the user has arrived.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (navigatedInApp) ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <Heading level={1} data-size="lg" tabIndex={-1} ref={ref} className="page-heading">
      {children ?? title}
    </Heading>
  );
}

/** A polite live region: status changes (saved, uploaded, checked) are read out once. */
export function LiveRegion({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" className="visually-hidden">
      {message}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <div className="loading">
      <Spinner aria-label={t('app.loading')} data-size="md" />
    </div>
  );
}

/**
 * A load that failed: the API's message (or "we cannot reach the portal") and a retry — the
 * one form every page's failed load takes.
 */
export function LoadFailure({ error, retry }: { error: unknown; retry?: () => unknown }) {
  const { t } = useI18n();
  return (
    <Alert data-color="danger" data-testid="load-failure">
      <Paragraph>{messageOf(error, t('app.networkError'))}</Paragraph>
      {retry && (
        <Button variant="secondary" onClick={() => void retry()}>
          {t('app.retry')}
        </Button>
      )}
    </Alert>
  );
}
