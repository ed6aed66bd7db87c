// The two emulators ship no type declarations; these cover what local/stack.ts uses.

declare module 'dynalite' {
  import type { Server } from 'node:http';
  interface DynaliteOptions {
    /** LevelDB folder; in memory when omitted. */
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
  }
  /** An http.Server whose close() also closes the LevelDB store. */
  export default function dynalite(options?: DynaliteOptions): Server;
}

declare module 's3rver' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { EventEmitter } from 'node:events';
  interface S3rverOptions {
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }
  /** A Koa app: emits 'event' (S3 notifications) for every object written. */
  export default class S3rver extends EventEmitter {
    constructor(options?: S3rverOptions);
    /** Creates the configured buckets (and their CORS) in the store. */
    configureBuckets(): Promise<void>;
    /** The request handler, for a server of one's own. */
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
