/**
 * The privacy notice (/personvern) and the accessibility statement (/tilgjengelighet): public
 * pages in a lazy chunk with their own text, naming the current round's contact address when
 * GET /rounds has answered (a general "contact the council" until then or without a round).
 */
import { Heading, Link as DsLink, List, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { formatDate } from '../../app/format.ts';
import { useText } from '../../app/i18n.tsx';
import { PageHeading } from '../../app/Page.tsx';
import { currentRound, useRounds } from '../rounds/rounds.ts';
import { statementsText } from './statements-text.ts';

/** When the accessibility statement was last reviewed against the portal (a fact of the statement). */
export const ACCESSIBILITY_STATEMENT_UPDATED = '2026-12-02';

const DATATILSYNET = 'https://www.datatilsynet.no/';
const UUTILSYNET = 'https://www.uutilsynet.no/';

/** The current round, once GET /rounds has answered: its contact address and retention. */
function useCurrentRound() {
  const rounds = useRounds();
  return rounds.data && currentRound(rounds.data);
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="spaced">
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function Mail({ email }: { email: string }) {
  return <DsLink href={`mailto:${email}`}>{email}</DsLink>;
}

/** `text` with `{email}` as a mailto link. */
function withEmail(text: string, email: string): ReactNode {
  const [before, after] = text.split('{email}') as [string, string?];
  return (
    <>
      {before}
      <Mail email={email} />
      {after}
    </>
  );
}

export function PrivacyPage() {
  const { t } = useText(statementsText);
  const round = useCurrentRound();
  const email = round?.mail.replyTo;
  const retention = round?.retention;
  return (
    <article className="statement" data-testid="privacy">
      <PageHeading title={t('privacy.title')} />
      <Paragraph data-size="lg">{t('privacy.lead')}</Paragraph>
      <Section id="privacy-controller" title={t('privacy.controller.heading')}>
        <Paragraph>{t('privacy.controller.body')}</Paragraph>
      </Section>
      <Section id="privacy-stored" title={t('privacy.stored.heading')}>
        <List.Unordered>
          <List.Item>{t('privacy.stored.email')}</List.Item>
          <List.Item>{t('privacy.stored.application')}</List.Item>
          <List.Item>{t('privacy.stored.coeditors')}</List.Item>
          <List.Item>{t('privacy.stored.attachments')}</List.Item>
          <List.Item>{t('privacy.stored.assessments')}</List.Item>
          <List.Item>{t('privacy.stored.log')}</List.Item>
        </List.Unordered>
      </Section>
      <Section id="privacy-why" title={t('privacy.why.heading')}>
        <Paragraph>{t('privacy.why.body')}</Paragraph>
      </Section>
      <Section id="privacy-how-long" title={t('privacy.howLong.heading')}>
        <List.Unordered>
          <List.Item>{t('privacy.howLong.links')}</List.Item>
          {retention ? (
            <>
              <List.Item>
                {t('privacy.howLong.draftsDays', { count: retention.draftDaysAfterClose })}
              </List.Item>
              <List.Item>
                {t('privacy.howLong.unsuccessfulMonths', {
                  count: retention.unsuccessfulMonthsAfterAnnouncement,
                })}
              </List.Item>
              <List.Item>
                {t('privacy.howLong.awardedYears', { count: retention.awardedYearsAfterAnnouncement })}
              </List.Item>
            </>
          ) : (
            <>
              <List.Item>{t('privacy.howLong.drafts')}</List.Item>
              <List.Item>{t('privacy.howLong.unsuccessful')}</List.Item>
              <List.Item>{t('privacy.howLong.awarded')}</List.Item>
            </>
          )}
        </List.Unordered>
      </Section>
      <Section id="privacy-rights" title={t('privacy.rights.heading')}>
        <Paragraph>{t('privacy.rights.body')}</Paragraph>
        <Paragraph>{t('privacy.rights.download')}</Paragraph>
        <Paragraph>
          {t('privacy.rights.complaint')} <DsLink href={DATATILSYNET}>{t('privacy.complaint.link')}</DsLink>
        </Paragraph>
      </Section>
      <Section id="privacy-storage" title={t('privacy.storage.heading')}>
        <Paragraph>{t('privacy.storage.body')}</Paragraph>
      </Section>
      <Section id="privacy-contact" title={t('privacy.contact.heading')}>
        <Paragraph data-testid="privacy-contact">
          {email
            ? withEmail(t('privacy.contact.body', { email: '{email}' }), email)
            : t('privacy.contact.general')}
        </Paragraph>
      </Section>
    </article>
  );
}

export function AccessibilityPage() {
  const { t, locale } = useText(statementsText);
  const email = useCurrentRound()?.mail.replyTo;
  return (
    <article className="statement" data-testid="accessibility-statement">
      <PageHeading title={t('a11y.title')} />
      <Paragraph data-size="lg">{t('a11y.lead')}</Paragraph>
      <Section id="a11y-status" title={t('a11y.status.heading')}>
        <Paragraph>{t('a11y.status.body')}</Paragraph>
      </Section>
      <Section id="a11y-tested" title={t('a11y.tested.heading')}>
        <Paragraph>{t('a11y.tested.body')}</Paragraph>
      </Section>
      <Section id="a11y-gaps" title={t('a11y.gaps.heading')}>
        <List.Unordered>
          <List.Item>{t('a11y.gaps.screenReaders')}</List.Item>
          <List.Item>{t('a11y.gaps.attachments')}</List.Item>
          <List.Item>{t('a11y.gaps.exports')}</List.Item>
        </List.Unordered>
      </Section>
      <Section id="a11y-report" title={t('a11y.report.heading')}>
        <Paragraph data-testid="a11y-contact">
          {email ? withEmail(t('a11y.report.body', { email: '{email}' }), email) : t('a11y.report.general')}
        </Paragraph>
        <Paragraph>
          {t('a11y.complaint.body')} <DsLink href={UUTILSYNET}>{t('a11y.complaint.link')}</DsLink>
        </Paragraph>
      </Section>
      <Paragraph className="spaced muted">
        {t('a11y.updated', { date: formatDate(`${ACCESSIBILITY_STATEMENT_UPDATED}T12:00:00Z`, locale) })}
      </Paragraph>
    </article>
  );
}
