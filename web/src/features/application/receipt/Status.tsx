/**
 * Where a submitted application stands, as the applicant may know it (ADR 066): in review
 * until the announcement date — never which committee has it, nor what it decided — then the
 * outcome: the award per school year (beside what was asked, and why it was reduced), or the
 * reason for a decline or for not qualifying.
 */
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { budgetSummary } from '../../../../../shared/domain/application.ts';
import type { RoundView } from '../../rounds/rounds.ts';
import type { ApplicationView } from '../types.ts';
import { formatDate, formatNok } from '../../../app/format.ts';
import { useText } from '../../../app/i18n.tsx';
import { Link } from '../../../app/router.tsx';
import { grantRoute } from '../../grant/routes.ts';
import { grantText } from '../../grant/text.ts';
import { formText, type FormKey } from '../text.ts';

const STAGE_LABEL: Record<ApplicationView['stage'], FormKey> = {
  DRAFT: 'stage.DRAFT',
  IN_REVIEW: 'stage.IN_REVIEW',
  ANNOUNCED: 'stage.ANNOUNCED',
  WITHDRAWN: 'stage.WITHDRAWN',
};

/** The stage's name, for the receipt's facts. */
export function StageLabel({ view }: { view: ApplicationView }) {
  const { t } = useText(formText);
  return <>{t(STAGE_LABEL[view.stage])}</>;
}

/** What happens next (in review) or what happened (announced), with the announcement date. */
export function StatusNote({ view, round }: { view: ApplicationView; round: RoundView }) {
  const { t, locale } = useText(formText);
  const { t: grantT } = useText(grantText);
  const date = formatDate(view.announcementDate, locale);
  if (view.stage === 'IN_REVIEW') {
    return <Paragraph data-testid="status-note">{t('status.inReview', { date })}</Paragraph>;
  }
  if (view.stage !== 'ANNOUNCED') return null;
  const outcome = view.outcome;
  const schoolYear = (id: string) => round.schoolYears.find((year) => year.id === id)?.label[locale] ?? id;
  // What was asked per school year, beside what was awarded (a reduced award says so).
  const requested = new Map(
    budgetSummary(view.draft?.budget).perSchoolYear.map((year) => [year.schoolYear, year.requested]),
  );
  return (
    <>
      <Paragraph data-testid="status-note">{t('status.announced', { date })}</Paragraph>
      {outcome && (
        <Alert
          data-testid="outcome"
          data-color={outcome.result === 'AWARDED' ? 'success' : 'info'}
          className="spaced"
        >
          <Heading level={2} data-size="xs">
            {t(`outcome.${outcome.result}`)}
          </Heading>
          {outcome.result === 'AWARDED' ? (
            <>
              <Paragraph>{t('outcome.total', { amount: formatNok(outcome.total ?? 0) })}</Paragraph>
              <ul>
                {Object.entries(outcome.amounts ?? {}).map(([id, amount]) => {
                  const asked = requested.get(id);
                  return (
                    <li key={id}>
                      {schoolYear(id)}: {formatNok(amount)}
                      {asked !== undefined && asked !== amount && (
                        <> {t('outcome.requested', { amount: formatNok(asked) })}</>
                      )}
                    </li>
                  );
                })}
              </ul>
              {outcome.reason && (
                <Paragraph data-testid="outcome-reduced">
                  {t('outcome.reduced', { reason: outcome.reason })}
                </Paragraph>
              )}
              <Paragraph>
                <Link to={grantRoute.path({ applicationId: view.applicationId })} data-testid="grant-link">
                  {grantT('grant.link')}
                </Link>
              </Paragraph>
            </>
          ) : (
            outcome.reason && <Paragraph>{t('outcome.reason', { reason: outcome.reason })}</Paragraph>
          )}
        </Alert>
      )}
    </>
  );
}
