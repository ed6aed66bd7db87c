import {
  Alert,
  Button,
  Fieldset,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { REASON_MAX } from '../../../../shared/domain/review.ts';
import { formatDateTime } from '../../app/format.ts';
import { isOpen, problemOf, useReview } from './context.tsx';
import { useReviewI18n } from './i18n.ts';
import type { Declaration } from './types.ts';
import { useCounter } from '../../app/counter.ts';

/**
 * Conflict of interest (habilitet), per application, before the committee's form and
 * discussion are shown. "Not conflicted" may later become "conflicted"; a declared conflict is
 * final (the API answers DECLARATION_FINAL), so the page offers no way back.
 */
export function DeclarationForm({
  applicationId,
  title,
  declaration,
  onDeclared,
}: {
  applicationId: string;
  title: string;
  declaration: Declaration | null;
  onDeclared(): Promise<void> | void;
}) {
  const counter = useCounter();
  const { t, locale } = useReviewI18n();
  const { client, context } = useReview();
  const base = useId();
  const [choice, setChoice] = useState<'no' | 'yes'>();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [reconsider, setReconsider] = useState(false);
  const open = isOpen(context);

  async function save(conflicted: boolean) {
    setBusy(true);
    setProblem(undefined);
    try {
      await client.declare(
        applicationId,
        conflicted ? { conflicted, reason: reason.trim() || undefined } : { conflicted },
      );
      setReconsider(false);
      await onDeclared();
    } catch (error) {
      setProblem(problemOf(error, t));
    } finally {
      setBusy(false);
    }
  }

  if (declaration?.conflicted) {
    return (
      <Alert data-color="info" data-testid="declared-conflicted">
        <Paragraph>
          {t('committee.declaration.conflictedBody', {
            when: formatDateTime(declaration.declaredAt, locale),
          })}
        </Paragraph>
        {declaration.reason && (
          <Paragraph data-size="sm">
            {t('committee.declaration.reasonGiven', { reason: declaration.reason })}
          </Paragraph>
        )}
      </Alert>
    );
  }

  if (declaration && !reconsider) {
    return (
      <div className="declaration-status" data-testid="declared-not-conflicted">
        <Paragraph data-size="sm">
          {t('committee.declaration.notConflictedBody', {
            when: formatDateTime(declaration.declaredAt, locale),
          })}
        </Paragraph>
        {open && (
          <Button variant="tertiary" data-size="sm" onClick={() => setReconsider(true)}>
            {t('committee.declaration.reconsider')}
            <span className="visually-hidden"> – {title}</span>
          </Button>
        )}
      </div>
    );
  }

  if (!open) {
    return <Paragraph className="muted">{t('committee.declaration.closed')}</Paragraph>;
  }

  const reasonField = (
    <Textfield
      id={`${base}-reason`}
      label={t('committee.declaration.reason')}
      description={t('committee.declaration.reasonHelp')}
      multiline
      rows={2}
      value={reason}
      counter={counter(REASON_MAX)}
      onChange={(event) => setReason(event.target.value)}
    />
  );

  if (declaration && reconsider) {
    return (
      <div className="form-stack declaration">
        <Paragraph>{t('committee.declaration.reconsiderBody')}</Paragraph>
        {reasonField}
        {problem && (
          <Alert data-color="danger" role="alert">
            {problem}
          </Alert>
        )}
        <div className="row-actions">
          <Button data-color="danger" disabled={busy} onClick={() => void save(true)}>
            {t('committee.declaration.confirmConflicted')}
          </Button>
          <Button variant="secondary" onClick={() => setReconsider(false)}>
            {t('withdraw.cancel')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form
      className="form-stack declaration"
      data-testid="declaration-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!choice) {
          setMissing(true);
          document.getElementById(`${base}-no`)?.focus();
          return;
        }
        void save(choice === 'yes');
      }}
    >
      <Fieldset>
        <Fieldset.Legend>{t('committee.declaration.question')}</Fieldset.Legend>
        <Fieldset.Description>{t('committee.declaration.help')}</Fieldset.Description>
        <Radio
          id={`${base}-no`}
          name={`${base}-choice`}
          label={t('committee.declaration.answerNo')}
          value="no"
          checked={choice === 'no'}
          onChange={() => {
            setChoice('no');
            setMissing(false);
          }}
          aria-invalid={missing || undefined}
        />
        <Radio
          id={`${base}-yes`}
          name={`${base}-choice`}
          label={t('committee.declaration.answerYes')}
          value="yes"
          checked={choice === 'yes'}
          onChange={() => {
            setChoice('yes');
            setMissing(false);
          }}
          aria-invalid={missing || undefined}
        />
        {missing && <ValidationMessage>{t('committee.declaration.required')}</ValidationMessage>}
      </Fieldset>
      {choice === 'yes' && (
        <>
          <Paragraph data-size="sm">{t('committee.declaration.final')}</Paragraph>
          {reasonField}
        </>
      )}
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      <div>
        <Button type="submit" disabled={busy} aria-busy={busy || undefined} data-testid="declaration-save">
          {t('committee.declaration.save')}
          <span className="visually-hidden"> – {title}</span>
        </Button>
      </div>
    </form>
  );
}
