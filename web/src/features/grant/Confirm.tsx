import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, messageOf } from '../../app/api.ts';
import { useText } from '../../app/i18n.tsx';
import { grantText } from './text.ts';

/**
 * A button that opens a confirmation dialog named by its heading; its form confirms with
 * `perform`. A refusal's message (or its first field message) shows in the dialog, which stays
 * open until the action succeeds; then it closes and `onDone` runs.
 */
export function Confirm({
  label,
  heading,
  body,
  testId,
  perform,
  onDone,
  children,
  color,
  variant = 'primary',
}: {
  label: string;
  heading: string;
  body?: string;
  testId: string;
  perform(): Promise<unknown>;
  onDone(): void;
  children?: (fieldError: string | undefined) => ReactNode;
  color?: 'danger';
  variant?: 'primary' | 'secondary';
}) {
  const { t } = useText(grantText);
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [fieldError, setFieldError] = useState<string>();

  const close = () => {
    setOpen(false);
    setProblem(undefined);
    setFieldError(undefined);
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setFieldError(undefined);
    try {
      await perform();
      close();
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) setFieldError(error.fields[0]!.message);
      else setProblem(messageOf(error, error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button
        type="button"
        variant={variant}
        data-color={color}
        data-testid={testId}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        closeButton={t('grant.cancel')}
        aria-labelledby={headingId}
        data-testid={`${testId}-dialog`}
      >
        <form noValidate onSubmit={submit}>
          <Dialog.Block className="form-stack">
            <Heading level={2} data-size="sm" id={headingId}>
              {heading}
            </Heading>
            {body && <Paragraph>{body}</Paragraph>}
            {children?.(fieldError)}
            {problem && (
              <Alert data-color="danger" role="alert">
                {problem}
              </Alert>
            )}
          </Dialog.Block>
          <Dialog.Block className="dialog-actions">
            <Button
              type="submit"
              data-color={color}
              disabled={busy}
              aria-busy={busy || undefined}
              data-testid={`${testId}-confirm`}
            >
              {label}
            </Button>
            <Button type="button" variant="secondary" onClick={close}>
              {t('grant.cancel')}
            </Button>
          </Dialog.Block>
        </form>
      </Dialog>
    </>
  );
}
