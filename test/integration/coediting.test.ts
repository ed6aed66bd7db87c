import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { maxCoeditorsOf } from '../../shared/domain/rounds/schema.ts';
import { eraseApplication } from '../../shared/privacy/erase.ts';
import { listCoeditors, listJoinRequests } from '../../shared/storage/coeditors.ts';
import { completeDraft, tokenFromMail } from '../support/applications.ts';
import { Applicant } from '../support/applicant.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Co-editors (ADR 096) and requests to join (ADR 097): the owner invites by e-mail, the
 * co-editor signs in with their own link into the same application and edits it; the version
 * check holds across editors and names who saved first; removing a co-editor refuses their
 * session at once; only the owner invites, removes, answers requests and withdraws; the
 * round's maximum holds; someone starting an application for a municipality already named
 * is told whose it is — never an address — and may ask to join; own data and erase take the
 * co-editors along.
 */
let test: TestStack;
let counter = 0;

beforeAll(async () => {
  test = await startTestStack();
});
afterAll(async () => test?.stop());

const schoolYear = () => findRound('demo')!.schoolYears[0]!.id;
const address = (who: string) => `${who}${++counter}@kulturskole.example.no`;

/** The owner of a fresh draft with `lead` and `partners`, saved once (version 2). */
async function ownerOf(lead: string, partners: string[]) {
  const owner = await Applicant.signIn(test, address('eier'), lead);
  const saved = await owner.call('PUT', '/draft', {
    body: {
      version: 1,
      draft: completeDraft([schoolYear()], { leadMunicipality: lead, partnerMunicipalities: partners }),
    },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return owner;
}

/** The latest mail to `email`. */
async function lastMailTo(email: string) {
  const mail = (await test.mails()).filter((m) => m.to.includes(email)).at(-1);
  expect(mail, `a mail to ${email}`).toBeDefined();
  return mail!;
}

/** A session from the latest sign-in link mailed to `email`. */
async function sessionFromMail(email: string) {
  const mail = await lastMailTo(email);
  const session = await test.api('POST', '/sessions', { body: { token: tokenFromMail(mail.text) } });
  expect(session.status, JSON.stringify(session.body)).toBe(201);
  return session.body as { accessToken: string; applicationId: string };
}

/** The owner invites `email`; the invitee signs in with their link. */
async function invite(owner: Applicant, email: string, name: string) {
  const invited = await owner.call('POST', '/coeditors', { body: { email, name } });
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  const session = await sessionFromMail(email);
  return {
    coeditorId: invited.body.coeditorId as string,
    applicationId: session.applicationId,
    call: (
      method: string,
      path: string,
      options: { body?: unknown; headers?: Record<string, string> } = {},
    ) =>
      test.api(method, `/applications/${session.applicationId}${path}`, {
        token: session.accessToken,
        ...options,
      }),
  };
}

describe('a co-editor', () => {
  it('is invited by mail, signs in with their own link to the same application and edits it', async () => {
    const owner = await ownerOf('1804', ['1833']);
    const email = address('medredaktor');

    const coeditor = await invite(owner, email, 'Per Partner');

    expect(coeditor.applicationId).toBe(owner.applicationId);
    const invitation = await lastMailTo(email);
    expect(invitation.subject).toContain('Kari Nordmann');
    const view = (await coeditor.call('GET', '')).body;
    const saved = await coeditor.call('PUT', '/draft', {
      body: { version: view.version, draft: { ...view.draft, targetGroup: 'Barn i Rana' } },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const panel = await owner.call('GET', '/coeditors');
    expect(panel.status).toBe(200);
    expect(panel.body.role).toBe('owner');
    expect(panel.body.changes[0]).toMatchObject({ name: 'Per Partner', sections: ['targetGroup'] });
    expect(panel.body.coeditors).toEqual([
      expect.objectContaining({ name: 'Per Partner', email, joinedAt: expect.any(String) }),
    ]);
    const theirs = await coeditor.call('GET', '/coeditors');
    expect(theirs.body.role).toBe('coeditor');
    expect(theirs.body.coeditors[0]).toMatchObject({ you: true });
    expect(theirs.body.coeditors[0].email).toBeUndefined();
  });

  it('meets a 409 naming the other editor when the owner saved first', async () => {
    const owner = await ownerOf('5001', ['5028']);
    const coeditor = await invite(owner, address('medredaktor'), 'Tove Trondheim');
    const base = (await coeditor.call('GET', '')).body;
    const ownersSave = await owner.call('PUT', '/draft', {
      body: { version: base.version, draft: { ...base.draft, title: 'Eierens tittel' } },
    });
    expect(ownersSave.status).toBe(200);

    const stale = await coeditor.call('PUT', '/draft', {
      body: { version: base.version, draft: { ...base.draft, anchoring: 'Min tekst' } },
    });

    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: base.version + 1,
      current: expect.objectContaining({ title: 'Eierens tittel' }),
      lastChange: { name: 'Kari Nordmann', sections: ['title'], at: expect.any(String) },
    });
    const after = (await owner.view()).body;
    expect(after.draft.anchoring).toBe(base.draft.anchoring);
  });

  it('is refused on the next request once the owner removes them, and told nothing more', async () => {
    const owner = await ownerOf('4601', ['4624']);
    const coeditor = await invite(owner, address('medredaktor'), 'Berit Bergen');
    expect((await coeditor.call('GET', '')).status).toBe(200);

    const removed = await owner.call('DELETE', `/coeditors/${coeditor.coeditorId}`);

    expect(removed.status).toBe(204);
    const refused = await coeditor.call('GET', '');
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('UNAUTHORIZED');
    expect(JSON.stringify(refused.body)).not.toContain('@');
    expect((await coeditor.call('PUT', '/draft', { body: { version: 2, draft: {} } })).status).toBe(401);
    expect((await owner.call('GET', '/coeditors')).body.coeditors).toEqual([]);
    const trail = (await owner.audit()).filter((entry) => entry.action.startsWith('coeditor.'));
    expect(trail.map((entry) => entry.action)).toEqual(['coeditor.invited', 'coeditor.removed']);
    expect(JSON.stringify(trail)).not.toMatch(/@|Berit/);
  });

  it('may edit and leave, but not invite, remove others, withdraw or download the owner’s data', async () => {
    const owner = await ownerOf('3201', ['0301']);
    const first = await invite(owner, address('medredaktor'), 'Første');
    const second = await invite(owner, address('medredaktor'), 'Andre');

    for (const locale of ['nb', 'nn', 'en']) {
      const refused = await first.call('POST', '/coeditors', {
        headers: { 'accept-language': locale },
        body: { email: address('ukjent'), name: 'Ukjent' },
      });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('OWNER_ONLY');
      expect(refused.body.message.length).toBeGreaterThan(20);
    }
    expect((await first.call('DELETE', `/coeditors/${second.coeditorId}`)).body.code).toBe('OWNER_ONLY');
    expect((await first.call('POST', '/withdraw')).body.code).toBe('OWNER_ONLY');
    expect((await first.call('GET', '/data')).body.code).toBe('OWNER_ONLY');
    expect((await owner.view()).body.status).toBe('DRAFT');

    expect((await second.call('DELETE', `/coeditors/${second.coeditorId}`)).status).toBe(204);
    expect((await second.call('GET', '')).status).toBe(401);
    expect((await first.call('GET', '')).status).toBe(200);
  });

  it("is one of at most the round's maximum", async () => {
    const owner = await ownerOf('1833', ['1804']);
    const max = maxCoeditorsOf(findRound('demo')!);
    for (let i = 0; i < max; i++) {
      const invited = await owner.call('POST', '/coeditors', {
        body: { email: address('fler'), name: `Nr ${i}` },
      });
      expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    }

    const over = await owner.call('POST', '/coeditors', {
      body: { email: address('fler'), name: 'For mange' },
    });

    expect(over.status).toBe(409);
    expect(over.body.code).toBe('COEDITOR_LIMIT_REACHED');
    expect(over.body.message).toContain(String(max));
    expect(await listCoeditors(owner.applicationId)).toHaveLength(max);
    const ownAddress = await owner.call('POST', '/coeditors', { body: { email: owner.email, name: 'Meg' } });
    expect(ownAddress.status).toBe(400);
  });

  it('signs in again on the start page with a municipality of the application, into the same one', async () => {
    const owner = await ownerOf('5028', ['5001']);
    const email = address('medredaktor');
    await invite(owner, email, 'Gunn Gauldal');

    const started = await test.api('POST', '/applications', {
      body: { email, roundId: 'demo', leadMunicipality: '5001' },
    });

    expect(started.status).toBe(202);
    const session = await sessionFromMail(email);
    expect(session.applicationId).toBe(owner.applicationId);
    const panel = await test.api('GET', `/applications/${session.applicationId}/coeditors`, {
      token: session.accessToken,
    });
    expect(panel.body.role).toBe('coeditor');
  });
});

describe('starting for a municipality another application names', () => {
  it('tells whose it is — name and municipality, never an address — and lets one ask to join', async () => {
    const owner = await ownerOf('4624', ['4601']);
    const stranger = address('kollega');

    const started = await test.api('POST', '/applications', {
      body: { email: stranger, roundId: 'demo', leadMunicipality: '4601' },
    });

    expect(started.status).toBe(202);
    expect(started.body.existing).toContainEqual({
      applicationId: owner.applicationId,
      status: 'DRAFT',
      leadMunicipality: '4624',
      ownerName: 'Kari Nordmann',
    });
    expect(JSON.stringify(started.body)).not.toContain('@');
    // The same answer whoever asks: the owner's own address learns nothing different.
    const asOwner = await test.api('POST', '/applications', {
      body: { email: owner.email, roundId: 'demo', leadMunicipality: '4601' },
    });
    expect(asOwner.body).toEqual(started.body);

    const asked = await test.api('POST', `/applications/${owner.applicationId}/join-requests`, {
      body: { email: stranger, name: 'Kollega Kvinnherad', municipality: '4601', locale: 'nn' },
    });

    expect(asked.status, JSON.stringify(asked.body)).toBe(202);
    const told = await lastMailTo(owner.email);
    expect(told.text).toContain('Kollega Kvinnherad');
    const panel = (await owner.call('GET', '/coeditors')).body;
    expect(panel.joinRequests).toEqual([
      expect.objectContaining({ name: 'Kollega Kvinnherad', email: stranger, municipality: '4601' }),
    ]);
    const accepted = await owner.call('POST', `/join-requests/${panel.joinRequests[0].requestId}/accept`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const session = await sessionFromMail(stranger);
    expect(session.applicationId).toBe(owner.applicationId);
    expect(await listJoinRequests(owner.applicationId, new Date())).toEqual([]);
  });

  it('refuses a request naming a municipality the application does not have, in three languages', async () => {
    const owner = await ownerOf('0301', ['3201']);
    for (const locale of ['nb', 'nn', 'en']) {
      const asked = await test.api('POST', `/applications/${owner.applicationId}/join-requests`, {
        headers: { 'accept-language': locale },
        body: { email: address('feil'), name: 'Feil kommune', municipality: '1804' },
      });
      expect(asked.status).toBe(400);
      expect(asked.body.fields[0]).toMatchObject({
        path: 'municipality',
        code: 'JOIN_MUNICIPALITY_NOT_IN_APPLICATION',
      });
      expect(asked.body.fields[0].message).not.toBe(asked.body.message);
    }
  });

  it('lets the owner decline, and a co-editor cannot answer requests', async () => {
    const owner = await ownerOf('1804', ['5001']);
    await test.api('POST', `/applications/${owner.applicationId}/join-requests`, {
      body: { email: address('spor'), name: 'Spør', municipality: '5001' },
    });
    const coeditor = await invite(owner, address('medredaktor'), 'Med');
    const requestId = (await owner.call('GET', '/coeditors')).body.joinRequests[0].requestId as string;

    expect((await coeditor.call('GET', '/coeditors')).body.joinRequests).toEqual([]);
    expect((await coeditor.call('POST', `/join-requests/${requestId}/accept`)).body.code).toBe('OWNER_ONLY');
    expect((await coeditor.call('DELETE', `/join-requests/${requestId}`)).body.code).toBe('OWNER_ONLY');
    expect((await owner.call('DELETE', `/join-requests/${requestId}`)).status).toBe(204);
    expect((await owner.call('DELETE', `/join-requests/${requestId}`)).status).toBe(404);
  });
});

describe('privacy', () => {
  it("puts the co-editors in the owner's own data, and the erase takes them along", async () => {
    const owner = await ownerOf('3201', ['4601']);
    const email = address('medredaktor');
    await invite(owner, email, 'Data Person');

    const data = await owner.call('GET', '/data');

    expect(data.status).toBe(200);
    expect(data.body.coeditors).toEqual([expect.objectContaining({ name: 'Data Person', email })]);
    expect(data.body.joinRequests).toEqual([]);
    const withdrawn = await owner.call('POST', '/withdraw');
    expect(withdrawn.status).toBe(200);
    const erased = await eraseApplication(owner.applicationId, {
      reason: 'withdrawn',
      actor: { kind: 'admin', id: 'test' },
    });
    expect(erased.outcome).toBe('erased');
    expect(await listCoeditors(owner.applicationId)).toEqual([]);
  });
});
