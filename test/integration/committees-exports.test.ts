import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { findRoundWithContent } from '../../shared/domain/rounds/content.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import {
  openEarly,
  submitApplication,
  waitForLinks,
  waitForStage,
  type Submitted,
} from '../support/review.ts';
import { DEMO_MEMBERS } from '../support/members.ts';

/**
 * The exports a committee secretary works from (issue 9, point 7; ADR 092), read back with
 * ExcelJS — a reader that is not the project's writer: labels in the member's language (never
 * internal codes), the art subject written in, partners with organisation numbers, the contact
 * person, every application of the round in the stage's order with each stage's outcome, the
 * geographic advisers' comments, the budget under its own headings.
 */
let test: TestStack;
const apps: Record<'salten' | 'trondheim' | 'oslo', Submitted> = {} as never;
const expert = DEMO_MEMBERS.expert;
const geo = DEMO_MEMBERS.geographic;
const final = DEMO_MEMBERS.final;
let tokens = new Map<string, string>();
/** The demo round, configured when the stack starts. */
const round = () => findRound('demo')!;

const api = (method: string, path: string, email: string, body?: unknown, language?: string) =>
  test.api(method, path, {
    token: tokens.get(email)!,
    ...(body !== undefined ? { body } : {}),
    ...(language ? { headers: { 'accept-language': language } } : {}),
  });

/** The export as ExcelJS reads it: the worksheet and its rows as arrays of values (1-based gone). */
async function readExport(email: string, language: string) {
  const answer = await api('GET', '/review/export?format=xlsx', email, undefined, language);
  expect(answer.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(answer.body as Buffer).buffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = (row.values as unknown[]).slice(1);
  });
  const header = rows[0] as string[];
  const cell = (row: unknown[] | undefined, title: string) => row?.[header.indexOf(title)] ?? null;
  const rowOf = (title: string) => rows.find((row) => row?.includes(title));
  return { sheet, rows, header, cell, rowOf };
}

beforeAll(async () => {
  test = await startTestStack();
  apps.salten = await submitApplication(test, {
    lead: '1804',
    partners: ['1833'],
    title: 'Salten og Rana',
    areas: ['1a', '5a'],
    subjects: ['music', 'dance'],
    other: 'Joik',
  });
  apps.trondheim = await submitApplication(test, {
    lead: '5001',
    partners: ['5028'],
    title: 'Trondheim og Melhus',
    areas: ['4a'],
    subjects: ['theatre'],
  });
  apps.oslo = await submitApplication(test, {
    lead: '0301',
    partners: ['3201'],
    title: 'Oslo og Bærum',
    areas: ['2a'],
    subjects: ['visualArt'],
  });
  const ids = Object.values(apps).map((app) => app.applicationId);
  await waitForStage(ids, 'SUBMITTED');
  await openEarly();
  await waitForStage(ids, 'EXPERT_REVIEW');
  tokens = await waitForLinks(test, 'expert', [expert.chair]);
});
afterAll(async () => test?.stop());

describe('the committees’ exports', () => {
  it('give the expert committee labels in the member’s language, the art subject written in, partners and the contact', async () => {
    // Prepare
    for (const app of Object.values(apps))
      await api('POST', `/review/applications/${app.applicationId}/declaration`, expert.chair, {
        conflicted: false,
      });

    // Act
    const [nb, nn, en] = await Promise.all(['nb', 'nn', 'en'].map((l) => readExport(expert.chair, l)));

    // Assess: every submitted application, in submission order
    expect(nb!.rows.slice(1).map((row) => nb!.cell(row, 'Prosjekt'))).toEqual([
      'Salten og Rana',
      'Trondheim og Melhus',
      'Oslo og Bærum',
    ]);
    const area = (code: string, locale: 'nb' | 'nn' | 'en') =>
      findRoundWithContent(round().id)!.activityAreas.find((a) => a.code === code)!.title[locale];
    const salten = (sheet: typeof nb) => sheet!.rowOf('Salten og Rana');
    expect(nb!.cell(salten(nb), 'Aktivitetsområder')).toBe(`${area('1a', 'nb')}; ${area('5a', 'nb')}`);
    expect(nn!.cell(salten(nn), 'Aktivitetsområde')).toBe(`${area('1a', 'nn')}; ${area('5a', 'nn')}`);
    expect(en!.cell(salten(en), 'Activity areas')).toBe(`${area('1a', 'en')}; ${area('5a', 'en')}`);
    expect(nb!.cell(salten(nb), 'Kunstfag')).toBe('Musikk; Dans; Annet: Joik');
    expect(nn!.cell(salten(nn), 'Kunstfag')).toBe('Musikk; Dans; Anna: Joik');
    expect(en!.cell(salten(en), 'Art subjects')).toBe('Music; Dance; Other: Joik');
    expect(en!.cell(en!.rowOf('Oslo og Bærum'), 'Art subjects')).toBe('Visual art');
    expect(nb!.cell(salten(nb), 'Samarbeidsparter (org.nr.)')).toBe(
      'Foss videregående skole (974760673); Drammen musikkorps',
    );
    expect(nb!.cell(salten(nb), 'Kontaktperson')).toMatch(/^Kontakt \d+$/);
    expect(en!.cell(salten(en), 'E-mail')).toBe(apps.salten.contactEmail);
    expect(nn!.cell(salten(nn), 'Telefon')).toBe('+47 912 34 567');
    // No internal code anywhere in the list
    for (const sheet of [nb, nn, en])
      for (const row of sheet!.rows.slice(1))
        expect(row.join('|')).not.toMatch(/\b(music|dance|theatre|visualArt)\b|(^|\|)1a(;|\|)/);
    // The styled sheet of ADR 073 kept: frozen bold header, filter, kr format
    expect(nb!.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(nb!.sheet.getRow(1).getCell(1).font).toMatchObject({ bold: true });
    expect(nb!.sheet.autoFilter).toBe(`A1:${nb!.sheet.getColumn(nb!.header.length).letter}4`);
    const total = nb!.header.indexOf('Søkt totalt') + 1;
    expect(nb!.sheet.getRow(2).getCell(total).numFmt).toBe('#,##0 "kr"');
  });

  it('give the geographic committee its priority order, the expert outcome and the advisers’ comments, and the not qualified', async () => {
    // Prepare: Salten and Trondheim qualified, Oslo not; Nord comments on Salten; Trondheim first
    for (const [key, app] of Object.entries(apps)) {
      const qualified = key !== 'oslo';
      const set = await api('POST', `/review/applications/${app.applicationId}/outcome`, expert.chair, {
        qualified,
        reason: qualified ? 'Godt forankret.' : 'Svak forankring i kommunene.',
      });
      expect(set.status).toBe(200);
    }
    const { version } = (await api('GET', '/review/context', expert.chair)).body.stage;
    expect((await api('POST', '/review/finalise', expert.chair, { version })).status).toBe(200);
    const qualified = [apps.salten.applicationId, apps.trondheim.applicationId];
    await waitForStage(qualified, 'GEOGRAPHIC_REVIEW');
    tokens = new Map([...tokens, ...(await waitForLinks(test, 'geographic', Object.values(geo)))]);
    for (const email of Object.values(geo))
      for (const id of qualified)
        await api('POST', `/review/applications/${id}/declaration`, email, { conflicted: false });
    expect(
      (
        await api('POST', `/review/applications/${apps.salten.applicationId}/assessment`, geo.nord, {
          comment: 'Lite tilbud i Salten i dag.',
        })
      ).status,
    ).toBe(200);
    const order = await api('POST', '/review/order', geo.chair, {
      order: [apps.trondheim.applicationId, apps.salten.applicationId],
      comments: { [apps.salten.applicationId]: 'Viktig for Nord-Norge.' },
    });
    expect(order.status).toBe(200);

    // Act
    const [nb, en] = await Promise.all(['nb', 'en'].map((l) => readExport(geo.chair, l)));

    // Assess: the priority order, then the one the expert committee let go
    expect(nb!.rows.slice(1).map((row) => [nb!.cell(row, 'Prioritet'), nb!.cell(row, 'Prosjekt')])).toEqual([
      [1, 'Trondheim og Melhus'],
      [2, 'Salten og Rana'],
      [null, 'Oslo og Bærum'],
    ]);
    const salten = nb!.rowOf('Salten og Rana');
    expect(nb!.cell(salten, 'Sakkyndig utvalgs vurdering')).toBe('kvalifisert');
    expect(nb!.cell(salten, 'Geografiske rådgiveres kommentarer')).toBe(
      'Gunn Geografi (Midt og Nord): Lite tilbud i Salten i dag.',
    );
    expect(nb!.cell(salten, 'Utvalgets kommentar')).toBe('Viktig for Nord-Norge.');
    const oslo = en!.rowOf('Oslo og Bærum');
    expect(en!.cell(oslo, 'Expert committee’s outcome')).toBe('not qualified');
    expect(en!.cell(oslo, 'Expert committee’s reason')).toBe('Svak forankring i kommunene.');
    expect(en!.cell(oslo, 'Art subjects')).toBe('Visual art');
  });

  it('give the final committee every application with each stage’s outcome and the budget under its own headings', async () => {
    // Prepare: the geographic stage decided; Trondheim awarded, Salten declined
    const { version } = (await api('GET', '/review/context', geo.chair)).body.stage;
    expect((await api('POST', '/review/finalise', geo.chair, { version })).status).toBe(200);
    const ranked = [apps.trondheim.applicationId, apps.salten.applicationId];
    await waitForStage(ranked, 'FINAL_REVIEW');
    tokens = new Map([...tokens, ...(await waitForLinks(test, 'final', [final.chair]))]);
    for (const id of ranked)
      await api('POST', `/review/applications/${id}/declaration`, final.chair, { conflicted: false });
    const list = (await api('GET', '/review/applications', final.chair)).body;
    const trondheim = list.applications[0];
    const year = trondheim.requested.perSchoolYear[0];
    expect(
      (
        await api('POST', `/review/applications/${apps.trondheim.applicationId}/outcome`, final.chair, {
          awarded: true,
          amounts: { [year.schoolYear]: year.amount },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api('POST', `/review/applications/${apps.salten.applicationId}/outcome`, final.chair, {
          awarded: false,
          reason: 'Budsjettet er brukt opp.',
        })
      ).status,
    ).toBe(200);

    // Act
    const [nb, nn, en] = await Promise.all(['nb', 'nn', 'en'].map((l) => readExport(final.chair, l)));

    // Assess: the ranking, then the not qualified
    expect(nb!.rows.slice(1, 4).map((row) => nb!.cell(row, 'Prosjekt'))).toEqual([
      'Trondheim og Melhus',
      'Salten og Rana',
      'Oslo og Bærum',
    ]);
    const salten = nb!.rowOf('Salten og Rana');
    expect(nb!.cell(salten, 'Sakkyndig utvalgs vurdering')).toBe('kvalifisert');
    expect(nb!.cell(salten, 'Geografisk utvalgs kommentar')).toBe('Viktig for Nord-Norge.');
    expect(nb!.cell(salten, 'Geografiske rådgiveres kommentarer')).toMatch(/Lite tilbud i Salten/);
    expect(nb!.cell(salten, 'Utfall')).toBe('avslått');
    expect(nb!.cell(salten, 'Begrunnelse for avslag')).toBe('Budsjettet er brukt opp.');
    expect(en!.cell(en!.rowOf('Trondheim og Melhus'), 'Outcome')).toBe('awarded');
    expect(en!.cell(en!.rowOf('Trondheim og Melhus'), 'Awarded in total')).toBe(year.amount);
    expect(nn!.cell(nn!.rowOf('Oslo og Bærum'), 'Vurderinga til sakkunnig utval')).toBe('ikkje kvalifisert');
    expect(en!.cell(en!.rowOf('Oslo og Bærum'), 'Outcome')).toBeNull();

    // The budget: below a blank row, its own bold header, each figure under its heading, in kr
    for (const [sheet, headings] of [
      [nb, ['Budsjettår', 'Budsjett', 'Tildelt', 'Gjenstår']],
      [nn, ['Budsjettår', 'Budsjett', 'Tildelt', 'Står att']],
      [en, ['Budget year', 'Budget', 'Awarded', 'Remaining']],
    ] as const) {
      expect(sheet!.rows[4]?.filter((value) => value !== undefined && value !== null) ?? []).toEqual([]);
      expect(sheet!.rows[5]).toEqual(headings);
      expect(sheet!.sheet.getRow(6).getCell(2).font).toMatchObject({ bold: true });
    }
    const budgetYear = year.budgetYear as string;
    const yearRow = nb!.rows.find((row) => row?.[0] === budgetYear)!;
    expect(yearRow).toEqual([
      budgetYear,
      round().budgetPerYear[budgetYear],
      year.amount,
      round().budgetPerYear[budgetYear]! - year.amount,
    ]);
    expect(en!.rows.at(-1)![0]).toBe('In total');
    expect(nb!.sheet.getRow(7).getCell(2).numFmt).toBe('#,##0 "kr"');
    // The filter stays on the list
    expect(nb!.sheet.autoFilter).toMatch(/^A1:[A-Z]+4$/);
  });
});
