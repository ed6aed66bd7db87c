import { Alert, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { formatDateTime, formatNok } from '../../app/format.ts';
import { LoadFailure, Loading, PageHeading } from '../../app/Page.tsx';
import { useResource } from '../../app/resource.ts';
import { Link } from '../../app/router.tsx';
import { ApplicationSummary } from '../application/Summary.tsx';
import { ATTACHMENT_STATUSES } from '../../../../shared/domain/attachments.ts';
import { useRounds } from '../rounds/rounds.ts';
import { ConfirmedAction, type FieldErrors } from '../../app/ConfirmedAction.tsx';
import { ConsoleTable } from './ConsoleTable.tsx';
import { useStaff } from './ConsolePage.tsx';
import { areaLabel, progressOf, subjectLabel } from './labels.ts';
import { consoleRoute } from './routes.ts';
import { ProgressTag } from './StateTags.tsx';
import { consoleText, useConsoleText, type ConsoleKey, type Said } from './text.ts';
import type { ApplicationDetail, AuditView, StageRecord } from './types.ts';
import { isCommittee } from '../../../../shared/domain/stages.ts';

/** As the API's request (shared/api/secretariat-requests.ts). */
const REASON_MAX = 2000;

/**
 * One application as the secretariat sees it: where it stands and its outcome, its facts, the
 * committees' record per stage, the application in full (the applicant's and committees'
 * summary, budget line by line) and its audit trail; the actions on it — a new sign-in link to
 * the owner, withdrawal on the applicant's written request (with the reason) — each confirmed.
 */
export function ApplicationView({ applicationId }: { applicationId: string }) {
  const { t, locale } = useConsoleText();
  const { client, refused } = useStaff();
  const rounds = useRounds();
  const loaded = useResource(`staff-application:${applicationId}`, async (signal) => {
    try {
      return await client.application(applicationId, signal);
    } catch (error) {
      refused(error);
      throw error;
    }
  });
  const [announcement, setAnnouncement] = useState<Said>();
  const [reason, setReason] = useState('');

  const detail = loaded.data;
  const back = (roundId?: string) => (
    <Paragraph className="no-print">
      <Link to={consoleRoute.path({}, { query: { round: roundId } })}>{t('console.back')}</Link>
    </Paragraph>
  );
  if (!detail)
    return (
      <>
        {back()}
        <PageHeading title={t('console.application.title')} />
        {loaded.error !== undefined ? (
          <LoadFailure error={loaded.error} retry={loaded.reload} />
        ) : (
          <Loading />
        )}
      </>
    );

  const { application } = detail;
  const round = rounds.data?.find((candidate) => candidate.id === application.roundId);
  const progress = progressOf(application);
  const title = application.title || t('console.untitled');
  const done = async (message: Said) => {
    await loaded.reload();
    setAnnouncement(() => message);
  };
  const facts: [string, React.ReactNode][] = [
    [t('console.col.receipt'), application.receiptNumber ?? '–'],
    [t('console.col.progress'), <ProgressTag key="p" progress={progress} outcome={application.outcome} />],
    [t('console.fact.owner'), application.ownerEmail],
    [
      t('console.fact.contact'),
      application.contact ? `${application.contact.name}, ${application.contact.email}` : '–',
    ],
    [
      t('console.fact.municipalities'),
      [application.leadMunicipality, ...application.partnerMunicipalities]
        .filter(Boolean)
        .map((m) => m!.name)
        .join(', ') || '–',
    ],
    [t('console.col.counties'), application.counties.map((county) => county.name).join(', ') || '–'],
    [
      t('console.filter.activityArea'),
      application.activityAreas.map((code) => areaLabel(round, code, locale)).join('; ') || '–',
    ],
    [
      t('console.filter.artSubject'),
      application.artSubjects.map((code) => subjectLabel(code, locale)).join(', ') || '–',
    ],
    [t('console.col.requested'), application.requested ? formatNok(application.requested) : '–'],
    [t('console.fact.created'), formatDateTime(application.createdAt, locale)],
    [
      t('console.fact.submitted'),
      application.submittedAt ? formatDateTime(application.submittedAt, locale) : '–',
    ],
  ];
  if (application.withdrawnAt)
    facts.push([t('console.fact.withdrawn'), formatDateTime(application.withdrawnAt, locale)]);
  if (application.awarded !== null) facts.push([t('console.fact.awarded'), formatNok(application.awarded)]);
  if (application.announcedAt)
    facts.push([t('console.fact.announced'), formatDateTime(application.announcedAt, locale)]);

  return (
    <article className="console-application">
      {back(application.roundId)}
      <PageHeading title={title} />
      <div role="status" data-testid="console-status">
        {announcement && (
          <Alert data-color="success">
            <Paragraph>{announcement(t, locale)}</Paragraph>
          </Alert>
        )}
      </div>
      {detail.mailProblems.length > 0 && (
        <Alert data-color="warning" data-testid="mail-problems">
          <Heading level={2} data-size="2xs">
            {t('console.mailProblems.heading')}
          </Heading>
          <ul>
            {detail.mailProblems.map((problem) => (
              <li key={`${problem.at}:${problem.type}`}>
                {t(
                  problem.type === 'bounce'
                    ? 'console.mailProblems.bounce'
                    : 'console.mailProblems.complaint',
                  {
                    to: problem.recipients.join(', '),
                    when: formatDateTime(problem.at, locale),
                  },
                )}{' '}
                <span className="muted">{problem.detail}</span>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <dl className="receipt-facts console-facts" data-testid="application-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="actions-heading" className="spaced review-box">
        <Heading level={2} data-size="sm" id="actions-heading">
          {t('console.actions.heading')}
        </Heading>
        <div className="row-actions">
          <ConfirmedAction
            label={t('console.resend')}
            heading={t('console.resend.title')}
            confirm={t('console.resend.confirm')}
            body={t('console.resend.body', { email: application.ownerEmail })}
            variant="secondary"
            size="sm"
            testId="resend-link"
            perform={() => client.resendLink(application.applicationId)}
            onDone={() => done((say) => say('console.resend.done', { email: application.ownerEmail }))}
          />
          {progress !== 'WITHDRAWN' && (
            <ConfirmedAction
              label={t('console.withdraw')}
              heading={t('console.withdraw.title', { title })}
              confirm={t('console.withdraw.confirm')}
              body={t('console.withdraw.body')}
              color="danger"
              variant="secondary"
              size="sm"
              testId="withdraw"
              fields={['reason']}
              onOpen={() => setReason('')}
              validate={(): FieldErrors =>
                reason.trim() ? {} : { reason: t('console.withdraw.reason.required') }
              }
              perform={() => client.withdraw(application.applicationId, reason.trim())}
              onDone={() => done((say) => say('console.withdraw.done'))}
            >
              {(errors) => (
                <Textfield
                  multiline
                  rows={4}
                  label={t('console.withdraw.reason')}
                  description={t('console.withdraw.reason.description')}
                  value={reason}
                  maxLength={REASON_MAX}
                  onChange={(event) => setReason(event.target.value)}
                  error={errors.reason}
                  data-testid="withdraw-reason"
                />
              )}
            </ConfirmedAction>
          )}
        </div>
      </section>

      {detail.stages.length > 0 && <Stages detail={detail} />}

      <section aria-labelledby="application-heading" className="spaced">
        <Heading level={2} data-size="md" id="application-heading">
          {t('console.application.content')}
        </Heading>
        {round ? (
          <ApplicationSummary
            draft={application.draft}
            round={round}
            attachments={detail.attachments.map((attachment) => ({
              ...attachment,
              // What was submitted is what the committees see (ADR 060): accepted.
              status:
                attachment.status === 'SUBMITTED'
                  ? 'ACCEPTED'
                  : (ATTACHMENT_STATUSES.find((status) => status === attachment.status) ?? 'PENDING'),
            }))}
            reader="committee"
            budgetLines
          />
        ) : rounds.error !== undefined ? (
          <LoadFailure error={rounds.error} retry={rounds.reload} />
        ) : (
          <Loading />
        )}
      </section>

      <AuditTrail entries={detail.audit} />
    </article>
  );
}

function Stages({ detail }: { detail: ApplicationDetail }) {
  const { t, locale } = useConsoleText();
  return (
    <section aria-labelledby="stages-heading" className="spaced">
      <Heading level={2} data-size="md" id="stages-heading">
        {t('console.stages.heading')}
      </Heading>
      <ConsoleTable
        labelledBy="stages-heading"
        testId="application-stages"
        headers={[t('console.stages.committee'), t('console.stages.outcome'), t('console.stages.when')]}
      >
        {detail.stages.map((stage) => (
          <Table.Row key={stage.committee} data-committee={stage.committee}>
            <Table.Cell>{t(`committee.name.${stage.committee}`)}</Table.Cell>
            <Table.Cell>
              <StageOutcome stage={stage} />
              {stage.comment && <span className="cell-note prewrap">{stage.comment}</span>}
              {stage.reason && <span className="cell-note prewrap">{stage.reason}</span>}
              {stage.standAside && stage.standAside.length > 0 && (
                <span className="cell-note">
                  {t('console.stages.standAside', { count: stage.standAside.length })}
                </span>
              )}
            </Table.Cell>
            <Table.Cell className="nowrap">
              {stage.decidedAt ? formatDateTime(stage.decidedAt, locale) : '–'}
            </Table.Cell>
          </Table.Row>
        ))}
      </ConsoleTable>
    </section>
  );
}

/** A committee's decision on the application, in words. */
function StageOutcome({ stage }: { stage: StageRecord }) {
  const { t } = useConsoleText();
  if (!stage.decided) return <>{t('console.stages.undecided')}</>;
  if (stage.qualified !== undefined)
    return <>{t(stage.qualified ? 'console.stages.qualified' : 'console.outcome.NOT_QUALIFIED')}</>;
  if (stage.rank !== undefined) return <>{t('console.stages.rank', { rank: stage.rank })}</>;
  if (stage.awarded) return <>{t('console.stages.awarded', { amount: formatNok(stage.total ?? 0) })}</>;
  return <>{t('console.outcome.DECLINED')}</>;
}

/** The words for an audit entry's action, if the catalogue has them. */
function actionKey(action: string): ConsoleKey | undefined {
  const key = `console.audit.action.${action}`;
  return key in consoleText ? (key as ConsoleKey) : undefined;
}

function AuditTrail({ entries }: { entries: readonly AuditView[] }) {
  const { t, locale } = useConsoleText();
  const who = (entry: AuditView) => {
    switch (entry.actor.kind) {
      case 'workflow':
        return t('console.actor.workflow');
      case 'applicant':
        return t('console.actor.applicant');
      case 'staff':
        return t('console.actor.staff', { id: entry.actor.id ?? '' });
      case 'admin':
        return t('console.actor.admin', { id: entry.actor.id ?? '' });
      case 'member': {
        if (!isCommittee(entry.actor.committee)) return entry.actor.id ?? '';
        // By the name the round's configuration gives them, the id beside it (ADR 094).
        const said = {
          id: entry.actor.id ?? '',
          committee: t(`committee.name.${entry.actor.committee}`),
        };
        return entry.actor.name
          ? t('console.actor.memberNamed', { ...said, name: entry.actor.name })
          : t('console.actor.member', said);
      }
      default:
        return entry.actor.id ?? entry.actor.kind;
    }
  };
  return (
    <section aria-labelledby="audit-heading" className="spaced">
      <Heading level={2} data-size="md" id="audit-heading">
        {t('console.audit.heading')}
      </Heading>
      {entries.length === 0 ? (
        <Paragraph>{t('console.audit.none')}</Paragraph>
      ) : (
        <ConsoleTable
          labelledBy="audit-heading"
          testId="audit-trail"
          headers={[t('console.audit.when'), t('console.audit.who'), t('console.audit.what')]}
        >
          {entries.map((entry, index) => (
            <Table.Row key={`${entry.at}:${index}`}>
              <Table.Cell className="nowrap">{formatDateTime(entry.at, locale)}</Table.Cell>
              <Table.Cell>{who(entry)}</Table.Cell>
              <Table.Cell>
                {actionKey(entry.action) ? t(actionKey(entry.action)!) : <code>{entry.action}</code>}
                {typeof entry.details?.reason === 'string' && (
                  <span className="cell-note prewrap">{entry.details.reason}</span>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </ConsoleTable>
      )}
    </section>
  );
}
