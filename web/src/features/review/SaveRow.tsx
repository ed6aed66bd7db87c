import { Alert, Button, type ButtonProps } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { LiveRegion } from '../../app/Page.tsx';

/**
 * The end of a committee form: the API's problem (if any), the submit button with the save
 * status beside it (unless the form is read-only), and the status announced to screen readers.
 */
export function SaveRow({
  problem,
  problemTestId,
  busy,
  status,
  readOnly = false,
  children,
  ...button
}: {
  problem: ReactNode;
  problemTestId?: string;
  busy: boolean;
  status: string;
  readOnly?: boolean;
  children: ReactNode;
} & Omit<ButtonProps, 'type' | 'disabled' | 'children'>) {
  return (
    <>
      {problem && (
        <Alert data-color="danger" role="alert" data-testid={problemTestId}>
          {problem}
        </Alert>
      )}
      {!readOnly && (
        <div className="row-actions">
          <Button type="submit" disabled={busy} aria-busy={busy || undefined} {...button}>
            {children}
          </Button>
          <span className="save-status">{status}</span>
        </div>
      )}
      <LiveRegion message={status} />
    </>
  );
}
