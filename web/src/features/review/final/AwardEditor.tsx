import {
  Alert,
  Button,
  Fieldset,
  Radio,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { REASON_MAX } from '../../../../../shared/domain/review.ts';
import { ApiError } from '../../../app/api.ts';
import { formatNok } from '../../../app/format.ts';
import { problemOf, useReview } from '../context.tsx';
import { useReviewI18n } from '../i18n.ts';
import type { FinalProposal, ReviewRow } from '../types.ts';
import {
  draftIssues,
  outcomeBody,
  reducesRequest,
  requestedAmounts,
  sameAsSaved,
  type AwardDraft,
} from './figures.ts';
import { useCounter } from '../../../app/counter.ts';
import { AmountFields } from './AmountFields.tsx';

/**
 * The chair's decision on one application: an award per school year (at most the amount
 * requested; 0 leaves a year unfunded) or a rejection with a reason. The draft lives in the
 * list, so the budget meter and the indicators follow every keystroke; saving posts it.
 */
export function AwardEditor({
  row,
  title,
  draft,
  onChange,
  onSaved,
}: {
  row: ReviewRow;
  title: string;
  draft: AwardDraft;
  onChange(draft: AwardDraft): void;
  onSaved(message: string): Promise<void>;
}) {
  const counter = useCounter();
  const { t } = useReviewI18n();
  const { client } = useReview();
  const base = useId();
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const proposal = row.proposal as FinalProposal | null;
  const issues = draftIssues(row, draft);
  const unsaved = !sameAsSaved(draft, proposal);
  const amountId = (schoolYear: string) => `${base}-amount-${schoolYear}`;

  const errorFor = (field: 'decision' | 'reason' | 'total' | string): string | undefined => {
    if (serverErrors[field]) return serverErrors[field];
    if (!attempted) return undefined;
    if (field === 'decision' && issues.some((issue) => issue.field === 'decision'))
      return t('committee.award.required');
    if (field === 'reason' && issues.some((issue) => issue.field === 'reason'))
      return t('committee.award.reasonRequired');
    if (field === 'total' && issues.some((issue) => issue.field === 'total'))
      return t('committee.award.totalZero');
    const amount = issues.find((issue) => issue.field === 'amount' && issue.schoolYear === field);
    return amount && amount.field === 'amount'
      ? t('committee.award.amountInvalid', { max: formatNok(amount.max) })
      : undefined;
  };

  async function save() {
    setAttempted(true);
    setServerErrors({});
    setProblem(undefined);
    if (issues.length > 0) {
      const first = issues[0]!;
      document
        .getElementById(
          first.field === 'amount'
            ? amountId(first.schoolYear)
            : first.field === 'reason'
              ? `${base}-reason`
              : first.field === 'total'
                ? amountId(row.requested.perSchoolYear[0]!.schoolYear)
                : `${base}-award`,
        )
        ?.focus();
      return;
    }
    setBusy(true);
    try {
      await client.setOutcome(row.applicationId, outcomeBody(row, draft));
      setAttempted(false);
      await onSaved(t('committee.award.saved', { title }));
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setServerErrors(
          Object.fromEntries(
            error.fields.map((field) => [
              field.path.startsWith('amounts.')
                ? field.path.slice('amounts.'.length)
                : field.path === 'amounts'
                  ? 'total'
                  : field.path,
              field.message,
            ]),
          ),
        );
      } else {
        setProblem(problemOf(error, t));
      }
    } finally {
      setBusy(false);
    }
  }

  const choose = (decision: 'award' | 'decline') =>
    onChange({
      ...draft,
      decision,
      amounts:
        decision === 'award' && Object.keys(draft.amounts).length === 0
          ? requestedAmounts(row)
          : draft.amounts,
    });
  const decisionError = errorFor('decision');

  return (
    <div className="form-stack award-editor" data-testid="award-editor">
      <Fieldset>
        <Fieldset.Legend>
          {t('committee.award.question')}
          <span className="visually-hidden"> – {title}</span>
        </Fieldset.Legend>
        <div className="score-scale">
          <Radio
            id={`${base}-award`}
            name={`${base}-decision`}
            value="award"
            label={t('committee.award.award')}
            checked={draft.decision === 'award'}
            onChange={() => choose('award')}
            aria-invalid={Boolean(decisionError) || undefined}
          />
          <Radio
            id={`${base}-decline`}
            name={`${base}-decision`}
            value="decline"
            label={t('committee.award.decline')}
            checked={draft.decision === 'decline'}
            onChange={() => choose('decline')}
            aria-invalid={Boolean(decisionError) || undefined}
          />
        </div>
        {decisionError && <ValidationMessage>{decisionError}</ValidationMessage>}
      </Fieldset>
      {draft.decision === 'award' && (
        <div className="amount-grid">
          <AmountFields
            requested={row.requested.perSchoolYear}
            amounts={draft.amounts}
            idOf={amountId}
            errorOf={errorFor}
            onChange={(schoolYear, value) =>
              onChange({ ...draft, amounts: { ...draft.amounts, [schoolYear]: value } })
            }
          />
          {errorFor('total') && <ValidationMessage>{errorFor('total')}</ValidationMessage>}
        </div>
      )}
      {(draft.decision === 'decline' || reducesRequest(row, draft)) && (
        <Textfield
          id={`${base}-reason`}
          label={t(draft.decision === 'decline' ? 'committee.award.reason' : 'committee.award.reducedReason')}
          description={t('committee.award.reasonHelp')}
          multiline
          rows={3}
          counter={counter(REASON_MAX)}
          value={draft.reason}
          error={errorFor('reason')}
          onChange={(event) => onChange({ ...draft, reason: event.target.value })}
        />
      )}
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      <div className="row-actions">
        <Button
          variant={unsaved ? 'primary' : 'secondary'}
          data-testid="award-save"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={() => void save()}
        >
          {t('committee.award.save')}
          <span className="visually-hidden"> – {title}</span>
        </Button>
        {unsaved && draft.decision ? (
          <Tag data-color="warning" data-size="sm">
            {t('committee.award.unsaved')}
          </Tag>
        ) : null}
      </div>
    </div>
  );
}

/** The saved decision in words. */
export function SavedDecision({ proposal }: { proposal: FinalProposal | null }) {
  const { t } = useReviewI18n();
  if (!proposal) return <span className="muted">{t('committee.award.current.none')}</span>;
  return (
    <span data-testid="saved-decision">
      {proposal.awarded
        ? t('committee.award.current.awarded', { amount: formatNok(proposal.total) })
        : t('committee.award.current.declined', { reason: proposal.reason })}
    </span>
  );
}
