import { Textfield } from '@digdir/designsystemet-react';
import { createContext, useContext, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { ApplicationDraft } from '../../../../../shared/domain/application.ts';
import type { Municipality } from '../../../../../shared/domain/municipalities/index.ts';
import { message } from '../../../../../shared/i18n/index.ts';
import type { RoundView } from '../../rounds/rounds.ts';
import type { ApplicantApi } from '../api.ts';
import type { AttachmentView } from '../types.ts';
import { groupDigits, parseWholeNumber } from '../../../app/format.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { forgetField, keepField, keptField } from './kept-input.ts';
import type { StepId } from './logic.ts';

/** What every step of the form reads and changes. */
export interface FormApi {
  /** The applicant's calls for this application. */
  client: ApplicantApi;
  round: RoundView;
  draft: ApplicationDraft;
  update: (change: (draft: ApplicationDraft) => ApplicationDraft) => void;
  /** The error to show next to an input (by input id), once the step's errors are shown. */
  error: (fieldId: string) => string | undefined;
  municipalities: readonly Municipality[] | undefined;
  attachments: AttachmentView[];
  setAttachments: Dispatch<SetStateAction<AttachmentView[]>>;
  refreshAttachments: () => Promise<AttachmentView[]>;
  stepHref: (step: StepId, fieldId?: string) => string;
  goTo: (step: StepId, fieldId?: string) => void;
  announce: (message: string) => void;
  /** Loads the application again (the period closed, or it was submitted elsewhere). */
  reload: () => Promise<void>;
}

export const FormContext = createContext<FormApi | null>(null);

export function useForm(): FormApi {
  const form = useContext(FormContext);
  if (!form) throw new Error('useForm outside the application form');
  return form;
}

/**
 * What is wrong with a number field's text that cannot be read as a whole number: a minus sign
 * is its own mistake (one message per rule), anything else is 'a whole number, no decimals'.
 */
export function numberProblem(text: string): 'NUMBER_NEGATIVE' | 'NUMBER_NOT_INTEGER' {
  return /^[\s\u00a0\u202f]*[-\u2212\u2013][\s\u00a0\u202f]*\d/.test(text)
    ? 'NUMBER_NEGATIVE'
    : 'NUMBER_NOT_INTEGER';
}

/**
 * A whole-number input (kroner, pupils) that accepts '12 500' and shows digits grouped. What
 * cannot be read as a whole number stays in the field — also through a reload (kept-input.ts) —
 * and is not saved; its message shows once the applicant leaves the field (or the step's
 * errors are shown), not while they type (issue 9.8).
 */
export function NumberField({
  id,
  label,
  description,
  value,
  onChange,
  error,
  emptyValue,
  suffix,
}: {
  id: string;
  label: string;
  description?: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  error?: string;
  /** What an empty field means: undefined (not answered) or 0. */
  emptyValue: 0 | undefined;
  suffix?: string;
}) {
  const { locale } = useI18n();
  const applicationId = useContext(FormContext)?.client.applicationId;
  const shown = (v: number | undefined) =>
    v === undefined || (v === 0 && emptyValue === 0) ? '' : groupDigits(v);
  const [kept] = useState(() => (applicationId ? keptField(applicationId, id) : undefined));
  const [text, setText] = useState(() => kept ?? shown(value));
  // A kept text was typed before a reload and left then: its message shows at once.
  const [left, setLeft] = useState(kept !== undefined);
  const parsed = parseWholeNumber(text);
  const localError = Number.isNaN(parsed) && left ? message(numberProblem(text), locale) : undefined;
  // Follow changes from outside (another tab's version chosen in a conflict).
  useEffect(() => {
    const current = parseWholeNumber(text);
    if (Number.isNaN(current)) return; // what was typed and not saved stays until corrected
    if ((current === null ? emptyValue : current) !== value) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- follows only a value changed from outside; moving it into render is the form's owner's refactor
      setText(shown(value));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the value changes from outside, not on every keystroke
  }, [value]);
  return (
    <Textfield
      id={id}
      label={label}
      description={description}
      inputMode="numeric"
      autoComplete="off"
      value={text}
      suffix={suffix}
      error={localError ?? error}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const parsedNext = parseWholeNumber(next);
        if (Number.isNaN(parsedNext)) {
          if (applicationId) keepField(applicationId, id, next);
          return;
        }
        if (applicationId) forgetField(applicationId, id);
        setLeft(false);
        onChange(parsedNext === null ? emptyValue : (parsedNext as number));
      }}
      onBlur={() => {
        setLeft(true);
        if (parsed !== null && !Number.isNaN(parsed)) setText(groupDigits(parsed));
      }}
    />
  );
}
