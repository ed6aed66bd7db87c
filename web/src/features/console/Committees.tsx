import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { formatDateTime, formatNumber } from '../../app/format.ts';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { ConfirmedAction } from '../../app/ConfirmedAction.tsx';
import { useStaff } from './ConsolePage.tsx';
import { useConsoleText, type Said } from './text.ts';
import type { CommitteeProgress, MemberProgress, RoundOverview } from './types.ts';

/**
 * Each committee's progress: its deadline and status (overdue when the deadline has passed
 * before it finalised), and per member what they have assessed, where they stood aside, what
 * is left, and their link — which the secretariat re-issues (the old one revoked, a new one
 * e-mailed) or revokes.
 */
export function Committees({
  overview,
  onDone,
}: {
  overview: RoundOverview;
  onDone(message: Said): Promise<void>;
}) {
  const { t } = useConsoleText();
  return (
    <section aria-labelledby="committees-heading" className="spaced">
      <Heading level={2} data-size="md" id="committees-heading">
        {t('console.committees.heading')}
      </Heading>
      {overview.committees.map((committee) => (
        <CommitteeSection
          key={committee.committee}
          roundId={overview.round.id}
          committee={committee}
          onDone={onDone}
        />
      ))}
    </section>
  );
}

function CommitteeSection({
  roundId,
  committee,
  onDone,
}: {
  roundId: string;
  committee: CommitteeProgress;
  onDone(message: Said): Promise<void>;
}) {
  const { t, locale } = useConsoleText();
  const headingId = `committee-${committee.committee}`;
  return (
    <section aria-labelledby={headingId} className="console-committee" data-committee={committee.committee}>
      <Heading level={3} data-size="sm" id={headingId}>
        {t(`committee.name.${committee.committee}`)}
      </Heading>
      <Paragraph data-size="sm" className="committee-facts">
        <span>{t('console.committee.deadline', { when: formatDateTime(committee.deadline, locale) })}</span>
        <Tag data-size="sm" data-color={committee.status === 'finalised' ? 'success' : 'neutral'}>
          {t(`console.stage.${committee.status}`)}
        </Tag>
        {committee.overdue && (
          <Tag data-size="sm" data-color="danger" data-testid="overdue">
            {t('console.committee.overdue')}
          </Tag>
        )}
        <span>{t('console.committee.applications', { count: committee.applications })}</span>
      </Paragraph>
      <ScrollTable labelledBy={headingId}>
        <Table data-size="sm" className="console-table" data-testid={`members-${committee.committee}`}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('console.member')}</Table.HeaderCell>
              <Table.HeaderCell>{t('console.member.role')}</Table.HeaderCell>
              <Table.HeaderCell className="amount">{t('console.member.declared')}</Table.HeaderCell>
              <Table.HeaderCell className="amount">
                {t(
                  committee.committee === 'geographic'
                    ? 'console.member.commented'
                    : 'console.member.assessed',
                )}
              </Table.HeaderCell>
              <Table.HeaderCell className="amount">{t('console.member.conflicts')}</Table.HeaderCell>
              <Table.HeaderCell className="amount">{t('console.member.outstanding')}</Table.HeaderCell>
              <Table.HeaderCell>{t('console.member.link')}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="visually-hidden">{t('console.member.actions')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {committee.members.map((member) => (
              <MemberRow
                key={member.memberId}
                roundId={roundId}
                committee={committee}
                member={member}
                onDone={onDone}
              />
            ))}
          </Table.Body>
        </Table>
      </ScrollTable>
    </section>
  );
}

const ROLES = ['chair', 'deputy', 'member'] as const;
const isRole = (role: string): role is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(role);

function MemberRow({
  roundId,
  committee,
  member,
  onDone,
}: {
  roundId: string;
  committee: CommitteeProgress;
  member: MemberProgress;
  onDone(message: Said): Promise<void>;
}) {
  const { t, locale } = useConsoleText();
  const { client } = useStaff();
  const active = member.link && !member.link.revokedAt ? member.link : undefined;
  const committeeName = t(`committee.name.${committee.committee}`);
  return (
    <Table.Row data-member={member.memberId}>
      <Table.Cell className="title-cell">
        {member.name}
        <span className="cell-note">{member.email}</span>
      </Table.Cell>
      <Table.Cell className="capitalise">
        {isRole(member.role) ? t(`console.role.${member.role}`) : member.role}
      </Table.Cell>
      <Table.Cell className="amount">{formatNumber(member.declared.length, locale)}</Table.Cell>
      <Table.Cell className="amount">{formatNumber(member.assessed.length, locale)}</Table.Cell>
      <Table.Cell className="amount">{formatNumber(member.conflicts.length, locale)}</Table.Cell>
      <Table.Cell className="amount">
        {member.outstanding > 0 && committee.overdue ? (
          <strong>{formatNumber(member.outstanding, locale)}</strong>
        ) : (
          formatNumber(member.outstanding, locale)
        )}
      </Table.Cell>
      <Table.Cell className="nowrap">
        {active
          ? t('console.link.issuedAt', { when: formatDateTime(active.issuedAt, locale) })
          : member.link?.revokedAt
            ? t('console.link.revokedAt', { when: formatDateTime(member.link.revokedAt, locale) })
            : t('console.link.none')}
      </Table.Cell>
      <Table.Cell>
        <div className="member-actions">
          <ConfirmedAction
            label={t(active ? 'console.reissue' : 'console.issue')}
            heading={t(active ? 'console.reissue.title' : 'console.issue.title', { name: member.name })}
            confirm={t(active ? 'console.reissue.confirm' : 'console.issue.confirm')}
            body={t(active ? 'console.reissue.body' : 'console.issue.body', {
              name: member.name,
              email: member.email,
              committee: committeeName,
            })}
            variant="secondary"
            size="sm"
            testId={`reissue-${committee.committee}-${member.memberId}`}
            perform={() => client.issueLink(roundId, committee.committee, member.memberId)}
            onDone={() =>
              onDone((say) => say('console.reissue.done', { name: member.name, email: member.email }))
            }
          />
          {active && (
            <ConfirmedAction
              label={t('console.revoke')}
              heading={t('console.revoke.title', { name: member.name })}
              confirm={t('console.revoke.confirm')}
              body={t('console.revoke.body', { name: member.name, committee: committeeName })}
              color="danger"
              variant="tertiary"
              size="sm"
              testId={`revoke-${committee.committee}-${member.memberId}`}
              perform={() => client.revokeLink(roundId, active.linkId)}
              onDone={() => onDone((say) => say('console.revoke.done', { name: member.name }))}
            />
          )}
        </div>
      </Table.Cell>
    </Table.Row>
  );
}
