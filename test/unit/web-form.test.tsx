import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApplicationDraft } from '../../shared/domain/application.ts';
import { demoRound } from '../../shared/domain/rounds/demo.ts';
import { ApiError } from '../../web/src/app/api.ts';
import { currentRound, type RoundView } from '../../web/src/features/rounds/rounds.ts';
import type { AttachmentView } from '../../web/src/features/application/types.ts';
import { checkFile, contentTypeOf } from '../../web/src/features/application/form/attachments.ts';
import { DraftSync, type SaveDraft } from '../../web/src/features/application/form/draft-sync.ts';
import {
  budgetFigures,
  changedFields,
  describeIssues,
  fieldId,
  issuesOfStep,
  stepOf,
  unmetRules,
  withBudgetForSchoolYears,
} from '../../web/src/features/application/form/logic.ts';
import { formatList, formatNok, isoWeek, parseWholeNumber } from '../../web/src/app/format.ts';
import { completeDraft } from '../support/applications.ts';

/** The web form's logic without a browser: derived totals, step validation, saving and 409s. */
const round = demoRound(new Date('2026-03-02T08:00:00Z'));
const [year1, year2] = round.schoolYears.map((year) => year.id) as [string, string];
const accepted: AttachmentView = {
  attachmentId: 'a1',
  kind: 'letterOfIntent',
  fileName: 'intensjonsavtale.pdf',
  contentType: 'application/pdf',
  size: 1000,
  status: 'ACCEPTED',
  createdAt: '2026-03-02T08:00:00.000Z',
};

describe('budget: derived totals', () => {
  it('sums costs per school year and derives the amount requested', () => {
    // Prepare
    const draft = completeDraft([year1, year2]);
    draft.budget![1]!.costLines.push({ description: 'Utstyr', amount: 25_000 });

    // Act
    const figures = budgetFigures(draft);

    // Assess
    expect(figures.perSchoolYear.map((year) => year.requested)).toEqual([300_000, 325_000]);
    expect(figures.total).toEqual({
      costs: 1_025_000,
      ownContribution: 300_000,
      otherFunding: 100_000,
      requested: 625_000,
    });
    expect(formatNok(figures.total.requested)).toBe('625\u00a0000\u00a0kr');
  });

  it('counts what is not typed yet as 0, so totals show while the budget is drawn up', () => {
    const figures = budgetFigures({
      budget: [
        {
          schoolYear: year1,
          costLines: [{ description: '', amount: 0 }],
          ownContribution: 0,
          otherFunding: 0,
        },
      ],
    });
    expect(figures.total.requested).toBe(0);
    expect(budgetFigures({}).perSchoolYear).toEqual([]);
  });

  it('adds a budget for each chosen school year in the round’s order, keeping the figures already typed', () => {
    const typed = {
      schoolYear: year2,
      costLines: [{ description: 'Reise', amount: 10 }],
      ownContribution: 1,
      otherFunding: 0,
    };
    const draft = withBudgetForSchoolYears({ schoolYears: [year1, year2], budget: [typed] }, round);
    expect(draft.budget?.map((entry) => entry.schoolYear)).toEqual([year1, year2]);
    expect(draft.budget?.[1]).toBe(typed);
    const same = { schoolYears: [year1], budget: draft.budget };
    expect(withBudgetForSchoolYears(same, round)).toBe(same); // nothing to add: the same draft
  });
});

describe('step validation with the API’s own rules', () => {
  it('places each unmet rule on its step and its input', () => {
    // Prepare: a fresh draft as the API creates it
    const issues = describeIssues(
      unmetRules({ leadMunicipality: '0301', contact: { email: 'a@b.no' } }, round, []),
      'nb',
    );

    // Assess
    expect(issuesOfStep(issues, 'project').map((i) => [i.path, i.target])).toEqual([
      ['title', 'field-title'],
      ['partnerMunicipalities', 'field-partnerMunicipalities'],
    ]);
    expect(issuesOfStep(issues, 'anchoring').map((i) => i.code)).toEqual([
      'ANCHORING_REQUIRED',
      'LETTER_OF_INTENT_REQUIRED',
    ]);
    expect(issuesOfStep(issues, 'contact').map((i) => i.target)).toEqual([
      'field-contact-name',
      'field-contact-phone',
    ]);
    expect(issuesOfStep(issues, 'review')).toHaveLength(issues.length);
    expect(issues.find((i) => i.code === 'TITLE_REQUIRED')?.message).toBe('Gi prosjektet et navn.');
  });

  it('passes a complete application once a letter of intent is accepted, and only then', () => {
    const draft = completeDraft([year1]);
    expect(unmetRules(draft, round, []).map((i) => i.code)).toEqual(['LETTER_OF_INTENT_REQUIRED']);
    expect(unmetRules(draft, round, [{ ...accepted, status: 'PENDING' }]).map((i) => i.code)).toEqual([
      'LETTER_OF_INTENT_REQUIRED',
      'ATTACHMENTS_PENDING',
    ]);
    expect(unmetRules(draft, round, [accepted])).toEqual([]);
  });

  it('is not ready while any attachment is still being checked, even with an accepted letter', () => {
    const draft = completeDraft([year1]);
    const pending = {
      ...accepted,
      attachmentId: 'other',
      kind: 'other' as const,
      status: 'PENDING' as const,
    };
    expect(unmetRules(draft, round, [accepted, pending])).toEqual([
      { path: 'attachments', code: 'ATTACHMENTS_PENDING', params: { count: 1 } },
    ]);
  });

  it('maps the API’s dot-joined paths to the inputs the error summary focuses', () => {
    expect(fieldId('partners.0.organisationNumber')).toBe('field-partners-0-organisationNumber');
    expect(fieldId('draft.expectedPupils')).toBe('field-expectedPupils');
    expect(fieldId('attachments')).toBe('field-attachments');
    expect(fieldId('activityAreas.1.measure')).toBe('field-activityAreas-1-measure');
    expect(fieldId('activityAreas.1.code')).toBe('field-activityAreas');
    expect(fieldId('budget.0')).toBe('field-budget-0-ownContribution');
    expect(fieldId('budget.1.costLines.2.amount')).toBe('field-budget-1-costLines-2-amount');
    expect(fieldId('budget.0.costLines')).toBe('field-budget-0-costLines-0-description');
    expect(fieldId('artSubjects.subjects.0')).toBe('field-artSubjects');
    expect(stepOf('budget.0.costLines.0.amount')).toBe('budget');
    expect(stepOf('draft.contact.phone')).toBe('contact');
    expect(stepOf('')).toBe('review');
  });

  it('speaks the chosen language', () => {
    const [nn] = describeIssues([{ path: 'title', code: 'TITLE_REQUIRED' }], 'nn');
    const [en] = describeIssues([{ path: 'title', code: 'TITLE_REQUIRED' }], 'en');
    expect([nn?.message, en?.message]).toEqual(['Gi prosjektet eit namn.', 'Give the project a name.']);
  });
});

describe('saving as the applicant types, and a 409 from another tab', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const start = (save: SaveDraft, draft: ApplicationDraft = { title: 'A' }) =>
    new DraftSync({ draft, version: 3 }, { save, delayMs: 800, retryMs: 5000 });

  it('saves once, after the typing pauses, with the version the edit was based on', async () => {
    const save = vi.fn<SaveDraft>(async (version) => ({
      version: version + 1,
      updatedAt: '2026-03-02T10:00:00.000Z',
    }));
    const sync = start(save);
    sync.edit({ title: 'Ab' });
    sync.edit({ title: 'Abc' });
    expect(sync.current.status).toBe('pending');
    expect(sync.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledExactlyOnceWith(3, { title: 'Abc' });
    expect(sync.current).toMatchObject({ status: 'saved', version: 4, savedAt: '2026-03-02T10:00:00.000Z' });
    expect(sync.dirty).toBe(false);
  });

  it('never sends two saves at once: an edit during a save is saved after it, on the new version', async () => {
    let finish!: () => void;
    const save = vi.fn<SaveDraft>(
      (version) =>
        new Promise((resolve) => {
          finish = () => resolve({ version: version + 1, updatedAt: 'x' });
        }),
    );
    const sync = start(save);
    sync.edit({ title: 'first' });
    await vi.advanceTimersByTimeAsync(800);
    sync.edit({ title: 'second' });
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]).toEqual([4, { title: 'second' }]);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.current).toMatchObject({ status: 'saved', version: 5 });
  });

  it('on 409 VERSION_CONFLICT keeps both versions, shows what differs, and overwrites nothing', async () => {
    // Prepare: another tab saved version 4 with another title and a contact person
    const theirs = { title: 'Fane B', contact: { name: 'Ola' } };
    const save = vi.fn<SaveDraft>(async () => {
      throw new ApiError(409, 'VERSION_CONFLICT', 'changed', [], {
        currentVersion: 4,
        current: theirs,
        updatedAt: '2026-03-02T10:05:00.000Z',
      });
    });
    const sync = start(save, { title: 'A', targetGroup: '' });

    // Act
    sync.edit({ title: 'Fane A', targetGroup: '' });
    await vi.advanceTimersByTimeAsync(800);

    // Assess: conflict, both drafts at hand, no further saves
    expect(sync.current.status).toBe('conflict');
    expect(sync.current.conflict).toEqual({
      current: theirs,
      currentVersion: 4,
      updatedAt: '2026-03-02T10:05:00.000Z',
      changed: ['title', 'contact'], // an empty text and a missing one are the same
    });
    expect(sync.current.draft).toEqual({ title: 'Fane A', targetGroup: '' });
    sync.edit({ title: 'Fane A!', targetGroup: '' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('resolves a conflict with the stored version, or with mine saved on top of it', async () => {
    const conflict = new ApiError(409, 'VERSION_CONFLICT', 'changed', [], {
      currentVersion: 7,
      current: { title: 'B' },
    });
    const save = vi.fn<SaveDraft>().mockRejectedValueOnce(conflict);
    const sync = start(save);
    sync.edit({ title: 'A2' });
    await vi.advanceTimersByTimeAsync(800);
    sync.resolve('theirs');
    expect(sync.current).toMatchObject({ status: 'saved', version: 7, draft: { title: 'B' } });
    expect(sync.current.conflict).toBeUndefined();

    save.mockRejectedValueOnce(conflict).mockResolvedValueOnce({ version: 8, updatedAt: 'y' });
    sync.edit({ title: 'A3' });
    await vi.advanceTimersByTimeAsync(800);
    expect(sync.current.status).toBe('conflict');
    sync.resolve('mine');
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenLastCalledWith(7, { title: 'A3' });
    expect(sync.current).toMatchObject({ status: 'saved', version: 8, draft: { title: 'A3' } });
  });

  it('does not send a draft that fails its shape check, and retries after a network failure', async () => {
    const save = vi
      .fn<SaveDraft>()
      .mockRejectedValueOnce(new ApiError(0, 'NETWORK', 'offline'))
      .mockResolvedValue({ version: 4, updatedAt: 'z' });
    const sync = start(save);
    sync.edit({ title: 'x'.repeat(201) });
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).not.toHaveBeenCalled();
    expect(sync.current.status).toBe('invalid');
    expect(sync.current.invalid).toEqual([{ path: 'title', code: 'TEXT_TOO_LONG', params: { max: 200 } }]);

    sync.edit({ title: 'kort' });
    await vi.advanceTimersByTimeAsync(800);
    expect(sync.current.status).toBe('error');
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(sync.current.status).toBe('saved');
  });

  it('stops when the application was submitted elsewhere or the session ended', async () => {
    const readOnly = start(vi.fn<SaveDraft>().mockRejectedValue(new ApiError(409, 'READ_ONLY', 'submitted')));
    readOnly.edit({ title: 'late' });
    await vi.advanceTimersByTimeAsync(800);
    expect(readOnly.current.status).toBe('readOnly');
    readOnly.edit({ title: 'later' });
    expect(readOnly.current.draft).toEqual({ title: 'late' });

    const signedOut = start(
      vi.fn<SaveDraft>().mockRejectedValue(new ApiError(401, 'UNAUTHORIZED', 'expired')),
    );
    signedOut.edit({ title: 'x' });
    await vi.advanceTimersByTimeAsync(800);
    expect(signedOut.current.status).toBe('signedOut');
  });

  it('tells which fields differ between two drafts, whatever the key order', () => {
    expect(
      changedFields({ contact: { name: 'A', email: 'b' } }, { contact: { email: 'b', name: 'A' } }),
    ).toEqual([]);
    expect(changedFields({ partners: [] }, {})).toEqual([]);
    expect(changedFields({ expectedPupils: 4 }, { expectedPupils: 5, title: 'T' })).toEqual([
      'title',
      'expectedPupils',
    ]);
  });
});

describe('small helpers', () => {
  it('reads and writes Norwegian numbers and weeks', () => {
    expect(formatNok(12_500_000)).toBe('12\u00a0500\u00a0000\u00a0kr');
    expect(parseWholeNumber('12 500')).toBe(12_500);
    expect(parseWholeNumber(' 400000 kr')).toBe(400_000);
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber('12,5')).toBeNaN();
    expect(isoWeek('2022-02-28')).toBe(9);
    expect(isoWeek('2022-05-09')).toBe(19);
    expect(isoWeek('2021-01-03')).toBe(53);
    expect(formatList(['mandag', 'onsdag', 'fredag'], 'nb')).toBe('mandag, onsdag og fredag');
  });

  it('checks files against the allow-list before any upload', () => {
    const max = 20 * 1024 * 1024;
    expect(checkFile({ name: 'avtale.pdf', type: 'application/pdf', size: 1000 }, max)).toBeUndefined();
    expect(contentTypeOf({ name: 'avtale.odt', type: '' })).toBe('application/vnd.oasis.opendocument.text');
    expect(checkFile({ name: 'program.exe', type: 'application/x-msdownload', size: 1000 }, max)?.code).toBe(
      'ATTACHMENT_TYPE_NOT_ALLOWED',
    );
    expect(checkFile({ name: 'tom.pdf', type: 'application/pdf', size: 0 }, max)?.code).toBe(
      'ATTACHMENT_EMPTY',
    );
    expect(checkFile({ name: 'stor.pdf', type: 'application/pdf', size: max + 1 }, max)).toEqual({
      code: 'ATTACHMENT_TOO_LARGE',
      params: { max: 20 },
    });
  });

  it('shows the round whose period is open, else the next to open, else the last closed', () => {
    const at = (id: string, state: RoundView['applicationPeriodState'], opens: string, closes: string) =>
      ({ ...round, id, applicationPeriodState: state, applicationPeriod: { opens, closes } }) as RoundView;
    const closed = at('2022', 'closed', '2022-02-27T23:00:00Z', '2022-04-10T21:59:59Z');
    const open = at('demo', 'open', '2026-03-01T23:00:00Z', '2026-03-29T21:59:59Z');
    const upcoming = at('2027', 'not-open', '2027-03-01T23:00:00Z', '2027-03-29T21:59:59Z');
    expect(currentRound([closed, open, upcoming])?.id).toBe('demo');
    expect(currentRound([closed, upcoming])?.id).toBe('2027');
    expect(currentRound([closed])?.id).toBe('2022');
    expect(currentRound([])).toBeUndefined();
  });
});
