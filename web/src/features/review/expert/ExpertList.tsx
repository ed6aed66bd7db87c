import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Loading } from '../../../app/Page.tsx';
import { formatNok } from '../../../app/format.ts';
import { Link } from '../../../app/router.tsx';
import { ListEnd } from '../FinaliseSection.tsx';
import { isChairOrDeputy, problemOf, useReview, useReviewList } from '../context.tsx';
import { DeclarationTag, ReviewHeader } from '../frame.tsx';
import { titleOf, useLabels } from '../labels.ts';
import { ScrollTable } from '../ScrollTable.tsx';
import { useReviewI18n } from '../i18n.ts';
import type { ExpertAssessment, ExpertProposal } from '../types.ts';
import { useScoreFormat } from './ChairPanel.tsx';
import { reviewRoute } from '../routes.ts';

const CRITERIA = ['activityAreaFit', 'anchoring', 'sustainability'] as const;

/**
 * The expert committee's list: every submitted application with the member's own declaration
 * and recommendation; for the chair (and deputy) the averages of every member's assessment and
 * the committee's outcome so far, and the step that finalises the stage.
 */
export function ExpertList() {
  const { t } = useReviewI18n();
  const { context } = useReview();
  const { list, error, reload } = useReviewList();
  const labels = useLabels();
  const score = useScoreFormat();
  const chair = isChairOrDeputy(context);

  if (error && !list) return <Alert data-color="danger">{problemOf(error, t)}</Alert>;
  if (!list) return <Loading />;
  const rows = list.applications;
  const assessed = rows.filter((row) => row.mine).length;
  const decided = rows.filter((row) => row.proposal).length;
  const blockers = rows
    .filter((row) => !row.declaration || (!row.declaration.conflicted && !row.proposal))
    .map((row) =>
      t(row.declaration ? 'committee.blocker.outcome' : 'committee.blocker.declare', {
        title: titleOf(row, t),
      }),
    );

  return (
    <>
      <ReviewHeader intro="committee.intro.expert" />
      <Paragraph data-testid="progress">
        {t('committee.progress.assessed', { done: assessed, count: rows.length })}
        {chair && ` ${t('committee.progress.decided', { done: decided, total: rows.length })}`}
      </Paragraph>
      <section aria-labelledby="list-heading" className="spaced">
        <Heading level={2} data-size="sm" id="list-heading">
          {t('committee.list.heading.expert', { count: rows.length })}
        </Heading>
        {rows.length === 0 ? (
          <Paragraph>{t('committee.list.empty')}</Paragraph>
        ) : (
          <ScrollTable labelledBy="list-heading">
            <Table data-size="sm" className="review-table expert-table" data-testid="expert-table">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell rowSpan={chair ? 2 : 1}>
                    {t('committee.col.application')}
                  </Table.HeaderCell>
                  <Table.HeaderCell rowSpan={chair ? 2 : 1}>{t('committee.col.areas')}</Table.HeaderCell>
                  <Table.HeaderCell rowSpan={chair ? 2 : 1} className="amount">
                    {t('committee.col.requested')}
                  </Table.HeaderCell>
                  <Table.HeaderCell rowSpan={chair ? 2 : 1}>{t('committee.col.you')}</Table.HeaderCell>
                  {chair && (
                    <Table.HeaderCell colSpan={3} scope="colgroup">
                      {t('committee.col.averages')}
                    </Table.HeaderCell>
                  )}
                  {chair && (
                    <Table.HeaderCell rowSpan={2}>{t('committee.col.recommendations')}</Table.HeaderCell>
                  )}
                  {chair && <Table.HeaderCell rowSpan={2}>{t('committee.col.outcome')}</Table.HeaderCell>}
                </Table.Row>
                {chair && (
                  <Table.Row>
                    {CRITERIA.map((criterion) => (
                      <Table.HeaderCell key={criterion} className="amount">
                        {t(`committee.criterion.${criterion}.short`)}
                      </Table.HeaderCell>
                    ))}
                  </Table.Row>
                )}
              </Table.Head>
              <Table.Body>
                {rows.map((row) => {
                  const mine = row.mine as ExpertAssessment | null;
                  const proposal = row.proposal as ExpertProposal | null;
                  return (
                    <Table.Row key={row.applicationId} data-application={row.applicationId}>
                      <Table.Cell>
                        <div className="cell-stack">
                          <Link
                            to={reviewRoute.path({ committee: 'expert', applicationId: row.applicationId })}
                          >
                            {titleOf(row, t)}
                          </Link>
                          <span>{labels.municipality(row.leadMunicipality)}</span>
                          <span className="muted">{row.receiptNumber}</span>
                        </div>
                      </Table.Cell>
                      <Table.Cell>
                        <ul className="plain-list">
                          {row.activityAreas.map((code) => (
                            <li key={code}>
                              <span aria-hidden="true">{code}</span>
                              <span className="visually-hidden">{labels.area(code)}</span>
                            </li>
                          ))}
                        </ul>
                      </Table.Cell>
                      <Table.Cell className="amount">{formatNok(row.requested.total)}</Table.Cell>
                      <Table.Cell>
                        <div className="cell-stack">
                          <DeclarationTag declaration={row.declaration} />
                          {mine && <span>{t(`committee.recommendation.${mine.recommendation}`)}</span>}
                        </div>
                      </Table.Cell>
                      {chair &&
                        CRITERIA.map((criterion) => (
                          <Table.Cell key={criterion} className="amount">
                            {score(row.assessments?.averages[criterion])}
                          </Table.Cell>
                        ))}
                      {chair && (
                        <Table.Cell>
                          {row.assessments
                            ? t('committee.recommendations', {
                                qualified: row.assessments.recommendations.qualified,
                                notQualified: row.assessments.recommendations.notQualified,
                              })
                            : '–'}
                        </Table.Cell>
                      )}
                      {chair && (
                        <Table.Cell data-testid="row-outcome">
                          {proposal
                            ? t(
                                proposal.qualified
                                  ? 'committee.outcome.qualified'
                                  : 'committee.outcome.notQualified',
                              )
                            : row.declaration?.conflicted
                              ? t('committee.outcome.byDeputy')
                              : '–'}
                        </Table.Cell>
                      )}
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </ScrollTable>
        )}
      </section>
      <ListEnd list={list} blockers={blockers} onFinalised={reload} />
    </>
  );
}
