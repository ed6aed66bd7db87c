import { describe, expect, it } from 'vitest';
import { demoRound, parseRound } from '../../shared/domain/rounds/index.ts';
import {
  countsAgainstBudget,
  grantOpen,
  grantReminders,
  reminderClaim,
  remindersAt,
} from '../../shared/grants/state.ts';

/** The rules after an award (ADR 102, 103): what the workflow waits for and when it reminds. */
const round = demoRound(new Date('2026-03-02T00:00:00Z'));
const DAY = 86_400_000;
const dates = {
  acceptBy: '2026-06-01T00:00:00.000Z',
  reportsDue: { '2026-2027': '2027-09-15T00:00:00.000Z' },
};
const years = ['2026-2027'];

describe('after an award', () => {
  it('reminds before the acceptance deadline and lapses at it; a late run sends only the lapse', () => {
    const reminders = grantReminders(round, dates, { schoolYears: years, reports: {} });
    const deadline = Date.parse(dates.acceptBy);

    expect(remindersAt(reminders, new Set(), deadline - 8 * DAY)).toEqual({
      due: [],
      next: deadline - 7 * DAY,
    });
    expect(remindersAt(reminders, new Set(), deadline - 6 * DAY).due.map((r) => r.kind)).toEqual([
      'acceptance-before',
    ]);
    const sent = new Set([reminderClaim(reminders[0]!)]);
    expect(remindersAt(reminders, sent, deadline - 6 * DAY)).toEqual({ due: [], next: deadline });
    expect(remindersAt(reminders, new Set(), deadline + 1).due.map((r) => r.kind)).toEqual([
      'acceptance-lapsed',
    ]);
  });

  it('once accepted, reminds before and after each report not submitted; ends when all are approved', () => {
    const accepted = { status: 'ACCEPTED' as const, schoolYears: years, reports: {} };
    const due = Date.parse(dates.reportsDue['2026-2027']);
    const reminders = grantReminders(round, dates, accepted);

    expect(reminders.map((r) => [r.kind, r.at])).toEqual([
      ['report-before', due - 14 * DAY],
      ['report-after', due + 7 * DAY],
    ]);
    expect(grantReminders(round, dates, { ...accepted, reports: { '2026-2027': 'SUBMITTED' } })).toEqual([]);
    expect(grantOpen(accepted)).toBe(true);
    expect(grantOpen({ ...accepted, reports: { '2026-2027': 'APPROVED' } })).toBe(false);
    expect(grantOpen({ status: 'DECLINED', schoolYears: years, reports: {} })).toBe(false);
    expect(grantOpen({ status: 'LAPSED', schoolYears: years, reports: {} })).toBe(false);
  });

  it('frees a declined award’s money, not a lapsed one’s', () => {
    expect(countsAgainstBudget({ grant: { status: 'DECLINED' } })).toBe(false);
    expect(countsAgainstBudget({ grant: { status: 'LAPSED' } })).toBe(true);
    expect(countsAgainstBudget({})).toBe(true);
  });

  it('refuses a round whose acceptance is not after the announcement or that lacks a report date', () => {
    const { [round.schoolYears[1]!.id]: _dropped, ...oneDate } = round.grant.reportsDue;
    const broken = {
      ...round,
      grant: { ...round.grant, acceptBy: round.announcementDate, reportsDue: oneDate },
    };

    expect(() => parseRound(broken)).toThrow(/grant\.acceptBy[\s\S]*grant\.reportsDue/);
    expect(() => parseRound(round)).not.toThrow();
  });
});
