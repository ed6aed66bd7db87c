/**
 * What the applicant typed that is not stored yet survives a reload (issue 9.9): a number that
 * cannot be read (kept per field, it is never sent) and a draft that fails its shape check or
 * waits for its save (kept whole, with the version it was based on). sessionStorage: this tab
 * only, gone with it; cleared as soon as the server has what was typed. Never throws — a
 * browser without storage (private mode, quota) simply keeps nothing.
 */
import type { ApplicationDraft } from '../../../../../shared/domain/application.ts';

const PREFIX = 'ikk.kept';
const fieldKey = (applicationId: string, fieldId: string) => `${PREFIX}.${applicationId}.field.${fieldId}`;
const draftKey = (applicationId: string) => `${PREFIX}.${applicationId}.draft`;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function attempt(action: (store: Storage) => void) {
  const store = storage();
  if (!store) return;
  try {
    action(store);
  } catch {
    // Full or refused: nothing is kept, the form works on.
  }
}

/** The raw text of a field that failed its check (not saved), or undefined. */
export function keptField(applicationId: string, fieldId: string): string | undefined {
  return storage()?.getItem(fieldKey(applicationId, fieldId)) ?? undefined;
}

export function keepField(applicationId: string, fieldId: string, text: string) {
  attempt((store) => store.setItem(fieldKey(applicationId, fieldId), text));
}

export function forgetField(applicationId: string, fieldId: string) {
  attempt((store) => store.removeItem(fieldKey(applicationId, fieldId)));
}

export interface KeptDraft {
  draft: ApplicationDraft;
  /** The version the edit was based on: a save on it meets a conflict if another was stored since. */
  version: number;
}

export function keptDraft(applicationId: string): KeptDraft | undefined {
  const raw = storage()?.getItem(draftKey(applicationId));
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<KeptDraft>;
    return parsed && typeof parsed === 'object' && parsed.draft && typeof parsed.version === 'number'
      ? { draft: parsed.draft, version: parsed.version }
      : undefined;
  } catch {
    return undefined;
  }
}

export function keepDraft(applicationId: string, kept: KeptDraft) {
  attempt((store) => store.setItem(draftKey(applicationId), JSON.stringify(kept)));
}

/** The server has the draft as typed (a field's unreadable text is kept on: it was never sent). */
export function forgetDraft(applicationId: string) {
  attempt((store) => store.removeItem(draftKey(applicationId)));
}

/** The draft is no longer the applicant's to change (submitted, withdrawn, closed): keep nothing. */
export function forgetAll(applicationId: string) {
  attempt((store) => {
    for (let index = store.length - 1; index >= 0; index--) {
      const key = store.key(index);
      if (key?.startsWith(`${PREFIX}.${applicationId}.`)) store.removeItem(key);
    }
  });
}
