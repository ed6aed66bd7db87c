import {
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Table,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { EXPERT_CRITERIA, REASON_MAX } from '../../../../../shared/domain/review.ts';
import { formatNumber } from '../../../app/format.ts';
import { isChairOrDeputy, isOpen, problemOf, useReview } from '../context.tsx';
import { SavedAt } from '../frame.tsx';
import { ScrollTable } from '../ScrollTable.tsx';
import { useReviewI18n } from '../i18n.ts';
import type { ExpertProposal, ReviewDetail } from '../types.ts';
import { useCounter } from '../../../app/counter.ts';
import { SaveRow } from '../SaveRow.tsx';

export function useScoreFormat() {
  const { locale } = useReviewI18n();
  return (value: number | undefined) => (value === undefined ? '–' : formatNumber(value, locale, 1));
}

/**
 * Every member's assessment side by side with the averages — for an expert member once they
 * have saved their own (ADR 090) — and, for the chair (and the deputy, who acts where the chair
 * declared a conflict), the committee's outcome with its reason.
 */
export function ChairPanel({ detail, onSaved }: { detail: ReviewDetail; onSaved(): Promise<void> }) {
  const counter = useCounter();
  const { t } = useReviewI18n();
  const { client, context } = useReview();
  const score = useScoreFormat();
  const proposal = (detail.proposal ?? null) as ExpertProposal | null;
  const [qualified, setQualified] = useState<boolean | undefined>(proposal?.qualified);
  const [reason, setReason] = useState(proposal?.reason ?? '');
  const [errors, setErrors] = useState<{ qualified?: string; reason?: string }>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState('');
  // Every member once they have given their own assessment (ADR 090); the chair and deputy always.
  if (!detail.assessments) return null;
  const chair = isChairOrDeputy(context);
  const assessments = detail.assessments;
  const averages = detail.averages;
  const readOnly = !isOpen(context);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = {
      qualified: qualified === undefined ? t('committee.outcome.required') : undefined,
      // Required for not qualified only, as the API's expertOutcomeSchema.
      reason: qualified === false && !reason.trim() ? t('committee.outcome.reasonRequired') : undefined,
    };
    setErrors(next);
    if (next.qualified || next.reason) {
      document.getElementById(next.qualified ? 'outcome-qualified' : 'outcome-reason')?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await client.setOutcome(detail.application.applicationId, {
        qualified: qualified!,
        reason: reason.trim(),
      });
      setStatus(t('committee.outcome.saved'));
      await onSaved();
    } catch (error) {
      setProblem(problemOf(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="chair-panel">
      <Heading level={3} data-size="sm" className="spaced">
        {t('committee.sideBySide.heading')}
      </Heading>
      {(detail.standAside?.length ?? 0) > 0 && (
        <Paragraph data-size="sm">
          {t('committee.standAside', { count: detail.standAside!.length })}
        </Paragraph>
      )}
      {assessments.length === 0 ? (
        <Paragraph>{t('committee.sideBySide.none')}</Paragraph>
      ) : (
        <ScrollTable
          labelledBy="side-by-side-caption"
          caption={t('committee.sideBySide.caption', { count: assessments.length })}
        >
          <Table
            data-size="sm"
            className="side-by-side"
            data-testid="side-by-side"
            aria-labelledby="side-by-side-caption"
          >
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('committee.criterion')}</Table.HeaderCell>
                {assessments.map((assessment) => (
                  <Table.HeaderCell key={assessment.memberId}>{assessment.memberName}</Table.HeaderCell>
                ))}
                <Table.HeaderCell className="amount">{t('committee.average')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {EXPERT_CRITERIA.map((criterion) => (
                <Table.Row key={criterion}>
                  <Table.HeaderCell scope="row">
                    {t(`committee.criterion.${criterion}.short`)}
                  </Table.HeaderCell>
                  {assessments.map((assessment) => (
                    <Table.Cell key={assessment.memberId}>
                      <strong>
                        {t(`committee.score.${assessment[criterion].score as 1 | 2 | 3 | 4 | 5}`)}
                      </strong>
                      {assessment[criterion].comment && (
                        <span className="prewrap cell-comment">{assessment[criterion].comment}</span>
                      )}
                    </Table.Cell>
                  ))}
                  <Table.Cell className="amount">
                    <strong>{score(averages?.averages[criterion])}</strong>
                  </Table.Cell>
                </Table.Row>
              ))}
              <Table.Row>
                <Table.HeaderCell scope="row">{t('committee.recommendation')}</Table.HeaderCell>
                {assessments.map((assessment) => (
                  <Table.Cell key={assessment.memberId}>
                    {t(`committee.recommendation.${assessment.recommendation}`)}
                  </Table.Cell>
                ))}
                <Table.Cell className="amount">
                  {t('committee.recommendations', {
                    qualified: averages?.recommendations.qualified ?? 0,
                    notQualified: averages?.recommendations.notQualified ?? 0,
                  })}
                </Table.Cell>
              </Table.Row>
            </Table.Body>
          </Table>
        </ScrollTable>
      )}

      {chair && (
        <form
          className="form-stack spaced"
          onSubmit={(event) => void submit(event)}
          noValidate
          data-testid="outcome-form"
        >
          <Heading level={3} data-size="sm">
            {t('committee.outcome.heading')}
          </Heading>
          {context.member.role === 'deputy' && (
            <Paragraph data-size="sm" className="muted">
              {t('committee.deputyNote')}
            </Paragraph>
          )}
          {proposal && (
            <Paragraph data-testid="outcome-current">
              {t('committee.outcome.current', {
                outcome: t(
                  proposal.qualified ? 'committee.outcome.qualified' : 'committee.outcome.notQualified',
                ),
              })}
              <SavedAt at={proposal.setAt} />
            </Paragraph>
          )}
          <Fieldset disabled={readOnly}>
            <Fieldset.Legend>{t('committee.outcome.question')}</Fieldset.Legend>
            {([true, false] as const).map((value) => (
              <Radio
                key={String(value)}
                id={value ? 'outcome-qualified' : 'outcome-not-qualified'}
                name="outcome-qualified"
                value={String(value)}
                label={t(value ? 'committee.outcome.qualified' : 'committee.outcome.notQualified')}
                checked={qualified === value}
                onChange={() => setQualified(value)}
                aria-invalid={Boolean(errors.qualified) || undefined}
              />
            ))}
            {errors.qualified && <ValidationMessage>{errors.qualified}</ValidationMessage>}
          </Fieldset>
          <Textfield
            id="outcome-reason"
            // Required for not qualified (expertOutcomeSchema): marked so then; optional for qualified.
            label={
              qualified === false ? (
                <>
                  {t('committee.outcome.reason')}{' '}
                  <Tag data-size="sm" data-color="warning" data-testid="outcome-reason-required">
                    {t('form.required')}
                  </Tag>
                </>
              ) : qualified === true ? (
                `${t('committee.outcome.reason')} (${t('form.optional')})`
              ) : (
                t('committee.outcome.reason')
              )
            }
            required={qualified === false}
            description={t('committee.outcome.reasonHelp')}
            multiline
            rows={3}
            counter={counter(REASON_MAX)}
            value={reason}
            readOnly={readOnly}
            error={errors.reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <SaveRow
            problem={problem}
            busy={busy}
            status={status}
            readOnly={readOnly}
            data-testid="outcome-save"
          >
            {t('committee.outcome.save')}
          </SaveRow>
        </form>
      )}
    </div>
  );
}
