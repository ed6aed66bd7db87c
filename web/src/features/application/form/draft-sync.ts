/**
 * Saves the draft as the applicant types: debounced, one request at a time, the version the
 * edit was based on sent along. A 409 VERSION_CONFLICT (another tab or a colleague saved
 * first) stops saving and keeps both versions until the applicant chooses; nothing is
 * overwritten behind their back. Framework-free, so its behaviour is unit-tested directly.
 */
import {
  validateDraft,
  type ApplicationDraft,
  type FieldIssue,
} from '../../../../../shared/domain/application.ts';
import { ApiError, type FieldError } from '../../../app/api.ts';

import { changedFields, type DraftKey } from './logic.ts';

export type SaveStatus =
  | 'saved' // what is shown is what is stored
  | 'pending' // edited; a save is scheduled
  | 'saving'
  | 'error' // the last save failed (network, 5xx); retrying
  | 'invalid' // the draft fails its shape check: not sent until corrected
  | 'conflict' // another version was saved first: the applicant chooses
  | 'readOnly' // submitted or withdrawn meanwhile
  | 'signedOut'; // the session expired: sign in again (nothing typed since the last save is sent)

export interface Conflict {
  current: ApplicationDraft;
  currentVersion: number;
  updatedAt?: string;
  changed: DraftKey[];
  /** Who saved the current version, when, which sections (ADR 096). */
  lastChange?: { name: string; at: string; sections: string[] };
}

export interface SyncState {
  draft: ApplicationDraft;
  version: number;
  status: SaveStatus;
  savedAt?: string;
  conflict?: Conflict;
  /** Shape problems of the draft (local check) or the API's 400 fields. */
  invalid: (FieldIssue | FieldError)[];
}

export type SaveDraft = (
  version: number,
  draft: ApplicationDraft,
) => Promise<{ version: number; updatedAt: string }>;

export interface DraftSyncOptions {
  save: SaveDraft;
  delayMs?: number;
  retryMs?: number;
  onState?: (state: SyncState) => void;
}

export class DraftSync {
  private state: SyncState;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  /** The draft the last successful save stored (or the one loaded). */
  private stored: ApplicationDraft;
  private readonly delayMs: number;
  private readonly retryMs: number;

  constructor(
    initial: { draft: ApplicationDraft; version: number; updatedAt?: string },
    private readonly options: DraftSyncOptions,
  ) {
    this.delayMs = options.delayMs ?? 800;
    this.retryMs = options.retryMs ?? 5000;
    this.stored = initial.draft;
    this.state = {
      draft: initial.draft,
      version: initial.version,
      status: 'saved',
      savedAt: initial.updatedAt,
      invalid: [],
    };
  }

  get current(): SyncState {
    return this.state;
  }

  /** Unsaved edits exist (the page warns before it is left). */
  get dirty(): boolean {
    return !['saved', 'readOnly', 'signedOut'].includes(this.state.status);
  }

  private set(patch: Partial<SyncState>) {
    this.state = { ...this.state, ...patch };
    this.options.onState?.(this.state);
  }

  /** The applicant changed something: show it at once, save it shortly. */
  edit(draft: ApplicationDraft) {
    if (this.state.status === 'readOnly' || this.state.status === 'signedOut') return;
    const checked = validateDraft(draft);
    if (!checked.ok) {
      this.clearTimer();
      this.set({
        draft,
        status: this.state.status === 'conflict' ? 'conflict' : 'invalid',
        invalid: checked.issues,
      });
      return;
    }
    if (this.state.status === 'conflict') {
      this.set({ draft, invalid: [] }); // kept locally until the conflict is resolved
      return;
    }
    this.set({ draft, status: 'pending', invalid: [] });
    this.schedule(this.delayMs);
  }

  /** Save now (leaving a step, submitting); resolves when what was edited is stored or failed. */
  async flush(): Promise<SaveStatus> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    if (this.state.status === 'pending' || this.state.status === 'error') await this.run();
    return this.state.status;
  }

  /** Resolve a conflict: take the stored version, or put mine on top of it. */
  resolve(choice: 'theirs' | 'mine') {
    const conflict = this.state.conflict;
    if (!conflict) return;
    if (choice === 'theirs') {
      this.stored = conflict.current;
      this.set({
        draft: conflict.current,
        version: conflict.currentVersion,
        status: 'saved',
        savedAt: conflict.updatedAt ?? this.state.savedAt,
        conflict: undefined,
        invalid: [],
      });
    } else {
      this.set({ version: conflict.currentVersion, status: 'pending', conflict: undefined });
      this.schedule(0);
    }
  }

  /** The application was submitted (or withdrawn): stop saving. */
  stop() {
    this.clearTimer();
    this.set({ status: 'readOnly' });
  }

  dispose() {
    this.clearTimer();
  }

  private clearTimer() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(ms: number) {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, ms);
  }

  private async run(): Promise<void> {
    if (this.inFlight) {
      await this.inFlight;
      if (this.state.status === 'pending') this.schedule(0);
      return;
    }
    const draft = this.state.draft;
    const version = this.state.version;
    this.set({ status: 'saving' });
    this.inFlight = (async () => {
      try {
        const saved = await this.options.save(version, draft);
        this.stored = draft;
        const editedMeanwhile = this.state.draft !== draft;
        this.set({
          version: saved.version,
          savedAt: saved.updatedAt,
          status: editedMeanwhile ? 'pending' : 'saved',
        });
        if (editedMeanwhile) this.schedule(this.delayMs);
      } catch (error) {
        this.failed(error);
      }
    })();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = undefined;
    }
  }

  private failed(error: unknown) {
    if (error instanceof ApiError && error.status === 409 && error.code === 'VERSION_CONFLICT') {
      const current = (error.body.current ?? {}) as ApplicationDraft;
      const currentVersion = Number(error.body.currentVersion);
      this.set({
        status: 'conflict',
        conflict: {
          current,
          currentVersion,
          updatedAt: typeof error.body.updatedAt === 'string' ? error.body.updatedAt : undefined,
          changed: changedFields(this.state.draft, current),
          ...(error.body.lastChange ? { lastChange: error.body.lastChange as Conflict['lastChange'] } : {}),
        },
      });
      return;
    }
    if (error instanceof ApiError && error.status === 401) {
      this.set({ status: 'signedOut' });
      return;
    }
    if (error instanceof ApiError && error.status === 409) {
      this.set({ status: 'readOnly' });
      return;
    }
    if (error instanceof ApiError && error.status === 400) {
      this.set({ status: 'invalid', invalid: error.fields });
      return;
    }
    this.set({ status: 'error' });
    this.schedule(this.retryMs);
  }
}
