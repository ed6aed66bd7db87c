import { describe, expect, it } from 'vitest';
import { findMember, roleOf, type Committee } from '../../shared/domain/committees.ts';
import { demoRound } from '../../shared/domain/rounds/demo.ts';
import { actingChairFor, actingChairOfStage, requireActsOn } from '../../shared/review/acting.ts';
import type { Reviewer } from '../../shared/review/links.ts';
import { buildDecision, standingOf } from '../../shared/review/stages.ts';
import { detailView, listView } from '../../shared/review/views.ts';
import type { ApplicationRecord } from '../../shared/storage/applications.ts';
import type { MemberReviewRecord, StageRecord } from '../../shared/storage/review.ts';

/**
 * Conflicts of interest (habilitet) as the rules on impartiality expect: what a member standing
 * aside set for an application is void in the decision, and they see nothing of its standing.
 */
const round = demoRound(new Date('2026-03-02T08:00:00Z'));
const year = round.schoolYears[0]!.id;

const application = (applicationId: string, rank?: number): ApplicationRecord =>
  ({
    applicationId,
    roundId: round.id,
    status: 'SUBMITTED',
    receipt: { number: `IK-DEMO-${applicationId}`, submittedAt: '2026-04-01T10:00:00Z' },
    draft: {
      title: `Prosjekt ${applicationId}`,
      leadMunicipality: '0301',
      artSubjects: { subjects: ['music'] },
      activityAreas: [{ code: '1a', measure: 'x' }],
      budget: [
        {
          schoolYear: year,
          costLines: [{ description: 'x', amount: 500_000 }],
          ownContribution: 0,
          otherFunding: 0,
        },
      ],
    },
    expertDecision: { qualified: true, reason: 'ok', decidedAt: '', finalisedBy: '', standAside: [] },
    ...(rank ? { geographicDecision: { rank, decidedAt: '', finalisedBy: '', standAside: [] } } : {}),
  }) as unknown as ApplicationRecord;

const stage = (committee: Committee, changes: Partial<StageRecord> = {}): StageRecord => ({
  roundId: round.id,
  committee,
  openedAt: '2026-04-20T00:00:00Z',
  version: 4,
  proposals: {},
  conflicts: {},
  ...changes,
});

const declared = (
  committee: Committee,
  memberId: string,
  applicationId: string,
  conflicted: boolean,
): MemberReviewRecord => ({
  roundId: round.id,
  committee,
  applicationId,
  memberId,
  declaration: { conflicted, declaredAt: '2026-04-21T00:00:00Z' },
});

const reviewer = (committee: Committee, memberId: string): Reviewer => ({
  round,
  committee,
  member: findMember(round.committees, committee, memberId)!,
  role: roleOf(round.committees[committee], memberId),
  link: {} as Reviewer['link'],
  actor: { kind: 'member', id: memberId, committee },
});

describe('who acts for the committee (one rule)', () => {
  it('is the chair on an application, the deputy where the chair stood aside, nobody where both did', () => {
    expect(actingChairFor(round, 'expert', [])).toBe('ekspert-leder');
    expect(actingChairFor(round, 'expert', ['ekspert-leder'])).toBe('ekspert-nestleder');
    expect(actingChairFor(round, 'expert', ['ekspert-leder', 'ekspert-nestleder'])).toBeUndefined();
    expect(actingChairOfStage(round, 'final', new Map([['A', ['innstilling-leder']]]))).toBe(
      'innstilling-nestleder',
    );
  });

  it('refuses an outcome from the chair on an application the chair stood aside on, and from the deputy elsewhere', () => {
    const chairAside = [declared('expert', 'ekspert-leder', 'A', true)];
    expect(() => requireActsOn(reviewer('expert', 'ekspert-leder'), chairAside)).toThrow(
      expect.objectContaining({ code: 'CONFLICTED' }),
    );
    expect(() => requireActsOn(reviewer('expert', 'ekspert-nestleder'), chairAside)).toThrow(
      expect.objectContaining({ code: 'DECLARATION_REQUIRED' }),
    );
    expect(() =>
      requireActsOn(reviewer('expert', 'ekspert-nestleder'), [
        ...chairAside,
        declared('expert', 'ekspert-nestleder', 'A', false),
      ]),
    ).not.toThrow();
    expect(() =>
      requireActsOn(reviewer('expert', 'ekspert-nestleder'), [
        declared('expert', 'ekspert-nestleder', 'A', false),
      ]),
    ).toThrow(expect.objectContaining({ code: 'NOT_CHAIR' }));
    expect(() => requireActsOn(reviewer('expert', 'ekspert-medlem'), [])).toThrow(
      expect.objectContaining({ code: 'NOT_CHAIR' }),
    );
  });
});

describe('what a member standing aside set is void', () => {
  it('leaves an outcome set by a member who later stood aside out of the decision', () => {
    // Prepare: the chair set A's outcome, then declared a conflict on A
    const expert = stage('expert', {
      proposals: {
        A: { qualified: true, reason: 'ok', setBy: 'ekspert-leder', setAt: '' },
        B: { qualified: false, reason: 'nei', setBy: 'ekspert-leder', setAt: '' },
      },
    });
    const input = {
      round,
      committee: 'expert' as const,
      stage: expert,
      applications: [application('A'), application('B')],
      standAside: new Map([['A', ['ekspert-leder']]]),
      finalisedBy: 'ekspert-nestleder',
      now: '2026-04-25T10:00:00Z',
    };

    // Act / Assess: refused, naming A by receipt number and title
    expect(standingOf(expert, input.standAside).proposals).not.toHaveProperty('A');
    expect(() => buildDecision(input)).toThrow(
      expect.objectContaining({
        code: 'STAGE_INCOMPLETE',
        details: { missing: ['A'] },
        text: { params: { applications: 'IK-DEMO-A «Prosjekt A»' } },
      }),
    );
    // The deputy sets A: now the decision carries the deputy's outcome and who stood aside
    expert.proposals.A = { qualified: true, reason: 'Sterk', setBy: 'ekspert-nestleder', setAt: '' };
    expect(buildDecision(input).A).toMatchObject({
      setBy: 'ekspert-nestleder',
      standAside: ['ekspert-leder'],
      reason: 'Sterk',
    });
  });

  it('takes an application out of an order set by a member who stood aside on it', () => {
    const geographic = stage('geographic', {
      order: ['A', 'B', 'C'],
      comments: { B: 'Viktig', C: 'Også' },
      orderSetBy: 'geo-leder',
    });
    const input = {
      round,
      committee: 'geographic' as const,
      stage: geographic,
      applications: [application('A'), application('B'), application('C')],
      standAside: new Map([['B', ['geo-leder']]]),
      finalisedBy: 'geo-vest',
      now: '2026-04-25T10:00:00Z',
    };
    expect(standingOf(geographic, input.standAside)).toMatchObject({
      order: ['A', 'C'],
      comments: { C: 'Også' },
    });
    expect(() => buildDecision(input)).toThrow(
      expect.objectContaining({ code: 'STAGE_INCOMPLETE', details: { missing: ['B'] } }),
    );
    geographic.orderSetBy = 'geo-vest';
    expect(buildDecision(input)).toMatchObject({
      A: { rank: 1, setBy: 'geo-vest' },
      B: { rank: 2, comment: 'Viktig', standAside: ['geo-leder'] },
    });
  });
});

describe('a member standing aside sees nothing of the application’s standing', () => {
  it('shows no rank for it, and counts the others’ ranks without it (geographic)', () => {
    // Prepare: Nord stands aside on B, ranked second
    const geographic = stage('geographic', {
      order: ['A', 'B', 'C'],
      comments: { B: 'Sterk' },
      orderSetBy: 'geo-leder',
    });
    const reviews = [
      ...['A', 'C'].map((id) => declared('geographic', 'geo-nord', id, false)),
      declared('geographic', 'geo-nord', 'B', true),
    ];

    // Act
    const list = listView({
      reviewer: reviewer('geographic', 'geo-nord'),
      stage: geographic,
      deadline: '2026-05-01T00:00:00Z',
      applications: [application('A'), application('B'), application('C')],
      reviews,
    });
    const detail = detailView({
      reviewer: reviewer('geographic', 'geo-nord'),
      stage: { ...geographic, conflicts: { 'geo-nord': ['B'] } },
      application: application('C'),
      attachments: [],
      reviews: reviews.filter((review) => review.applicationId === 'C'),
    });

    // Assess
    expect(list.order).toEqual(['A', 'C']);
    expect(list.applications.map((row) => (row.proposal as { rank?: number } | null)?.rank ?? null)).toEqual([
      1,
      null,
      2,
    ]);
    expect(JSON.stringify(list)).not.toContain('Sterk');
    expect((detail as unknown as { proposal: { rank: number } }).proposal.rank).toBe(2);
    expect(list.actsForCommittee).toBe(false);
  });

  it('leaves it out of the budget, the indicators and the ranking (final)', () => {
    // Prepare: the member stands aside on A, ranked first and awarded
    const award = (total: number, setBy = 'innstilling-leder') => ({
      awarded: true as const,
      amounts: { [year]: total },
      total,
      setBy,
      setAt: '',
    });
    const final = stage('final', { proposals: { A: award(300_000), B: award(100_000), C: award(50_000) } });
    const applications = [application('A', 1), application('B', 2), application('C', 3)];
    const reviews = [
      declared('final', 'innstilling-medlem', 'A', true),
      declared('final', 'innstilling-medlem', 'B', false),
      declared('final', 'innstilling-medlem', 'C', false),
    ];

    // Act
    const mine = listView({
      reviewer: reviewer('final', 'innstilling-medlem'),
      stage: final,
      deadline: '2026-05-01T00:00:00Z',
      applications,
      reviews,
    });
    const chairs = listView({
      reviewer: reviewer('final', 'innstilling-leder'),
      stage: final,
      deadline: '2026-05-01T00:00:00Z',
      applications,
      reviews,
    });

    // Assess
    expect(mine.applications.map((row) => row.applicationId)).toEqual(['B', 'C', 'A']);
    expect(mine.applications.map((row) => ('geographic' in row ? row.geographic?.rank : undefined))).toEqual([
      1,
      2,
      undefined,
    ]);
    expect(mine.budget?.total.awarded).toBe(150_000);
    expect(mine.indicators?.awarded).toBe(2);
    expect(chairs.budget?.total.awarded).toBe(450_000);
  });

  it('counts no award set by a member who stood aside on it, for anyone', () => {
    const final = stage('final', {
      proposals: {
        A: {
          awarded: true,
          amounts: { [year]: 300_000 },
          total: 300_000,
          setBy: 'innstilling-leder',
          setAt: '',
        },
      },
    });
    const list = listView({
      reviewer: reviewer('final', 'innstilling-nestleder'),
      stage: final,
      deadline: '2026-05-01T00:00:00Z',
      applications: [application('A', 1)],
      reviews: [
        declared('final', 'innstilling-leder', 'A', true),
        declared('final', 'innstilling-nestleder', 'A', false),
      ],
    });
    expect(list.applications[0]!.proposal).toBeNull();
    expect(list.budget?.total.awarded).toBe(0);
    expect(list.actsForCommittee).toBe(true);
  });
});
