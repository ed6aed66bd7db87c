/**
 * /grant/:applicationId — an award after its announcement (ADR 102): the amounts per school
 * year, the conditions, the deadline; accept or decline (each behind a confirmation dialog);
 * then the report on each school year, with its due date and state. Lazy-loaded.
 */
import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { formatDate, formatDateTime, formatNok, inSentence } from '../../app/format.ts';
import { useText } from '../../app/i18n.tsx';
import { LiveRegion, LoadFailure, Loading, PageHeading } from '../../app/Page.tsx';
import { useResource } from '../../app/resource.ts';
import { Link } from '../../app/router.tsx';
import { getSession } from '../application/session.ts';
import { grantApi } from './api.ts';
import { ConfirmedAction } from '../../app/ConfirmedAction.tsx';
import { reportRoute } from './routes.ts';
import { grantText } from './text.ts';

export default function GrantPage({ applicationId }: { applicationId: string }) {
  const { t, locale } = useText(grantText);
  const session = getSession(applicationId);
  const api = session && grantApi(applicationId, session.accessToken);
  const grant = useResource(`grant:${applicationId}:${locale}`, async (signal) => api?.get(locale, signal));
  const [said, setSaid] = useState('');

  if (!api) {
    return (
      <>
        <PageHeading title={t('grant.title')} />
        <Alert data-color="warning">{t('report.noSession')}</Alert>
      </>
    );
  }
  if (!grant.data && grant.error) return <LoadFailure error={grant.error} retry={grant.reload} />;
  if (!grant.data) return <Loading />;
  const view = grant.data;
  const answered = view.answer;
  const done = (message: string) => {
    setSaid(message);
    void grant.reload();
  };

  return (
    <>
      <PageHeading title={`${t('grant.title')}: ${view.title}`} />
      <LiveRegion message={said} />
      {!answered && (
        <Paragraph data-testid="grant-intro">
          {t('grant.intro', { title: view.title, deadline: formatDateTime(view.acceptBy, locale) })}
        </Paragraph>
      )}
      {answered && (
        <Alert data-color={answered.status === 'ACCEPTED' ? 'success' : 'info'} data-testid="grant-answer">
          {answered.status === 'LAPSED' || answered.by.role === 'workflow'
            ? t('grant.answer.LAPSED')
            : t(`grant.answer.${answered.status}`, {
                at: formatDateTime(answered.at, locale),
                by: t(`grant.answer.by.${answered.by.role}`),
              })}
        </Alert>
      )}
      <section aria-labelledby="grant-amounts" className="spaced">
        <Heading level={2} data-size="md" id="grant-amounts">
          {t('grant.amounts')}
        </Heading>
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('grant.schoolYear')}</Table.HeaderCell>
              <Table.HeaderCell>{t('grant.amount')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {view.years.map((year) => (
              <Table.Row key={year.schoolYear}>
                <Table.Cell>{year.label[locale]}</Table.Cell>
                <Table.Cell>{formatNok(year.amount)}</Table.Cell>
              </Table.Row>
            ))}
            <Table.Row>
              <Table.Cell>{t('grant.total')}</Table.Cell>
              <Table.Cell>{formatNok(view.total)}</Table.Cell>
            </Table.Row>
          </Table.Body>
        </Table>
      </section>
      <section aria-labelledby="grant-conditions" className="spaced">
        <Heading level={2} data-size="md" id="grant-conditions">
          {t('grant.conditions')}
        </Heading>
        <ol data-testid="grant-conditions">
          {view.conditions.map((condition) => (
            <li key={condition.nb}>{condition[locale]}</li>
          ))}
        </ol>
      </section>
      {!answered && (
        <div className="spaced" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
          <ConfirmedAction
            label={t('grant.accept')}
            heading={t('grant.accept.heading')}
            body={t('grant.accept.body')}
            testId="grant-accept"
            perform={() => api.accept(locale)}
            onDone={() => done(t('grant.done.ACCEPTED'))}
          />
          <ConfirmedAction
            label={t('grant.decline')}
            heading={t('grant.decline.heading')}
            body={t('grant.decline.body')}
            testId="grant-decline"
            color="danger"
            variant="secondary"
            perform={() => api.decline(locale)}
            onDone={() => done(t('grant.done.DECLINED'))}
          />
        </div>
      )}
      {answered?.status === 'ACCEPTED' && (
        <section aria-labelledby="grant-reports" className="spaced">
          <Heading level={2} data-size="md" id="grant-reports">
            {t('grant.reports')}
          </Heading>
          <ul data-testid="grant-reports">
            {view.years.map((year) => (
              <li key={year.schoolYear}>
                <Link to={reportRoute.path({ applicationId, schoolYear: year.schoolYear })}>
                  {t('grant.openReport', { year: inSentence(year.label[locale]) })}
                </Link>{' '}
                – {t('grant.reportDue', { date: formatDate(year.reportDue, locale) })} –{' '}
                <span data-testid={`report-status-${year.schoolYear}`}>
                  {t(`report.status.${year.reportStatus}`)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
