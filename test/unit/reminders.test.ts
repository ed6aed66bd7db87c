import { describe, expect, it } from 'vitest';
import { demoRound } from '../../shared/domain/rounds/demo.ts';
import {
  dueDraftReminder,
  reminderDays,
  reminderLinkPlan,
  unfinishedCount,
} from '../../shared/review/reminders.ts';
import { discussionView } from '../../shared/review/views.ts';
import type { ApplicationRecord } from '../../shared/storage/applications.ts';
import type { MemberReviewRecord, ReviewLinkRecord } from '../../shared/storage/review.ts';

/** The rules of the reminders (ADR 091) and of the discussion's record (ADR 090), without I/O. */
const round = demoRound(new Date('2026-03-02T08:00:00Z'));
const HOUR = 3_600_000;
const closes = '2026-04-01T21:59:59.999Z';
const at = (hoursBefore: number) => new Date(Date.parse(closes) - hoursBefore * HOUR);

const application = (applicationId: string, lead: string): ApplicationRecord =>
  ({
    applicationId,
    roundId: round.id,
    status: 'SUBMITTED',
    draft: { leadMunicipality: lead, partnerMunicipalities: [] },
  }) as unknown as ApplicationRecord;
const review = (
  committee: MemberReviewRecord['committee'],
  memberId: string,
  applicationId: string,
  work: Partial<MemberReviewRecord> = {},
): MemberReviewRecord => ({
  roundId: round.id,
  committee,
  applicationId,
  memberId,
  declaration: { conflicted: false, declaredAt: '2026-04-10T00:00:00Z' },
  ...work,
});

describe('the draft reminders', () => {
  it('are due N days before, then on the last day — only one at a time, none after the deadline', () => {
    expect(dueDraftReminder(closes, 7, at(7 * 24 + 1))).toBeUndefined();
    expect(dueDraftReminder(closes, 7, at(7 * 24))).toBe('draft-early');
    expect(dueDraftReminder(closes, 7, at(25))).toBe('draft-early');
    expect(dueDraftReminder(closes, 7, at(24))).toBe('draft-last-day');
    expect(dueDraftReminder(closes, 7, at(0.01))).toBe('draft-last-day');
    expect(dueDraftReminder(closes, 7, at(0))).toBeUndefined();
    expect(dueDraftReminder(closes, 7, at(-1))).toBeUndefined();
    // A round that asks for one day only: the last day's reminder alone
    expect(dueDraftReminder(closes, 1, at(30))).toBeUndefined();
    expect(dueDraftReminder(closes, 1, at(10))).toBe('draft-last-day');
  });

  it('take the round’s days, else 7 and 2', () => {
    expect(reminderDays(round)).toEqual({ draftDaysBefore: 7, memberDaysBefore: 2 });
    expect(reminderDays({ ...round, reminders: { draftDaysBefore: 10, memberDaysBefore: 3 } })).toEqual({
      draftDaysBefore: 10,
      memberDaysBefore: 3,
    });
    expect(reminderDays({ ...round, reminders: undefined })).toEqual({
      draftDaysBefore: 7,
      memberDaysBefore: 2,
    });
  });
});

describe('a member’s unfinished work', () => {
  const apps = [application('A', '1804'), application('B', '0301')]; // Nordland, Oslo

  it('expert: undeclared or declared without an assessment; a conflict is finished', () => {
    const reviews = [
      review('expert', 'ekspert-medlem', 'A', { assessment: {} as never }),
      review('expert', 'ekspert-leder', 'A'),
      review('expert', 'ekspert-leder', 'B', {
        declaration: { conflicted: true, declaredAt: '2026-04-10T00:00:00Z' },
      }),
    ];
    expect(unfinishedCount(round, 'expert', 'ekspert-medlem', apps, reviews)).toBe(1);
    expect(unfinishedCount(round, 'expert', 'ekspert-leder', apps, reviews)).toBe(1);
    expect(unfinishedCount(round, 'expert', 'ekspert-nestleder', apps, reviews)).toBe(2);
  });

  it('geographic: an adviser comments on the applications in their counties; the chair declares', () => {
    const reviews = [
      review('geographic', 'geo-nord', 'A'),
      review('geographic', 'geo-nord', 'B'),
      review('geographic', 'geo-leder', 'A'),
      review('geographic', 'geo-leder', 'B'),
    ];
    expect(unfinishedCount(round, 'geographic', 'geo-nord', apps, reviews)).toBe(1); // A, in Nordland
    expect(unfinishedCount(round, 'geographic', 'geo-leder', apps, reviews)).toBe(0);
    const commented = reviews.map((r) =>
      r.memberId === 'geo-nord' && r.applicationId === 'A'
        ? { ...r, comment: { text: 'Godt tilbud.', updatedAt: '2026-04-11T00:00:00Z' } }
        : r,
    );
    expect(unfinishedCount(round, 'geographic', 'geo-nord', apps, commented)).toBe(0);
  });
});

describe('the discussion’s record', () => {
  it('names each post’s author and marks one who has since declared a conflict', () => {
    const entries = [
      { id: '1', memberId: 'ekspert-medlem', text: 'Sterk.', at: '2026-04-12T00:00:00Z' },
      { id: '2', memberId: 'ekspert-leder', text: 'Enig.', at: '2026-04-12T01:00:00Z' },
    ];
    const reviews = [
      review('expert', 'ekspert-medlem', 'A'),
      review('expert', 'ekspert-leder', 'A', {
        declaration: { conflicted: true, declaredAt: '2026-04-13T00:00:00Z' },
      }),
    ];
    expect(discussionView(round, 'expert', entries, reviews)).toEqual([
      expect.objectContaining({ memberName: 'Elin Ekspert', standsAside: false }),
      expect.objectContaining({ memberName: 'Eva Ekspert', standsAside: true }),
    ]);
  });
});

describe('the link a member’s reminder gives (ADR 106)', () => {
  const deadline = '2026-04-08T21:59:59.999Z';
  const link = (
    linkId: string,
    issuedAt: string,
    expiresAt: string,
    revokedAt?: string,
  ): ReviewLinkRecord => ({
    linkId,
    roundId: round.id,
    committee: 'expert',
    memberId: 'ekspert-leder',
    issuedAt,
    issuedBy: 'workflow',
    expiresAt,
    ...(revokedAt ? { revokedAt, revokedBy: 'admin:test' } : {}),
  });

  it('refers to the newest live link that lasts to the deadline', () => {
    const older = link('a', '2026-04-01T08:00:00.000Z', deadline);
    const newest = link('b', '2026-04-02T08:00:00.000Z', deadline);
    expect(reminderLinkPlan([newest, older], deadline)).toEqual({ reference: newest });
  });

  it('issues one when there is none, or the newest ends before a moved deadline', () => {
    expect(reminderLinkPlan([], deadline)).toBe('issue');
    expect(
      reminderLinkPlan([link('a', '2026-04-01T08:00:00.000Z', '2026-04-05T21:59:59.999Z')], deadline),
    ).toBe('issue');
  });

  it('gives none when the newest was revoked and no other lasts', () => {
    const ended = link('a', '2026-04-01T08:00:00.000Z', '2026-04-05T21:59:59.999Z');
    const revoked = link('b', '2026-04-02T08:00:00.000Z', deadline, '2026-04-03T08:00:00.000Z');
    expect(reminderLinkPlan([ended, revoked], deadline)).toBe('none');
  });

  it('refers to an older link still live when a newer one was revoked', () => {
    const older = link('a', '2026-04-01T08:00:00.000Z', deadline);
    const revoked = link('b', '2026-04-02T08:00:00.000Z', deadline, '2026-04-03T08:00:00.000Z');
    expect(reminderLinkPlan([older, revoked], deadline)).toEqual({ reference: older });
  });
});
