/**
 * The /sync side: a Hocuspocus instance that authenticates every document connection with core's
 * `accessTo`, logs every applied update to the store before it is acknowledged, and compacts the
 * log when a document is stored (debounced) or unloaded.
 *
 * Ordering (read in @hocuspocus/server 3.4.4, MessageReceiver.ts): an update message is applied
 * with `Y.applyUpdate`, whose `update` event fires synchronously inside that call; only after it
 * returns does the server send the SyncStatus acknowledgement. Our `update` listener appends to
 * SQLite synchronously, so an acknowledged update is on disk.
 *
 * An asynchronous store (PostgreSQL, scale-out) cannot write inside that listener. There the
 * `beforeHandleMessage` hook, which Hocuspocus awaits before it applies (and so acknowledges) a
 * message, logs the update a writable connection sent: acknowledged again means stored. Updates
 * relayed from other processes (Redis) are not logged here; their own process logged them.
 */
import { Hocuspocus, IncomingMessage, type Connection, type Extension } from "@hocuspocus/server";
import * as Y from "yjs";
import { accessTo, parseDocName, type TokenClaims } from "../../core/src/protocol/index.js";
import { authenticate } from "./access.js";
import type { Store } from "./store.js";

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
   * "on-apply": log each update inside Y.applyUpdate (a synchronous store); "before-apply": log
   * what a client sent before Hocuspocus applies it (an asynchronous store).
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

/** Creates the Hocuspocus instance over `store`. */
export function createSync(
  store: Store,
  secret: Buffer,
  log: (message: string) => void,
  options: SyncOptions = { logUpdates: "on-apply" },
): Sync {
  /** Open document connections per token id, for revocation. */
  const byToken = new Map<string, Set<Connection>>();

  const compact = async (name: string, doc: Y.Doc): Promise<void> => {
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
      if (options.logUpdates !== "before-apply" || connection.readOnly) return;
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
      if (options.logUpdates === "on-apply") {
        // Registered after loading, so only updates from connections are logged. Fires inside
        // Y.applyUpdate, before Hocuspocus acknowledges the message (see above); the SQLite
        // store writes synchronously, so this returns once the update is written.
        document.on("update", (update: Uint8Array) => {
          void store.appendUpdate(documentName, update);
        });
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
