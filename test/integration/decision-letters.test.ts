import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announceEarly,
  openEarly,
  submitApplication,
  waitForLinks,
  waitForStage,
  type Submitted,
} from '../support/review.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { moveGrantDates } from '../../shared/grants/dates.ts';
import { signInAsStaff } from '../support/staff.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { DEMO_MEMBERS } from '../support/members.ts';

/**
 * After the announcement (issue 12 points 1 and 5; ADR 099, 101): each applicant downloads their
 * decision letter as a PDF — and only theirs, and only once announced — and the round's awards
 * are open data as JSON and CSV, nothing of them before the announcement. A round played through
 * the three committees: an award in full, a reduced award, a decline, a not-qualified verdict.
 */
let test: TestStack;
let full: Submitted;
let reduced: Submitted;
let declined: Submitted;
let notQualified: Submitted;
const requested = new Map<string, { schoolYear: string; amount: number }[]>();

const EXPERT = DEMO_MEMBERS.expert.chair;
const GEO = DEMO_MEMBERS.geographic.chair;
const FINAL = DEMO_MEMBERS.final.chair;
const REDUCED_REASON = 'Budsjettet fordeles på flere tiltak i regionen.';
const DECLINE_REASON = 'Andre søknader gir større geografisk spredning.';
const NOT_QUALIFIED_REASON = 'Forankringen i samarbeidskommunene er for svak.';

const letterOf = (app: Submitted, token = app.token) =>
  test.api('GET', `/applications/${app.applicationId}/decision-letter`, { token });

/** The PDF's text as pdf.js reads it, whitespace (also no-break) collapsed. */
async function pdfText(bytes: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** RFC 4180, strictly: quoted fields with doubled quotes, CRLF between records, a final CRLF. */
function parseCsv(text: string): string[][] {
  expect(text.endsWith('\r\n')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let index = 0;
  while (index < text.length) {
    let field = '';
    if (text[index] === '"') {
      index++;
      for (;;) {
        const quote = text.indexOf('"', index);
        expect(quote).toBeGreaterThanOrEqual(0);
        field += text.slice(index, quote);
        index = quote + 1;
        if (text[index] === '"') {
          field += '"';
          index++;
        } else break;
      }
    } else {
      const end = text.slice(index).search(/,|\r\n/);
      field = text.slice(index, index + end);
      expect(field).not.toMatch(/["\r\n]/);
      index += end;
    }
    row.push(field);
    if (text.startsWith('\r\n', index)) {
      rows.push(row);
      row = [];
      index += 2;
    } else {
      expect(text[index]).toBe(',');
      index++;
    }
  }
  return rows;
}

beforeAll(async () => {
  test = await startTestStack();
  full = await submitApplication(test, {
    lead: '0301',
    partners: ['3201'],
    title: 'Oslo og Bærum',
    schoolYears: 2,
  });
  reduced = await submitApplication(test, {
    lead: '4601',
    partners: ['4624'],
    title: 'Bergensregionen',
    areas: ['2b', '3a'],
    subjects: ['dance', 'theatre'],
  });
  declined = await submitApplication(test, {
    lead: '5001',
    partners: ['5028'],
    title: 'Trondheim og Melhus',
  });
  notQualified = await submitApplication(test, { lead: '1804', partners: ['1833'], title: 'Salten og Rana' });
  const apps = [full, reduced, declined, notQualified];

  // The expert committee qualifies three.
  await openEarly();
  await waitForStage(
    apps.map((app) => app.applicationId),
    'EXPERT_REVIEW',
  );
  const expert = (await waitForLinks(test, 'expert', [EXPERT])).get(EXPERT)!;
  for (const app of apps) {
    const path = `/review/applications/${app.applicationId}`;
    expect(
      (await test.api('POST', `${path}/declaration`, { token: expert, body: { conflicted: false } })).status,
    ).toBe(200);
    const qualified = app !== notQualified;
    const body = { qualified, reason: qualified ? 'Godt forankret.' : NOT_QUALIFIED_REASON };
    expect((await test.api('POST', `${path}/outcome`, { token: expert, body })).status).toBe(200);
  }
  let version = (await test.api('GET', '/review/context', { token: expert })).body.stage.version;
  expect((await test.api('POST', '/review/finalise', { token: expert, body: { version } })).status).toBe(200);

  // The geographic committee sets the order.
  const qualified = [full, reduced, declined].map((app) => app.applicationId);
  await waitForStage(qualified, 'GEOGRAPHIC_REVIEW');
  const geo = (await waitForLinks(test, 'geographic', [GEO])).get(GEO)!;
  for (const id of qualified) {
    const declared = await test.api('POST', `/review/applications/${id}/declaration`, {
      token: geo,
      body: { conflicted: false },
    });
    expect(declared.status).toBe(200);
  }
  const order = await test.api('POST', '/review/order', { token: geo, body: { order: qualified } });
  expect(order.status, JSON.stringify(order.body)).toBe(200);
  version = order.body.stage.version;
  expect((await test.api('POST', '/review/finalise', { token: geo, body: { version } })).status).toBe(200);

  // The final committee: in full, reduced with a reason, declined with a reason.
  await waitForStage(qualified, 'FINAL_REVIEW');
  const final = (await waitForLinks(test, 'final', [FINAL])).get(FINAL)!;
  const list = (await test.api('GET', '/review/applications', { token: final })).body.applications as {
    applicationId: string;
    requested: { perSchoolYear: { schoolYear: string; amount: number }[] };
  }[];
  for (const row of list) requested.set(row.applicationId, row.requested.perSchoolYear);
  for (const id of qualified) {
    const path = `/review/applications/${id}`;
    expect(
      (await test.api('POST', `${path}/declaration`, { token: final, body: { conflicted: false } })).status,
    ).toBe(200);
    const years = requested.get(id)!;
    const body =
      id === full.applicationId
        ? { awarded: true, amounts: Object.fromEntries(years.map((y) => [y.schoolYear, y.amount])) }
        : id === reduced.applicationId
          ? { awarded: true, amounts: { [years[0]!.schoolYear]: 120_000 }, reason: REDUCED_REASON }
          : { awarded: false, reason: DECLINE_REASON };
    const set = await test.api('POST', `${path}/outcome`, { token: final, body });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
  }
  version = (await test.api('GET', '/review/applications', { token: final })).body.stage.version;
  expect((await test.api('POST', '/review/finalise', { token: final, body: { version } })).status).toBe(200);
  await waitForStage(
    apps.map((app) => app.applicationId),
    'AWAITING_ANNOUNCEMENT',
  );
}, 120_000);
afterAll(async () => test?.stop());

describe('before the announcement', () => {
  it('has no decision letter for anyone, and no open data', async () => {
    // Act
    const letters = await Promise.all([full, reduced, declined, notQualified].map((app) => letterOf(app)));
    const json = await test.api('GET', '/rounds/demo/awards.json');
    const csv = await test.api('GET', '/rounds/demo/awards.csv');

    // Assess: the same 404 whatever the outcome will be
    for (const letter of letters) expect([letter.status, letter.body.code]).toEqual([404, 'NOT_FOUND']);
    expect([json.status, json.body.code]).toEqual([404, 'NOT_FOUND']);
    expect([csv.status, csv.body.code]).toEqual([404, 'NOT_FOUND']);
  });
});

describe('after the announcement', () => {
  beforeAll(async () => {
    await announceEarly();
    await waitForStage(
      [full, reduced, declined, notQualified].map((app) => app.applicationId),
      'ANNOUNCED',
      30_000,
    );
  }, 40_000);

  it('gives each applicant their letter as a PDF: the outcome, the amounts, the deadlines, the reasons', async () => {
    // Prepare: the secretariat has moved the acceptance deadline; the letter says the date as it holds
    await moveGrantDates(
      findRound('demo')!,
      { acceptBy: '2027-06-30T21:59:59.000Z' },
      { kind: 'admin', id: 'test' },
    );

    // Act
    const fullLetter = await letterOf(full);
    const reducedLetter = await letterOf(reduced);
    const declinedLetter = await letterOf(declined);
    const notQualifiedLetter = await letterOf(notQualified);

    // Assess
    expect(fullLetter.status).toBe(200);
    expect(fullLetter.headers['content-type']).toBe('application/pdf');
    expect(fullLetter.headers['content-disposition']).toMatch(/^attachment; filename="vedtak-.+\.pdf"$/);
    expect((fullLetter.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const fullText = await pdfText(fullLetter.body);
    const years = requested.get(full.applicationId)!;
    expect(fullText).toContain('Vedtak om tilskudd: Oslo og Bærum');
    for (const year of years)
      expect(fullText).toContain(`${year.amount.toLocaleString('nb-NO').replace(/\s/g, ' ')} kr`);
    expect(fullText).toContain(
      'Dere aksepterer tilskuddet og vilkårene i søknadsportalen innen 30. juni 2027.',
    );
    expect(fullText).toMatch(/Skoleåret \d{4}–\d{4}: rapport innen/);
    expect(fullText).not.toContain('Det er mindre enn');

    const reducedText = await pdfText(reducedLetter.body);
    expect(reducedText).toContain('Dere får tilskudd på til sammen 120 000 kr.');
    expect(reducedText).toContain(`Begrunnelse ${REDUCED_REASON}`);

    const declinedText = await pdfText(declinedLetter.body);
    expect(declinedText).toContain('Avslag på søknad om tilskudd: Trondheim og Melhus');
    expect(declinedText).toContain(DECLINE_REASON);
    expect(declinedText).not.toContain('rapport innen');

    const notQualifiedText = await pdfText(notQualifiedLetter.body);
    expect(notQualifiedText).toContain('Søknaden er ikke kvalifisert: Salten og Rana');
    expect(notQualifiedText).toContain(NOT_QUALIFIED_REASON);
  });

  it("refuses another applicant's session, a missing one and a forged one", async () => {
    // Act
    const other = await letterOf(declined, full.token);
    const none = await test.api('GET', `/applications/${declined.applicationId}/decision-letter`);
    const forged = await letterOf(declined, `${declined.token.slice(0, -4)}AAAA`);

    // Assess
    expect([other.status, other.body.code]).toEqual([403, 'FORBIDDEN']);
    expect([none.status, none.body.code]).toEqual([401, 'UNAUTHORIZED']);
    expect(forged.status).toBe(401);
  });

  it('publishes the awards as JSON: SSB numbers, amounts per school year, areas and subjects, the licence', async () => {
    // Act
    const answer = await test.api('GET', '/rounds/demo/awards.json');

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      roundId: 'demo',
      licence: { name: expect.stringContaining('NLOD'), url: 'https://data.norge.no/nlod/no/2.0' },
      currency: 'NOK',
      municipalityDivision: '2024',
    });
    const awards = answer.body.awards as { title: string; [key: string]: unknown }[];
    expect(awards.map((award) => award.title)).toEqual(['Oslo og Bærum', 'Bergensregionen']);
    const bergen = awards[1]!;
    expect(bergen).toMatchObject({
      leadMunicipality: { number: '4601', name: 'Bergen', countyNumber: '46', countyName: 'Vestland' },
      partnerMunicipalities: [{ number: '4624', countyNumber: '46' }],
      counties: [{ number: '46', name: 'Vestland' }],
      activityAreas: [{ code: '2b' }, { code: '3a' }],
      artSubjects: [
        { code: 'dance', label: 'Dans' },
        { code: 'theatre', label: 'Teater' },
      ],
      amounts: [{ schoolYear: requested.get(reduced.applicationId)![0]!.schoolYear, amount: 120_000 }],
      total: 120_000,
    });
    expect(JSON.stringify(answer.body)).not.toMatch(/Trondheim|Salten|@|Kari|Kontakt/);
    const fullTotal = requested.get(full.applicationId)!.reduce((sum, year) => sum + year.amount, 0);
    expect(answer.body.total).toBe(fullTotal + 120_000);
  });

  it('publishes the same as CSV: UTF-8 with a BOM, a header row, RFC 4180 quoting, one row per award', async () => {
    // Act
    const answer = await test.api('GET', '/rounds/demo/awards.csv');

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.headers['content-disposition']).toBe('attachment; filename="tildelinger-demo.csv"');
    const text = answer.body as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header!.slice(0, 4)).toEqual([
      'round_id',
      'case_number',
      'project_title',
      'lead_municipality_number',
    ]);
    expect(header).toContain('county_numbers');
    expect(header!.at(-1)).toBe('total_nok');
    expect(rows).toHaveLength(2);
    const bergen = Object.fromEntries(header!.map((name, index) => [name, rows[1]![index]]));
    expect(bergen).toMatchObject({
      project_title: 'Bergensregionen',
      lead_municipality_number: '4601',
      lead_municipality_name: 'Bergen',
      lead_county_number: '46',
      partner_municipality_numbers: '4624',
      activity_area_codes: '2b; 3a',
      art_subject_codes: 'dance; theatre',
      art_subject_labels: 'Dans; Teater',
      total_nok: '120000',
    });
    expect(text).not.toMatch(/Trondheim|Salten/);
  });

  it('gives the secretariat every letter of the round as one zip; no applicant may have it', async () => {
    // Prepare
    const staff = await signInAsStaff(test);
    const path = '/staff/rounds/demo/decision-letters';

    // Act
    const zip = await test.api('GET', path, { token: staff });
    const asApplicant = await test.api('GET', path, { token: full.token });
    const anonymous = await test.api('GET', path);
    const unknown = await test.api('GET', '/staff/rounds/nope/decision-letters', { token: staff });

    // Assess
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.headers['content-disposition']).toBe('attachment; filename="vedtaksbrev-demo.zip"');
    const files = unzipSync(new Uint8Array(zip.body as Buffer));
    expect(Object.keys(files)).toHaveLength(4);
    const texts = await Promise.all(Object.values(files).map((bytes) => pdfText(Buffer.from(bytes))));
    expect(texts.filter((text) => text.includes(NOT_QUALIFIED_REASON))).toHaveLength(1);
    expect(asApplicant.status).toBe(401);
    expect(anonymous.status).toBe(401);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'ROUND_NOT_FOUND']);
  });

  it('writes every letter of the round into a folder for the secretariat (npm run admin -- letters)', async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), 'letters-'));
    const repoRoot = join(import.meta.dirname, '..', '..');

    try {
      // Act
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', join(repoRoot, 'scripts', 'admin.ts'), 'letters', 'demo', dir],
        { env: { ...process.env, LOCAL_DATA_DIR: test.dataDir }, cwd: repoRoot },
      );

      // Assess
      expect(stdout).toContain('4 decision letter(s) of demo written to');
      const files = (await readdir(dir)).sort();
      expect(files).toHaveLength(4);
      expect(files.every((name) => /^vedtak-[\w.-]+\.pdf$/.test(name))).toBe(true);
      const texts = await Promise.all(files.map(async (name) => pdfText(await readFile(join(dir, name)))));
      expect(texts.filter((text) => text.includes(DECLINE_REASON))).toHaveLength(1);
      expect(texts.filter((text) => text.includes('Vedtak om tilskudd'))).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('answers ROUND_NOT_FOUND for a round that is not configured', async () => {
    // Act
    const answer = await test.api('GET', '/rounds/nope/awards.json');

    // Assess
    expect([answer.status, answer.body.code]).toEqual([404, 'ROUND_NOT_FOUND']);
  });
});
