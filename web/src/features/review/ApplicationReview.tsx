import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { ApplicationSummary } from '../application/Summary.tsx';
import { Loading, PageHeading } from '../../app/Page.tsx';
import { fileSize, formatDateTime, formatNok } from '../../app/format.ts';
import { Link } from '../../app/router.tsx';
import { problemOf, useReview } from './context.tsx';
import { committeeTitle } from './frame.tsx';
import { useLabels } from './labels.ts';
import { DeclarationForm } from './DeclarationForm.tsx';
import { Discussion } from './discussion/Discussion.tsx';
import { AssessmentForm } from './expert/AssessmentForm.tsx';
import { ChairPanel } from './expert/ChairPanel.tsx';
import { FinalPanel } from './final/FinalPanel.tsx';
import { GeographicPanel } from './geographic/GeographicPanel.tsx';
import { useReviewI18n } from './i18n.ts';
import { useResource } from '../../app/resource.ts';
import { reviewRoute } from './routes.ts';
import { ScrollTable } from './ScrollTable.tsx';

/**
 * One application of the committee's stage, in full with its attachments (presigned links,
 * five minutes), the member's declaration first, then the committee's form and discussion —
 * which the API sends only after the member has declared no conflict of interest.
 */
export function ApplicationReview({ applicationId }: { applicationId: string }) {
  const { t, locale } = useReviewI18n();
  const { client, committee, context, sessionKey } = useReview();
  const labels = useLabels();
  const loaded = useResource(`review-detail:${sessionKey}:${applicationId}`, (signal) =>
    client.detail(applicationId, signal),
  );
  const detail = loaded.data;
  const load = loaded.reload;

  const back = (
    <Paragraph className="no-print">
      <Link to={reviewRoute.path({ committee })}>
        {t('committee.backToList', { committee: t(committeeTitle(committee)) })}
      </Link>
    </Paragraph>
  );
  if (loaded.error !== undefined && !detail)
    return (
      <>
        {back}
        <PageHeading title={t('committee.application.unavailable')} />
        <Alert data-color="danger">{problemOf(loaded.error, t)}</Alert>
      </>
    );
  if (!detail) return <Loading />;

  const { application, declaration } = detail;
  const title = application.title || t('form.untitled');
  const open = declaration !== null && !declaration.conflicted;
  // The attachments the committee sees are the accepted ones of the submission (ADR 060).
  const attachments = detail.attachments.map((attachment) => ({
    ...attachment,
    status: 'ACCEPTED' as const,
  }));

  return (
    <article className="review-application">
      {back}
      <PageHeading title={title} />
      <dl className="receipt-facts">
        <div>
          <dt>{t('receipt.number')}</dt>
          <dd>{application.receiptNumber}</dd>
        </div>
        <div>
          <dt>{t('receipt.submittedAt')}</dt>
          <dd>{application.submittedAt ? formatDateTime(application.submittedAt, locale) : '–'}</dd>
        </div>
        <div>
          <dt>{t('field.leadMunicipality')}</dt>
          <dd>{labels.municipality(application.leadMunicipality)}</dd>
        </div>
        <div>
          <dt>{t('field.partnerMunicipalities')}</dt>
          <dd>{application.partnerMunicipalities.map(labels.municipality).join('; ') || '–'}</dd>
        </div>
        <div>
          <dt>{t('committee.requested')}</dt>
          <dd>
            {application.requested.perSchoolYear
              .map((year) => `${labels.schoolYear(year.schoolYear)}: ${formatNok(year.amount)}`)
              .join('; ')}{' '}
            ({t('committee.total')} {formatNok(application.requested.total)})
          </dd>
        </div>
      </dl>

      <section aria-labelledby="declaration-heading" className="review-box">
        <Heading level={2} data-size="sm" id="declaration-heading">
          {t('committee.declaration.heading')}
        </Heading>
        <DeclarationForm
          applicationId={application.applicationId}
          title={title}
          declaration={declaration}
          onDeclared={load}
        />
        {open && (
          <Paragraph data-size="sm" className="no-print">
            <a href="#committee-work" className="ds-link">
              {t(`committee.goToWork.${committee}`)}
            </a>
          </Paragraph>
        )}
      </section>

      {/* Wide screens: the committee's work beside the application, in its own scroll. */}
      <div className="review-split" data-work={open || undefined}>
        <div className="review-split__doc">
          <section aria-labelledby="application-heading" className="spaced">
            <Heading level={2} data-size="md" id="application-heading">
              {t('committee.application.heading')}
            </Heading>
            {/* The budget line by line: the committees weigh every cost line (issue 9, point 6). */}
            <ApplicationSummary
              draft={application.draft}
              round={context.round}
              attachments={attachments}
              budgetLines
              reader="committee"
            />
          </section>

          <section aria-labelledby="attachments-heading" className="spaced">
            <Heading level={2} data-size="sm" id="attachments-heading">
              {t('committee.attachments.heading')}
            </Heading>
            {detail.attachments.length === 0 ? (
              <Paragraph>{t('committee.attachments.none')}</Paragraph>
            ) : (
              <>
                <Paragraph data-size="sm" className="muted">
                  {t('committee.attachments.expiry')}
                </Paragraph>
                <ScrollTable labelledBy="attachments-heading">
                  <Table data-size="sm" className="attachments-table">
                    <Table.Head>
                      <Table.Row>
                        <Table.HeaderCell>{t('committee.attachments.file')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('committee.attachments.kind')}</Table.HeaderCell>
                        <Table.HeaderCell className="amount">
                          {t('committee.attachments.size')}
                        </Table.HeaderCell>
                      </Table.Row>
                    </Table.Head>
                    <Table.Body>
                      {detail.attachments.map((attachment) => {
                        const size = attachment.size ? fileSize(attachment.size, locale) : undefined;
                        return (
                          <Table.Row key={attachment.attachmentId}>
                            <Table.Cell className="file-name">
                              <a className="ds-link" href={attachment.url} target="_blank" rel="noreferrer">
                                {attachment.fileName}
                                <span className="visually-hidden"> {t('committee.attachments.newTab')}</span>
                              </a>
                            </Table.Cell>
                            <Table.Cell>
                              {t(
                                attachment.kind === 'letterOfIntent'
                                  ? 'att.kind.letterOfIntent'
                                  : 'att.kind.other',
                              )}
                            </Table.Cell>
                            <Table.Cell className="amount">
                              {size ? `${size.size} ${size.unit}` : '–'}
                            </Table.Cell>
                          </Table.Row>
                        );
                      })}
                    </Table.Body>
                  </Table>
                </ScrollTable>
              </>
            )}
          </section>
        </div>

        {open && (
          <section
            aria-labelledby="committee-work-heading"
            id="committee-work"
            className="spaced review-work review-split__work"
          >
            <Heading level={2} data-size="md" id="committee-work-heading" tabIndex={-1}>
              {t(`committee.work.heading.${committee}`)}
            </Heading>
            {committee === 'expert' && (
              <>
                <AssessmentForm detail={detail} onSaved={load} />
                <ChairPanel detail={detail} onSaved={load} />
              </>
            )}
            {committee === 'geographic' && <GeographicPanel detail={detail} onSaved={load} />}
            {committee === 'final' && <FinalPanel detail={detail} />}
            <Discussion detail={detail} />
          </section>
        )}
      </div>
    </article>
  );
}
