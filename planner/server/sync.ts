/**
 * The /sync side: a Hocuspocus instance that authenticates every document connection with core's
 * `accessTo`, logs every applied update to the store before it is acknowledged, and compacts the
 * log when a document is stored (debounced) or unloaded.
 *
 * Ordering (read in @hocuspocus/server 3.4.4, MessageReceiver.ts): an update message is applied
 * with `Y.applyUpdate`, whose `update` event fires synchronously inside that call; only after it
 * returns does the server send the SyncStatus acknowledgement. Our `update` listener appends to
 * SQLite synchronously, so an acknowledged update is on disk.
 */
import { Hocuspocus, type Connection } from "@hocuspocus/server";
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

/** Creates the Hocuspocus instance over `store`. */
export function createSync(store: Store, secret: Buffer, log: (message: string) => void): Sync {
  /** Open document connections per token id, for revocation. */
  const byToken = new Map<string, Set<Connection>>();

  const compact = (name: string, doc: Y.Doc): void => {
    store.compactDocument(name, Y.encodeStateAsUpdate(doc));
  };

  const hocuspocus = new Hocuspocus({
    name: "turnus",
    quiet: true,
    unloadImmediately: true,

    onAuthenticate({ token, documentName, connectionConfig }) {
      const auth = authenticate(store, secret, token);
      if (!auth.ok) throw new Error(auth.reason);
      const doc = parseDocName(documentName);
      if (!doc) throw new Error(`"${documentName}" is not a Turnus document name`);
      const access = accessTo(auth.claims, doc);
      if (access === "none") throw new Error(`no access to ${documentName}`);
      if (access === "read") connectionConfig.readOnly = true;
      const context: SyncContext = { claims: auth.claims };
      return Promise.resolve(context);
    },

    connected({ context, connection }) {
      if (!hasClaims(context)) return Promise.resolve();
      const id = context.claims.id;
      const open = byToken.get(id) ?? new Set<Connection>();
      byToken.set(id, open);
      open.add(connection);
      connection.onClose(() => {
        open.delete(connection);
        if (open.size === 0 && byToken.get(id) === open) byToken.delete(id);
      });
      // Revoked between authentication and now: close at once.
      if (store.getToken(id)?.revokedAt !== undefined) connection.close();
      return Promise.resolve();
    },

    onLoadDocument({ document, documentName }) {
      const stored = store.loadDocument(documentName);
      let skipped = 0;
      for (const update of stored) {
        try {
          Y.applyUpdate(document, update);
        } catch (error) {
          skipped += 1;
          log(`${documentName}: skipped an unreadable stored update (${String(error)})`);
        }
      }
      if (stored.length > 1 || skipped > 0) compact(documentName, document);
      // Registered after loading, so only updates from connections are logged. Fires inside
      // Y.applyUpdate, before Hocuspocus acknowledges the message (see above).
      document.on("update", (update: Uint8Array) => store.appendUpdate(documentName, update));
      return Promise.resolve();
    },

    onStoreDocument({ document, documentName }) {
      compact(documentName, document);
      return Promise.resolve();
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
