/**
 * /sekretariat/rapporter?round=<id> — the secretariat's page after the award (ADR 102, 103):
 * the round's awards with each answer (accepted, declined, not accepted by the deadline) and
 * report, the budget with declined awards freed, the export; a submitted report opened beside
 * the list to approve it or ask for more (each behind a confirmation dialog). Uses the
 * console's staff session (features/console/session.ts). Lazy-loaded.
 */
import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { artSubjectLabels, isArtSubject } from '../../../../../shared/domain/art-subjects.ts';
import { messageOf } from '../../../app/api.ts';
import { formatDate, formatNok, inSentence } from '../../../app/format.ts';
import { useText } from '../../../app/i18n.tsx';
import { LiveRegion, LoadFailure, Loading, PageHeading } from '../../../app/Page.tsx';
import { useResource } from '../../../app/resource.ts';
import { Link, useLocation } from '../../../app/router.tsx';
import { ScrollTable } from '../../../app/ScrollTable.tsx';
import { consoleSignInRoute } from '../../console/routes.ts';
import { getStaffSession } from '../../console/session.ts';
import { fetchRounds } from '../../rounds/rounds.ts';
import { staffGrantApi } from '../api.ts';
import { ConfirmedAction } from '../../../app/ConfirmedAction.tsx';
import { grantText } from '../text.ts';

type Opened = { applicationId: string; schoolYear: string };

export default function ReportsPage() {
  const { t, locale } = useText(grantText);
  const { searchParams } = useLocation();
  const session = getStaffSession();
  const api = session && staffGrantApi(session.accessToken, locale);
  const [opened, setOpened] = useState<Opened>();
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<string>();
  const list = useResource(`staff-grants:${searchParams.get('round') ?? ''}:${locale}`, async (signal) => {
    if (!api) return undefined;
    const rounds = await fetchRounds();
    const roundId =
      searchParams.get('round') ??
      rounds.toSorted((a, b) => Date.parse(b.announcementDate) - Date.parse(a.announcementDate))[0]?.id;
    if (!roundId) return undefined;
    const round = rounds.find((r) => r.id === roundId);
    return { round, grants: await api.grants(roundId, signal) };
  });

  if (!api)
    return (
      <>
        <PageHeading title={t('staff.title')} />
        <Paragraph>
          <Link to={consoleSignInRoute.path()}>{t('staff.signIn')}</Link>
        </Paragraph>
      </>
    );
  if (!list.data && list.error) return <LoadFailure error={list.error} retry={list.reload} />;
  if (!list.data) return <Loading />;
  const { grants, round } = list.data;
  const yearLabel = (id: string) => round?.schoolYears.find((y) => y.id === id)?.label[locale] ?? id;

  async function exportReports() {
    setProblem(undefined);
    try {
      const { blob, fileName } = await api!.exportReports(grants.roundId);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName ?? `${grants.roundId}-reports.xlsx`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setProblem(messageOf(error, String(error)));
    }
  }

  return (
    <>
      <PageHeading title={`${t('staff.title')}${round ? ` – ${round.title[locale]}` : ''}`} />
      <LiveRegion message={said} />
      <Paragraph data-testid="staff-budget">
        {t('staff.budget', {
          awarded: formatNok(grants.budget.awarded),
          budget: formatNok(grants.budget.budget),
          remaining: formatNok(grants.budget.remaining),
        })}
      </Paragraph>
      <Button
        type="button"
        variant="secondary"
        onClick={() => void exportReports()}
        data-testid="staff-export"
      >
        {t('staff.export')}
      </Button>
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      {grants.awards.length === 0 ? (
        <Paragraph>{t('staff.nothing')}</Paragraph>
      ) : (
        <ScrollTable labelledBy="staff-awards-caption" caption={t('staff.awards')}>
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('staff.project')}</Table.HeaderCell>
                <Table.HeaderCell>{t('grant.amount')}</Table.HeaderCell>
                <Table.HeaderCell>{t('staff.answer')}</Table.HeaderCell>
                <Table.HeaderCell>{t('staff.reports')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {grants.awards.map((award) => (
                <Table.Row key={award.applicationId} data-testid={`staff-award-${award.applicationId}`}>
                  <Table.Cell>
                    {award.title} ({award.receiptNumber})
                  </Table.Cell>
                  <Table.Cell>{formatNok(award.total)}</Table.Cell>
                  <Table.Cell>
                    {award.answer
                      ? t(`staff.answer.${award.answer.status}`)
                      : t('staff.answer.none', { date: formatDate(award.acceptBy, locale) })}
                  </Table.Cell>
                  <Table.Cell>
                    {award.reports.map((report) => (
                      <div key={report.schoolYear}>
                        {yearLabel(report.schoolYear)}: {t(`report.status.${report.status}`)}{' '}
                        {report.status === 'SUBMITTED' && (
                          <Button
                            type="button"
                            variant="tertiary"
                            data-size="sm"
                            data-testid={`staff-open-${award.applicationId}-${report.schoolYear}`}
                            onClick={() =>
                              setOpened({ applicationId: award.applicationId, schoolYear: report.schoolYear })
                            }
                          >
                            {t('staff.review', { year: inSentence(yearLabel(report.schoolYear)) })}
                          </Button>
                        )}
                      </div>
                    ))}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
      {opened && (
        <ReviewPanel
          key={`${opened.applicationId}:${opened.schoolYear}`}
          api={api}
          opened={opened}
          yearLabel={yearLabel(opened.schoolYear)}
          onClose={() => setOpened(undefined)}
          onDone={() => {
            setSaid(t('staff.reviewed'));
            setOpened(undefined);
            void list.reload();
          }}
        />
      )}
    </>
  );
}

function ReviewPanel({
  api,
  opened,
  yearLabel,
  onClose,
  onDone,
}: {
  api: ReturnType<typeof staffGrantApi>;
  opened: Opened;
  yearLabel: string;
  onClose(): void;
  onDone(): void;
}) {
  const { t, locale } = useText(grantText);
  const [message, setMessage] = useState('');
  const report = useResource(
    `staff-report:${opened.applicationId}:${opened.schoolYear}:${locale}`,
    (signal) => api.report(opened.applicationId, opened.schoolYear, signal),
  );
  if (!report.data && report.error) return <LoadFailure error={report.error} retry={report.reload} />;
  if (!report.data) return <Loading />;
  const view = report.data;
  const content = view.report as {
    activities?: { code: string; done: string }[];
    pupils?: { group: string; count: number }[];
    artSubjects?: { subjects?: string[]; other?: string };
    partners?: string;
    spending?: { line: number; spent: number }[];
    continuation?: string;
  };
  const applied = (view.application.artSubjects ?? {}) as { subjects?: string[]; other?: string };
  // The labels in the reader's language; a subject the list does not know as it was written,
  // and the application's "other" as «Annet: …».
  const subjectsText = (choice: { subjects?: string[]; other?: string }) =>
    [
      ...(choice.subjects ?? []).map((subject) =>
        isArtSubject(subject) ? artSubjectLabels[subject][locale] : subject,
      ),
      ...(choice.other?.trim() ? [t('staff.artSubjects.other', { other: choice.other.trim() })] : []),
    ].join(', ');
  const costLines = (view.application.costLines ?? []) as { description: string; amount: number }[];
  return (
    <section aria-labelledby="staff-review-heading" className="spaced" data-testid="staff-review">
      <Heading level={2} data-size="md" id="staff-review-heading">
        {view.title} – {t('report.title', { year: inSentence(yearLabel) })}
      </Heading>
      <dl>
        {(content.activities ?? []).map((activity) => (
          <div key={activity.code}>
            <dt>{t('report.activity', { code: activity.code })}</dt>
            <dd>{activity.done}</dd>
          </div>
        ))}
        <dt>{t('report.pupils')}</dt>
        <dd>{(content.pupils ?? []).map((row) => `${row.group}: ${row.count}`).join('; ')}</dd>
        <dt>{t('staff.artSubjects')}</dt>
        <dd data-testid="staff-review-subjects">
          {subjectsText(content.artSubjects ?? {})}
          {subjectsText(applied) && (
            <>
              <br />
              {t('staff.artSubjects.applied', { subjects: subjectsText(applied) })}
            </>
          )}
        </dd>
        <dt>{t('report.partners')}</dt>
        <dd>{content.partners}</dd>
        <dt>{t('report.spending')}</dt>
        <dd>
          {costLines
            .map((line, index) => {
              const spent = (content.spending ?? []).find((s) => s.line === index)?.spent ?? 0;
              return `${line.description}: ${formatNok(spent)} / ${formatNok(line.amount)}`;
            })
            .join('; ')}
        </dd>
        <dt>{t('report.continuation')}</dt>
        <dd>{content.continuation}</dd>
        <dt>{t('staff.files')}</dt>
        <dd data-testid="staff-review-files">
          {view.attachments.length === 0
            ? t('staff.files.none')
            : view.attachments.map((file) => (
                <Button
                  key={file.attachmentId}
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() =>
                    void api
                      .downloadFile(opened.applicationId, file.attachmentId)
                      .then(({ url }) => window.location.assign(url))
                      .catch(() => undefined)
                  }
                >
                  {t('report.files.download', { name: file.fileName })}
                </Button>
              ))}
        </dd>
      </dl>
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        <ConfirmedAction
          label={t('staff.approve')}
          heading={t('staff.approve.heading')}
          testId="staff-approve"
          perform={() =>
            api.review(opened.applicationId, { schoolYear: opened.schoolYear, decision: 'APPROVED' })
          }
          onDone={onDone}
        />
        <ConfirmedAction
          label={t('staff.ask')}
          heading={t('staff.ask.heading')}
          testId="staff-ask"
          variant="secondary"
          fields={['message']}
          perform={() =>
            api.review(opened.applicationId, { schoolYear: opened.schoolYear, decision: 'RETURNED', message })
          }
          onDone={onDone}
        >
          {(errors) => (
            <Textfield
              multiline
              rows={4}
              label={t('staff.ask.message')}
              value={message}
              error={errors.message}
              data-testid="staff-ask-message"
              onChange={(event) => setMessage(event.target.value)}
            />
          )}
        </ConfirmedAction>
        <Button type="button" variant="tertiary" onClick={onClose}>
          {t('staff.close')}
        </Button>
      </div>
    </section>
  );
}
