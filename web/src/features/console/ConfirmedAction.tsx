import { Alert, Button, Dialog, Heading, type ButtonProps } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, messageOf } from '../../app/api.ts';
import { useConsoleText } from './text.ts';

/** A field's message by the API's path (`reason`, `announcement` …). */
export type FieldErrors = Record<string, string>;

/**
 * One of the secretariat's actions: a button that opens a confirmation dialog named by its
 * heading; the dialog's form (its fields, if any) confirms with a POST. A refusal's field
 * messages go to their fields (`errors[path]`), any other message above the buttons; the
 * dialog stays open until the action succeeds, then closes and `onDone` announces the result.
 */
export function ConfirmedAction({
  label,
  heading,
  confirm,
  testId,
  perform,
  onDone,
  validate,
  fields = [],
  onOpen,
  children,
  color,
  variant = 'secondary',
  size = 'sm',
}: {
  /** The button's text. */
  label: ReactNode;
  /** The dialog's heading (its accessible name). */
  heading: string;
  /** The confirming button's text. */
  confirm: string;
  testId: string;
  perform(): Promise<unknown>;
  onDone(): void | Promise<void>;
  /** The form's own checks before the call: messages by field. */
  validate?: () => FieldErrors;
  /** The API's field paths this dialog has a field for (others' messages show above the buttons). */
  fields?: readonly string[];
  onOpen?: () => void;
  children?: (errors: FieldErrors) => ReactNode;
  color?: 'danger';
  variant?: ButtonProps['variant'];
  size?: 'sm' | 'md';
}) {
  const { t } = useConsoleText();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string>();

  const close = () => {
    setOpen(false);
    setErrors({});
    setProblem(undefined);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const own = validate?.() ?? {};
    setErrors(own);
    setProblem(undefined);
    if (Object.keys(own).length > 0) return;
    setBusy(true);
    try {
      await perform();
      close();
      await onDone();
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        const next: FieldErrors = {};
        for (const field of error.fields) next[field.path] ??= field.message;
        setErrors(next);
        // A message for a field this dialog has not: shown above the buttons.
        const elsewhere = Object.entries(next).filter(([path]) => !fields.includes(path));
        if (elsewhere.length > 0) setProblem(elsewhere.map(([, message]) => message).join(' '));
      } else {
        setProblem(messageOf(error, t('app.networkError')));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        type="button"
        variant={variant}
        data-size={size}
        data-color={color}
        data-testid={testId}
        onClick={() => {
          onOpen?.();
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        closeButton={t('console.cancel')}
        aria-labelledby={headingId}
        data-testid={`${testId}-dialog`}
      >
        <form noValidate onSubmit={submit}>
          <Dialog.Block className="form-stack">
            <Heading level={2} data-size="sm" id={headingId}>
              {heading}
            </Heading>
            {children?.(errors)}
            {problem && (
              <Alert data-color="danger" role="alert" data-testid={`${testId}-problem`}>
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
              {confirm}
            </Button>
            <Button type="button" variant="secondary" onClick={close}>
              {t('console.cancel')}
            </Button>
          </Dialog.Block>
        </form>
      </Dialog>
    </>
  );
}
