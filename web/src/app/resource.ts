/**
 * `useResource(key, load)`: what a page reads from the API, by key. The hook loads when the key
 * appears or changes — passing the load an AbortSignal, aborted when the key changes again or the
 * page goes — and keeps what it loaded until then; `reload()` loads the same key again (after an
 * action) and resolves when it is done, keeping the data on screen meanwhile. A key of
 * `undefined` loads nothing (no token yet). A failure is kept as `error` beside any earlier data,
 * and `reload` is the retry. One small hook instead of a query library: the pages need no cache
 * shared between them, and it costs the first page nothing (docs/decisions/078-web-feature-modules.md).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isAbort } from './api.ts';

export interface Resource<T> {
  /** The last data loaded for this key (kept while it reloads). */
  data: T | undefined;
  /** The last load's failure, until a load succeeds. */
  error: unknown;
  /** A load for this key is under way. */
  loading: boolean;
  /** Loads the key again; resolves when done (never rejects: a failure lands in `error`). */
  reload(): Promise<void>;
}

interface State<T> {
  key: string | undefined;
  data?: T;
  error?: unknown;
  loading: boolean;
}

export function useResource<T>(
  key: string | undefined,
  load: (signal: AbortSignal) => Promise<T>,
): Resource<T> {
  const [state, setState] = useState<State<T>>({ key, loading: key !== undefined });
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });
  const current = useRef<AbortController | undefined>(undefined);

  const run = useCallback(async (forKey: string | undefined) => {
    current.current?.abort();
    if (forKey === undefined) return;
    const controller = new AbortController();
    current.current = controller;
    setState((previous) =>
      previous.key === forKey ? { ...previous, loading: true } : { key: forKey, loading: true },
    );
    try {
      const data = await loadRef.current(controller.signal);
      if (!controller.signal.aborted) setState({ key: forKey, data, loading: false });
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      setState((previous) => ({
        key: forKey,
        data: previous.key === forKey ? previous.data : undefined,
        error,
        loading: false,
      }));
    }
  }, []);

  useEffect(() => {
    void run(key);
    return () => current.current?.abort();
  }, [key, run]);

  const reload = useCallback(() => run(key), [key, run]);
  // A key that changed this render shows nothing of the previous key's data.
  const mine = state.key === key;
  return {
    data: mine ? state.data : undefined,
    error: mine ? state.error : undefined,
    loading: key !== undefined && (!mine || state.loading),
    reload,
  };
}
