/**
 * The /sync side: a Hocuspocus instance that authenticates every document connection with core's
 * `accessTo`, logs every applied update to the store before it is acknowledged, and compacts the
 * log when a document is stored (debounced) or unloaded.
 *
 * What is promised: an update the server has acknowledged (Hocuspocus' SyncStatus message to the
 * sender) is on disk and survives `kill -9`. Other clients need no such promise, so they get the
 * update at once and only the sender's acknowledgement waits for the disk.
 *
 * Ordering with the embedded store (read in @hocuspocus/server 3.4.4: MessageReceiver.ts,
 * Document.ts, Connection.ts). Hocuspocus applies an update message with `Y.applyUpdate`; the
 * document's `update` event fires synchronously inside that call, first for Hocuspocus' own
 * listener (which broadcasts the update to every connection), then for ours, which only queues
 * the update. After `Y.applyUpdate` returns, MessageReceiver sends the SyncStatus message through
 * `Connection.send`. We wrap that method on each connection (in `beforeHandleMessage`, which
 * Hocuspocus awaits before it applies the connection's first message) so that a SyncStatus
 * message waits while any queued update is unwritten. {@link BATCH_MS} after the first queued
 * update, the queued updates are written in one SQLite transaction and the held
 * acknowledgements are sent. So every acknowledgement leaves after a commit that holds its update,
 * and one commit serves all the updates of a few milliseconds instead of one commit each (fewer
 * WAL frames and checkpoints: under the sync benchmark's load this took the server's p95 from
 * 1.3–1.7 × to 0.9–1.1 × the bare relay's; the senders' acknowledgements wait up to 5 ms more,
 * which nobody sees: the edit is already on the screen and with the others). A write that fails
 * keeps its updates queued (and the acknowledgements held) and is retried; compacting a document
 * first writes what is queued, so its log never gets older updates after the compacted state.
 *
 * An asynchronous store (PostgreSQL, scale-out) cannot write inside `Y.applyUpdate`. There the
 * `beforeHandleMessage` hook, which Hocuspocus awaits before it applies (and so acknowledges) a
 * message, logs the update a writable connection sent: acknowledged again means stored. Updates
 * relayed from other processes (Redis) are not logged here; their own process logged them.
 */
import {
  Hocuspocus,
  IncomingMessage,
  MessageType,
  type Connection,
  type Extension,
} from "@hocuspocus/server";
import * as Y from "yjs";
import { accessTo, parseDocName, type TokenClaims } from "../../core/src/protocol/index.js";
import { authenticate } from "./access.js";
import type { LoggedUpdate, Store } from "./store.js";

/** What onAuthenticate puts into a connection's context. */
interface SyncContext {
  readonly claims: TokenClaims;
}

const hasClaims = (context: unknown): context is SyncContext =>
  typeof context === "object" && context !== null && "claims" in context;

export interface Sync {
  readonly hocuspocus: Hocuspocus;
  /** Closes every open document connection opened with this token (after revocation). */
  closeToken(tokenId: string): void;
}

export interface SyncOptions {
  /**
   * "on-apply": queue each update inside Y.applyUpdate and write a few milliseconds' updates in one
   * transaction (a synchronous store with `appendUpdates`); "before-apply": log what a client
   * sent before Hocuspocus applies it (an asynchronous store).
   */
  readonly logUpdates: "on-apply" | "before-apply";
  /** More Hocuspocus extensions (the Redis one in scale-out mode). */
  readonly extensions?: readonly Extension[];
}

/** y-protocols' sync message types that carry an update. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
/** Hocuspocus' message type of a Yjs sync message. */
const MESSAGE_SYNC = 0;

/** The update inside a client's sync message, or undefined for any other message. */
function updateIn(message: Uint8Array): Uint8Array | undefined {
  try {
    const incoming = new IncomingMessage(message);
    incoming.readVarString(); // document name
    if (incoming.readVarUint() !== MESSAGE_SYNC) return undefined;
    const type = incoming.readVarUint();
    if (type !== SYNC_STEP_2 && type !== SYNC_UPDATE) return undefined;
    return incoming.readVarUint8Array();
  } catch {
    return undefined; // malformed: Hocuspocus closes the connection when it reads it
  }
}

/**
 * Whether `message`, as Hocuspocus sends it (the document name as a varint-prefixed string, then
 * the message type), is a SyncStatus message. Every type is below 128, a single varint byte.
 */
function isSyncStatus(message: Uint8Array): boolean {
  let length = 0;
  let at = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = message[at++];
    if (byte === undefined) return false;
    length += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) break;
  }
  return message[at + length] === MessageType.SyncStatus;
}

/** How long updates gather before they are written in one transaction (and acknowledged). */
const BATCH_MS = 5;

/** How long a failed batch write waits before it is tried again. */
const RETRY_MS = 1_000;

/**
 * The updates queued in the current batch and the acknowledgements held for them (see
 * the module comment). `write` writes a batch in one transaction or throws.
 */
function updateBatcher(
  write: (updates: readonly LoggedUpdate[]) => void,
  log: (message: string) => void,
) {
  let queued: LoggedUpdate[] = [];
  let held: (() => void)[] = [];
  let immediate: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;

  const flush = (): void => {
    clearTimeout(immediate);
    clearTimeout(retry);
    immediate = retry = undefined;
    if (queued.length > 0) {
      try {
        write(queued);
      } catch (error) {
        log(`could not write ${queued.length} updates (retrying): ${String(error)}`);
        retry = setTimeout(flush, RETRY_MS);
        return;
      }
      queued = [];
    }
    const acknowledgements = held;
    held = [];
    for (const send of acknowledgements) send();
  };

  return {
    /** Queues an update; it is written with its batch (or by the pending retry). */
    add(update: LoggedUpdate): void {
      queued.push(update);
      if (!immediate && !retry) immediate = setTimeout(flush, BATCH_MS);
    },
    /** Runs `send` once every update queued so far is written: at once when none waits. */
    afterWrite(send: () => void): void {
      if (queued.length === 0) send();
      else held.push(send);
    },
    /** Writes what is queued now (before a compaction); a failure is left to the retry. */
    flush,
  };
}

/** The store's one-transaction batch append, which logging "on-apply" needs. */
function batchWriter(store: Store): (updates: readonly LoggedUpdate[]) => void {
  if (!store.appendUpdates) {
    throw new Error('logging updates "on-apply" needs a store with appendUpdates');
  }
  return store.appendUpdates.bind(store);
}

/** Creates the Hocuspocus instance over `store`. */
export function createSync(
  store: Store,
  secret: Buffer,
  log: (message: string) => void,
  options: SyncOptions = { logUpdates: "on-apply" },
): Sync {
  /** Open document connections per token id, for revocation. */
  const byToken = new Map<string, Set<Connection>>();

  const batch =
    options.logUpdates === "on-apply" ? updateBatcher(batchWriter(store), log) : undefined;
  /** Connections whose SyncStatus messages already wait for the batch. */
  const holding = new WeakSet<Connection>();

  const compact = async (name: string, doc: Y.Doc): Promise<void> => {
    batch?.flush(); // so that no queued update lands in the log after the compacted state
    await store.compactDocument(name, Y.encodeStateAsUpdate(doc));
  };

  const hocuspocus = new Hocuspocus({
    name: "turnus",
    quiet: true,
    unloadImmediately: true,
    extensions: [...(options.extensions ?? [])],

    async onAuthenticate({ token, documentName, connectionConfig }) {
      const auth = await authenticate(store, secret, token);
      if (!auth.ok) throw new Error(auth.reason);
      const doc = parseDocName(documentName);
      if (!doc) throw new Error(`"${documentName}" is not a Turnus document name`);
      const access = accessTo(auth.claims, doc);
      if (access === "none") throw new Error(`no access to ${documentName}`);
      if (access === "read") connectionConfig.readOnly = true;
      const context: SyncContext = { claims: auth.claims };
      return context;
    },

    async connected({ context, connection }) {
      if (!hasClaims(context)) return;
      const id = context.claims.id;
      const open = byToken.get(id) ?? new Set<Connection>();
      byToken.set(id, open);
      open.add(connection);
      connection.onClose(() => {
        open.delete(connection);
        if (open.size === 0 && byToken.get(id) === open) byToken.delete(id);
      });
      // Revoked between authentication and now: close at once.
      if ((await store.getToken(id))?.revokedAt !== undefined) connection.close();
    },

    async beforeHandleMessage({ connection, documentName, update }) {
      if (batch) {
        // Before the connection's first message is applied, so before its first acknowledgement.
        if (holding.has(connection)) return;
        holding.add(connection);
        const send = connection.send.bind(connection);
        connection.send = (message: Uint8Array) => {
          if (isSyncStatus(message)) batch.afterWrite(() => send(message));
          else send(message);
        };
        return;
      }
      if (connection.readOnly) return;
      const sent = updateIn(update);
      if (sent) await store.appendUpdate(documentName, sent);
    },

    async onLoadDocument({ document, documentName }) {
      const stored = await store.loadDocument(documentName);
      let skipped = 0;
      for (const update of stored) {
        try {
          Y.applyUpdate(document, update);
        } catch (error) {
          skipped += 1;
          log(`${documentName}: skipped an unreadable stored update (${String(error)})`);
        }
      }
      if (stored.length > 1 || skipped > 0) await compact(documentName, document);
      if (batch) {
        // Registered after loading, so only updates from connections are logged. Fires inside
        // Y.applyUpdate, before Hocuspocus sends the acknowledgement that then waits for this
        // update's batch (see above).
        document.on("update", (update: Uint8Array) => batch.add({ name: documentName, update }));
      }
    },

    async onStoreDocument({ document, documentName }) {
      await compact(documentName, document);
    },
  });

  return {
    hocuspocus,
    closeToken(tokenId) {
      for (const connection of [...(byToken.get(tokenId) ?? [])]) {
        connection.close({ code: 4403, reason: "the token was revoked" });
      }
    },
  };
}
