import { ErrorSummary } from '@digdir/designsystemet-react';
// The element that gives the summary its focus and its name: Designsystemet's React component
// renders it without importing it (the first pages carry only the elements they use, ADR 104, 124).
import '@digdir/designsystemet-web/ds-error-summary';
import type { MouseEvent } from 'react';

export interface ErrorItem {
  /** The id of the field to focus. */
  target: string;
  message: string;
  /** A field on another page: navigate there first (the page focuses `target` once shown). */
  href?: string;
}

/** Focuses a field by id (or the first focusable element inside it) and scrolls it into view. */
export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const focusable = element.matches('input, textarea, select, button, [tabindex]')
    ? element
    : element.querySelector<HTMLElement>('input, textarea, select, button, [tabindex]');
  (focusable ?? element).focus();
  (focusable ?? element).scrollIntoView({ block: 'center' });
  return true;
}

/**
 * Designsystemet's error summary: it takes focus when it appears (so the errors are read
 * out), and each entry links to its field.
 */
export function ErrorList({
  heading,
  items,
  onNavigate,
}: {
  heading: string;
  items: ErrorItem[];
  onNavigate?: (item: ErrorItem) => void;
}) {
  if (items.length === 0) return null;
  const follow = (event: MouseEvent<HTMLAnchorElement>, item: ErrorItem) => {
    event.preventDefault();
    if (item.href && onNavigate) onNavigate(item);
    else focusField(item.target);
  };
  return (
    <ErrorSummary className="error-list">
      <ErrorSummary.Heading>{heading}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {items.map((item) => (
          <ErrorSummary.Item key={`${item.target}:${item.message}`}>
            <ErrorSummary.Link href={item.href ?? `#${item.target}`} onClick={(event) => follow(event, item)}>
              {item.message}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
