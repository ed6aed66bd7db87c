import {
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { COMMENT_MAX, EXPERT_CRITERIA } from '../../../../../shared/domain/review.ts';
import { ApiError } from '../../../app/api.ts';
import { ErrorList, type ErrorItem } from '../../../app/ErrorList.tsx';
import { formatOsloTime } from '../../../app/format.ts';
import { isOpen, problemOf, useReview } from '../context.tsx';
import { useReviewI18n } from '../i18n.ts';
import type { ExpertAssessment, ExpertCriterion, ReviewDetail } from '../types.ts';
import { assessmentFieldId, commentId, RECOMMENDATION_ID, scoreId } from './fields.ts';
import { useCounter } from '../../../app/counter.ts';
import { SaveRow } from '../SaveRow.tsx';

export const SCORES = [1, 2, 3, 4, 5] as const;
type Recommendation = ExpertAssessment['recommendation'];

/**
 * The member's own assessment (every member, chair included): how the measures fit the chosen
 * activity areas, anchoring and sustainability — each a score on the labelled 1–5 scale with a
 * comment — and a recommendation. Saving again replaces it until the stage is finalised.
 */
export function AssessmentForm({ detail, onSaved }: { detail: ReviewDetail; onSaved(): Promise<void> }) {
  const counter = useCounter();
  const { t, locale } = useReviewI18n();
  const { client, context } = useReview();
  const mine = (detail.mine ?? null) as ExpertAssessment | null;
  const [scores, setScores] = useState<Partial<Record<ExpertCriterion, number>>>(() =>
    Object.fromEntries(EXPERT_CRITERIA.map((c) => [c, mine?.[c].score])),
  );
  const [comments, setComments] = useState<Record<ExpertCriterion, string>>(
    () =>
      Object.fromEntries(EXPERT_CRITERIA.map((c) => [c, mine?.[c].comment ?? ''])) as Record<
        ExpertCriterion,
        string
      >,
  );
  const [recommendation, setRecommendation] = useState<Recommendation | undefined>(mine?.recommendation);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState(
    mine ? t('committee.assessment.savedAt', { time: formatOsloTime(mine.updatedAt, locale) }) : '',
  );
  const readOnly = !isOpen(context);
  const errorOf = (id: string) => errors.find((error) => error.target === id)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: ErrorItem[] = [
      ...EXPERT_CRITERIA.filter((c) => !scores[c]).map((c) => ({
        target: scoreId(c),
        message: t('committee.assessment.scoreRequired', { criterion: t(`committee.criterion.${c}.short`) }),
      })),
      ...(recommendation
        ? []
        : [{ target: RECOMMENDATION_ID, message: t('committee.assessment.recommendationRequired') }]),
    ];
    setErrors(missing);
    if (missing.length > 0) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await client.assess(detail.application.applicationId, {
        ...(Object.fromEntries(
          EXPERT_CRITERIA.map((c) => [c, { score: scores[c]!, comment: comments[c].trim() }]),
        ) as Record<ExpertCriterion, { score: number; comment: string }>),
        recommendation: recommendation!,
      });
      setStatus(t('committee.assessment.savedAt', { time: formatOsloTime(new Date(), locale) }));
      await onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setErrors(
          error.fields.map((field) => ({ target: assessmentFieldId(field.path), message: field.message })),
        );
      } else {
        setProblem(problemOf(error, t));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="form-stack assessment"
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid="assessment-form"
    >
      <Heading level={3} data-size="sm">
        {t('committee.assessment.heading')}
      </Heading>
      <Paragraph>{t('committee.assessment.intro')}</Paragraph>
      <ErrorList heading={t('errors.heading')} items={errors} />
      {EXPERT_CRITERIA.map((criterion) => {
        const error = errorOf(scoreId(criterion));
        return (
          <Fieldset key={criterion} className="criterion" disabled={readOnly}>
            <Fieldset.Legend>{t(`committee.criterion.${criterion}`)}</Fieldset.Legend>
            <Fieldset.Description>{t(`committee.criterion.${criterion}.help`)}</Fieldset.Description>
            <div className="score-scale">
              {SCORES.map((score) => (
                <Radio
                  key={score}
                  id={score === 1 ? scoreId(criterion) : `${scoreId(criterion)}-${score}`}
                  name={scoreId(criterion)}
                  value={String(score)}
                  label={t(`committee.score.${score}`)}
                  checked={scores[criterion] === score}
                  onChange={() => setScores((current) => ({ ...current, [criterion]: score }))}
                  aria-invalid={Boolean(error) || undefined}
                />
              ))}
            </div>
            {error && <ValidationMessage>{error}</ValidationMessage>}
            <Textfield
              id={commentId(criterion)}
              label={t('committee.assessment.comment', {
                criterion: t(`committee.criterion.${criterion}.short`),
              })}
              multiline
              rows={3}
              counter={counter(COMMENT_MAX)}
              value={comments[criterion]}
              readOnly={readOnly}
              error={errorOf(commentId(criterion))}
              onChange={(event) =>
                setComments((current) => ({ ...current, [criterion]: event.target.value }))
              }
            />
          </Fieldset>
        );
      })}
      <Fieldset disabled={readOnly}>
        <Fieldset.Legend>{t('committee.recommendation')}</Fieldset.Legend>
        <Fieldset.Description>{t('committee.recommendation.help')}</Fieldset.Description>
        {(['qualified', 'notQualified'] as const).map((value) => (
          <Radio
            key={value}
            id={value === 'qualified' ? RECOMMENDATION_ID : `${RECOMMENDATION_ID}-${value}`}
            name={RECOMMENDATION_ID}
            value={value}
            label={t(`committee.recommendation.${value}`)}
            checked={recommendation === value}
            onChange={() => setRecommendation(value)}
            aria-invalid={Boolean(errorOf(RECOMMENDATION_ID)) || undefined}
          />
        ))}
        {errorOf(RECOMMENDATION_ID) && <ValidationMessage>{errorOf(RECOMMENDATION_ID)}</ValidationMessage>}
      </Fieldset>
      <SaveRow
        problem={problem}
        busy={busy}
        status={status}
        readOnly={readOnly}
        data-testid="assessment-save"
      >
        {t('committee.assessment.save')}
      </SaveRow>
    </form>
  );
}
