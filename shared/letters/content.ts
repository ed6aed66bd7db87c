/**
 * What a decision letter says (ADR 099), as blocks of text for the PDF writer (`pdf.ts`): the
 * outcome, the amounts per school year, the reasons (a decline, a not-qualified verdict, a
 * reduced award — ADR 090), the conditions and deadlines of an award, how to ask for the reasons
 * or complain, and the letterhead and signatory — all from the stored decision and the round's
 * configuration, in the applicant's language. Pure: no storage, no clock.
 */
import { formatList, formatNok } from '../i18n/intl.ts';
import { format, type Params } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locale.ts';
import { budgetSummary } from '../domain/application.ts';
import { findMunicipality } from '../domain/municipalities/index.ts';
import { decisionLetterOf, type Round } from '../domain/rounds/schema.ts';
import { formatOsloDate } from '../domain/time.ts';
import type { ApplicationRecord } from '../storage/applications.ts';
import { letterText } from './text.ts';

/** A block of the letter, top to bottom. */
export type LetterBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'rows'; rows: { label: string; value: string; strong?: boolean }[] };

export interface LetterContent {
  locale: Locale;
  /** The document's title (the PDF's metadata). */
  title: string;
  letterhead: string[];
  /** Right-hand reference lines: case number, date. */
  reference: string[];
  /** The addressee, line by line. */
  recipient: string[];
  blocks: LetterBlock[];
  signature: string[];
  /** The letter's date (the announcement), also the PDF's creation date. */
  date: string;
}

/** What the round gives the letter: its text, school years, reply-to address and `grant` (deadlines, conditions). */
export type LetterRound = Pick<
  Round,
  'title' | 'division' | 'schoolYears' | 'mail' | 'grant' | 'decisionLetter'
>;

type Key = keyof typeof letterText;
/** The letter's application: an announced one, with its decision. */
export type LetterApplication = Pick<
  ApplicationRecord,
  'applicationId' | 'draft' | 'receipt' | 'outcome' | 'finalDecision' | 'expertDecision' | 'announcedAt'
>;

export function letterContent(
  application: LetterApplication,
  round: LetterRound,
  locale: Locale,
  /** The letter's date when the application has no `announcedAt` (the announcement date). */
  announcement: string,
): LetterContent {
  const t = (key: Key, params?: Params) => format(letterText[key], locale, params);
  const fixed = decisionLetterOf(round);
  const draft = application.draft;
  const caseNumber = application.receipt?.number ?? application.applicationId;
  const date = application.announcedAt ?? announcement;
  const title = draft.title ?? '';
  const name = (number: string | undefined) =>
    (number && findMunicipality(round.division, number)?.name) || number || '';
  const lead = name(draft.leadMunicipality);
  const municipalities = formatList(
    [draft.leadMunicipality, ...(draft.partnerMunicipalities ?? [])].map(name).filter(Boolean),
    locale,
  );
  const schoolYear = (id: string) => round.schoolYears.find((year) => year.id === id)?.label[locale] ?? id;
  const day = (iso: string) => formatOsloDate(iso, locale);
  const paragraphs = (text: string): LetterBlock[] =>
    text
      .split(/\n\s*\n|\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ kind: 'paragraph', text: line }));

  const final = application.finalDecision;
  const outcome = application.outcome ?? 'NOT_QUALIFIED';
  const blocks: LetterBlock[] = [
    { kind: 'heading', text: t(`letter.heading.${outcome}`, { title }) },
    {
      kind: 'paragraph',
      text: t('letter.intro', { title, round: round.title[locale], lead, municipalities }),
    },
  ];

  if (outcome === 'AWARDED' && final?.awarded) {
    blocks.push({ kind: 'paragraph', text: t('letter.outcome.AWARDED', { total: formatNok(final.total) }) });
    if (final.reason) {
      const requested = budgetSummary(draft.budget).total.requested;
      blocks.push({
        kind: 'paragraph',
        text: t('letter.outcome.reduced', { requested: formatNok(requested) }),
      });
    }
    blocks.push({ kind: 'heading', text: t('letter.amounts') });
    blocks.push({
      kind: 'rows',
      rows: [
        ...Object.entries(final.amounts).map(([id, amount]) => ({
          label: schoolYear(id),
          value: formatNok(amount),
        })),
        { label: t('letter.total'), value: formatNok(final.total), strong: true },
      ],
    });
    if (final.reason)
      blocks.push({ kind: 'heading', text: t('letter.reasons') }, ...paragraphs(final.reason));
    const conditions = round.grant.conditions;
    if (conditions.length > 0) {
      blocks.push({ kind: 'heading', text: t('letter.conditions') });
      for (const condition of conditions) blocks.push(...paragraphs(condition[locale]));
    }
    const deadlines: LetterBlock[] = [];
    deadlines.push({ kind: 'paragraph', text: t('letter.acceptBy', { date: day(round.grant.acceptBy) }) });
    for (const id of Object.keys(final.amounts)) {
      const due = round.grant.reportsDue[id];
      if (due)
        deadlines.push({
          kind: 'paragraph',
          text: t('letter.reportDue', { schoolYear: schoolYear(id), date: day(due) }),
        });
    }
    blocks.push({ kind: 'heading', text: t('letter.deadlines') }, ...deadlines);
  } else if (outcome === 'DECLINED' && final && !final.awarded) {
    blocks.push({ kind: 'paragraph', text: t('letter.outcome.DECLINED') });
    blocks.push({ kind: 'heading', text: t('letter.reasons') }, ...paragraphs(final.reason));
  } else {
    blocks.push({ kind: 'paragraph', text: t('letter.outcome.NOT_QUALIFIED') });
    blocks.push(
      { kind: 'heading', text: t('letter.reasons') },
      ...paragraphs(application.expertDecision?.reason ?? ''),
    );
  }

  blocks.push({ kind: 'heading', text: t('letter.complaint') }, ...paragraphs(fixed.complaint[locale]));
  blocks.push({ kind: 'paragraph', text: t('letter.contact', { email: round.mail.replyTo }) });

  const contact = draft.contact?.name?.trim();
  return {
    locale,
    title: t('letter.documentTitle', { caseNumber }),
    letterhead: [...fixed.letterhead],
    reference: [`${t('letter.caseNumber')}: ${caseNumber}`, `${t('letter.date')}: ${day(date)}`],
    recipient: [`${t('letter.to')}: ${lead}`, ...(contact ? [t('letter.attention', { name: contact })] : [])],
    blocks,
    signature: [t('letter.greeting'), fixed.signatory.name, fixed.signatory.title[locale]],
    date,
  };
}
