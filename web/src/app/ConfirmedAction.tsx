import { Alert, Button, Dialog, Heading, Paragraph, type ButtonProps } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, messageOf } from './api.ts';
import { useI18n } from './i18n.tsx';

/** A field's message by the API's path (`reason`, `message`, `announcement` …). */
export type FieldErrors = Record<string, string>;

/**
 * An action behind a confirmation (ADR 109): a button that opens a modal dialog named by its
 * heading; the dialog's form (a text, fields if any) confirms with `perform`. The form's own
 * checks (`validate`) and the API's field messages go to their fields (`errors[path]`); a message
 * for a path the dialog has no field for, or any other refusal, stands above the buttons. The
 * dialog stays open until the action succeeds, then closes and `onDone` runs. Closing returns
 * the focus to the button that opened it (when it is still there). A dangerous action without
 * fields gives the focus to the safe choice as it opens.
 */
export function ConfirmedAction({
  label,
  heading,
  body,
  confirm,
  testId,
  perform,
  onDone,
  validate,
  fields = [],
  onOpen,
  children,
  color,
  variant = 'primary',
  size,
}: {
  /** The button's text. */
  label: ReactNode;
  /** The dialog's heading (its accessible name). */
  heading: string;
  /** A paragraph under the heading. */
  body?: ReactNode;
  /** The confirming button's text (the button's own when not given). */
  confirm?: ReactNode;
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
  const { t } = useI18n();
  const headingId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string>();

  const close = () => {
    setOpen(false);
    setErrors({});
    setProblem(undefined);
    // After the dialog has gone: back to the button, unless the action took it away.
    requestAnimationFrame(() => {
      if (trigger.current?.isConnected) trigger.current.focus();
    });
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
        ref={trigger}
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
        closeButton={t('app.cancel')}
        aria-labelledby={headingId}
        data-testid={`${testId}-dialog`}
      >
        <form noValidate onSubmit={submit}>
          <Dialog.Block className="form-stack">
            <Heading level={2} data-size="sm" id={headingId}>
              {heading}
            </Heading>
            {body && <Paragraph>{body}</Paragraph>}
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
              {confirm ?? label}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={close}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- a dangerous action's safe choice takes the focus as the modal dialog opens (HTML's dialog autofocus)
              autoFocus={color === 'danger' && !children}
            >
              {t('app.cancel')}
            </Button>
          </Dialog.Block>
        </form>
      </Dialog>
    </>
  );
}
