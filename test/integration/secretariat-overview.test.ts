import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { Applicant } from '../support/applicant.ts';
import { minimalPdf } from '../support/files.ts';
import {
  openEarly,
  submitApplication,
  waitForLinks,
  waitForStage,
  type Submitted,
} from '../support/review.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { signInAsStaff } from '../support/staff.ts';

/**
 * The secretariat's overview of a round and one application's full view (ADR 094), on the
 * local stack: every application whatever its state, counts and sums per county, activity
 * area and art subject, each committee's progress as its members work; the application whole
 * with its audit trail. Only staff may read them.
 */
let test: TestStack;
let staff: string;
let bodo: Submitted;
let molde: Submitted;
let draft: Applicant;
let withdrawn: Applicant;
let tied: { attachmentId: string };
let untied: { attachmentId: string };
const demo = () => findRound('demo')!;

beforeAll(async () => {
  test = await startTestStack();
  staff = await signInAsStaff(test);
  bodo = await submitApplication(test, {
    lead: '1804',
    partners: ['1840'],
    title: 'Kulturskole for alle i Bodø',
    areas: ['1a', '2b'],
    subjects: ['music', 'dance'],
  });
  molde = await submitApplication(test, {
    lead: '1506',
    partners: ['1505'],
    title: 'Molde spiller',
    schoolYears: 2,
  });
  draft = await Applicant.signIn(test, 'utkast@kulturskole.example.no', '0301');
  // In the draft (while the period is open): a letter tied to the lead municipality (ADR 098), one not tied.
  tied = await draft.upload({
    fileName: 'fra-oslo.pdf',
    contentType: 'application/pdf',
    bytes: minimalPdf(),
  });
  untied = await draft.upload({
    fileName: 'uten-part.pdf',
    contentType: 'application/pdf',
    bytes: minimalPdf(),
  });
  const changed = await draft.call('PUT', `/attachments/${tied.attachmentId}`, {
    body: { kind: 'letterOfIntent', party: { municipality: '0301' } },
  });
  expect(changed.status, JSON.stringify(changed.body)).toBe(200);
  withdrawn = await Applicant.signIn(test, 'trukket@kulturskole.example.no', '3401');
  expect((await withdrawn.call('POST', '/withdraw')).status).toBe(200);
}, 60_000);

afterAll(async () => {
  await test?.stop();
});

const overview = () => test.api('GET', '/staff/rounds/demo', { token: staff });

describe('the round overview', () => {
  it('lists every application of the round: drafts, submitted and withdrawn', async () => {
    const answer = await overview();
    expect(answer.status).toBe(200);
    const byId = new Map(
      answer.body.applications.map((row: { applicationId: string }) => [row.applicationId, row]),
    );
    expect(byId.size).toBe(4);
    expect(byId.get(draft.applicationId)).toMatchObject({
      status: 'DRAFT',
      stage: null,
      receiptNumber: null,
    });
    expect(byId.get(withdrawn.applicationId)).toMatchObject({ status: 'WITHDRAWN', stage: 'WITHDRAWN' });
    expect(byId.get(bodo.applicationId)).toMatchObject({
      status: 'SUBMITTED',
      title: 'Kulturskole for alle i Bodø',
      leadMunicipality: { number: '1804', name: 'Bodø' },
      activityAreas: ['1a', '2b'],
      artSubjects: ['music', 'dance'],
      ownerEmail: bodo.email,
      outcome: null,
      awarded: null,
    });
    expect(answer.body.round).toEqual({ id: 'demo', title: demo().title });
  });

  it("gives the round's dates and, beside them, the award's: the acceptance deadline and each report's (ADR 113)", async () => {
    const { body } = await overview();
    const { grant } = demo();
    expect(Object.keys(body.dates)).toEqual(
      expect.arrayContaining(['applicationCloses', 'expert', 'geographic', 'final', 'announcement']),
    );
    expect(Date.parse(body.dates.acceptBy)).toBe(Date.parse(grant.acceptBy));
    expect(Object.keys(body.dates.reportsDue).sort()).toEqual(Object.keys(grant.reportsDue).sort());
    for (const [schoolYear, due] of Object.entries(grant.reportsDue))
      expect(Date.parse(body.dates.reportsDue[schoolYear])).toBe(Date.parse(due));
  });

  it('counts and sums per county, activity area and art subject', async () => {
    const { body } = await overview();
    const rows = body.applications as { applicationId: string; requested: number }[];
    const requested = (id: string) => rows.find((row) => row.applicationId === id)!.requested;
    expect(requested(bodo.applicationId)).toBeGreaterThan(0);
    const both = requested(bodo.applicationId) + requested(molde.applicationId);
    expect(body.tallies.total).toEqual({
      key: 'total',
      drafts: 1,
      submitted: 2,
      withdrawn: 1,
      requested: both,
      awarded: 0,
    });
    const county = (key: string) => body.tallies.byCounty.find((entry: { key: string }) => entry.key === key);
    // Bodø and Saltdal are in Nordland (18), Molde and Rauma in Møre og Romsdal (15).
    expect(county('18')).toMatchObject({ submitted: 1, requested: requested(bodo.applicationId) });
    expect(county('15')).toMatchObject({ submitted: 1, requested: requested(molde.applicationId) });
    const area = (key: string) =>
      body.tallies.byActivityArea.find((entry: { key: string }) => entry.key === key);
    expect(area('1a')).toMatchObject({ submitted: 2, requested: both });
    expect(area('2b')).toMatchObject({ submitted: 1, requested: requested(bodo.applicationId) });
    const subject = (key: string) =>
      body.tallies.byArtSubject.find((entry: { key: string }) => entry.key === key);
    expect(subject('dance')).toMatchObject({ submitted: 1 });
    expect(subject('music')).toMatchObject({ submitted: 2, requested: both });
  });

  it("shows each committee's progress: members, links, declarations, conflicts, assessments, what is left", async () => {
    const before = await overview();
    const expert = () => before.body.committees.find((c: { committee: string }) => c.committee === 'expert');
    expect(expert()).toMatchObject({ status: 'not-open', overdue: false });
    expect(expert().members.every((m: { link: unknown }) => m.link === null)).toBe(true);

    await openEarly();
    await waitForStage([bodo.applicationId, molde.applicationId], 'EXPERT_REVIEW');
    const members = demo().committees.expert.members;
    const links = await waitForLinks(
      test,
      'expert',
      members.map((member) => member.email),
    );
    const [first, second] = members;
    const asFirst = { token: links.get(first!.email)! };
    const asSecond = { token: links.get(second!.email)! };
    // The first member assesses Bodø; the second declares a conflict on Molde.
    const declared = await test.api(
      'POST',
      `/review/applications/${bodo.applicationId}/declaration?committee=expert`,
      {
        ...asFirst,
        body: { conflicted: false },
      },
    );
    expect(declared.status, JSON.stringify(declared.body)).toBe(200);
    const criterion = { score: 4, comment: 'Godt forankret i begge kommunene.' };
    const assessed = await test.api(
      'POST',
      `/review/applications/${bodo.applicationId}/assessment?committee=expert`,
      {
        ...asFirst,
        body: {
          activityAreaFit: criterion,
          anchoring: criterion,
          sustainability: criterion,
          recommendation: 'qualified',
        },
      },
    );
    expect(assessed.status, JSON.stringify(assessed.body)).toBe(200);
    const conflict = await test.api(
      'POST',
      `/review/applications/${molde.applicationId}/declaration?committee=expert`,
      {
        ...asSecond,
        body: { conflicted: true, reason: 'Jobber i Molde kulturskole' },
      },
    );
    expect(conflict.status, JSON.stringify(conflict.body)).toBe(200);

    const after = (await overview()).body.committees.find(
      (c: { committee: string }) => c.committee === 'expert',
    );
    expect(after).toMatchObject({ status: 'open', applications: 2, overdue: false });
    const progress = (id: string) => after.members.find((m: { memberId: string }) => m.memberId === id);
    expect(progress(first!.id)).toMatchObject({
      declared: [bodo.applicationId],
      assessed: [bodo.applicationId],
      conflicts: [],
      outstanding: 1,
    });
    expect(progress(second!.id)).toMatchObject({
      conflicts: [molde.applicationId],
      assessed: [],
      outstanding: 1,
    });
    expect(progress(first!.id).link).toMatchObject({ revokedAt: null });
    // Past the deadline, the open stage is overdue (a new sign-in: weeks idle end a session).
    test.clock.set(Date.parse(after.deadline) + 60_000);
    const later = await signInAsStaff(test);
    const late = (await test.api('GET', '/staff/rounds/demo', { token: later })).body.committees.find(
      (c: { committee: string }) => c.committee === 'expert',
    );
    test.clock.reset();
    expect(late.overdue).toBe(true);
  }, 60_000);
});

describe("one application's full view", () => {
  it('shows the application, its attachments, stages and audit trail', async () => {
    const answer = await test.api('GET', `/staff/applications/${withdrawn.applicationId}`, { token: staff });
    expect(answer.status).toBe(200);
    expect(answer.body.application).toMatchObject({
      applicationId: withdrawn.applicationId,
      roundId: 'demo',
      status: 'WITHDRAWN',
      draft: { leadMunicipality: '3401' },
    });
    expect(answer.body.stages.map((stage: { decided: boolean }) => stage.decided)).toEqual([
      false,
      false,
      false,
    ]);
    expect(answer.body.audit).toEqual([]);

    const submitted = await test.api('GET', `/staff/applications/${bodo.applicationId}`, { token: staff });
    expect(submitted.body.attachments).toEqual([
      expect.objectContaining({
        fileName: 'intensjonsavtale.pdf',
        status: 'SUBMITTED',
        kind: 'letterOfIntent',
      }),
    ]);
    expect(submitted.body.mailProblems).toEqual([]);
    // The expert member's declaration and assessment are in its trail, by the member.
    expect(submitted.body.audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: expect.objectContaining({ kind: 'member' }), committee: 'expert' }),
      ]),
    );
  });

  it('names the party of each letter of intent, and each committee member in the trail by name with their id', async () => {
    const answer = await test.api('GET', `/staff/applications/${draft.applicationId}`, { token: staff });
    expect(answer.status).toBe(200);
    const byId = new Map(
      answer.body.attachments.map((file: { attachmentId: string }) => [file.attachmentId, file]),
    );
    expect(byId.get(tied.attachmentId)).toMatchObject({
      fileName: 'fra-oslo.pdf',
      party: { municipality: '0301' },
    });
    expect(byId.get(untied.attachmentId)).not.toHaveProperty('party');

    // The expert member's entries carry the name the round's configuration gives them.
    const submitted = await test.api('GET', `/staff/applications/${bodo.applicationId}`, { token: staff });
    const members = submitted.body.audit.filter(
      (entry: { actor: { kind: string } }) => entry.actor.kind === 'member',
    );
    expect(members.length).toBeGreaterThan(0);
    for (const { actor } of members) {
      const member = demo().committees[actor.committee as 'expert'].members.find((m) => m.id === actor.id)!;
      expect(actor).toEqual({ kind: 'member', id: member.id, committee: actor.committee, name: member.name });
    }
  });

  it('answers 404 for an application that does not exist, and 401 to anyone but staff', async () => {
    const unknown = await test.api('GET', '/staff/applications/01JAAAAAAAAAAAAAAAAAAAAAAA', { token: staff });
    expect(unknown.status).toBe(404);
    expect(
      (await test.api('GET', `/staff/applications/${bodo.applicationId}`, { token: bodo.token })).status,
    ).toBe(401);
    expect((await test.api('GET', '/staff/rounds/demo', { token: draft.token })).status).toBe(401);
    expect((await test.api('GET', '/staff/rounds/no-such-round', { token: staff })).status).toBe(404);
  });
});
