/**
 * Syncing an open arrangement's document with the sync server (planner/server, Hocuspocus 3
 * protocol over WebSocket at `/sync`). The document is the one y-indexeddb keeps: local edits go
 * to IndexedDB whether or not the server is reachable, and the provider exchanges what either
 * side is missing whenever it (re)connects. Nothing here waits for the network before an edit.
 *
 * Presence (Yjs awareness) carries each person's name, a colour and the grid cell they are on;
 * states coming from others are untrusted and validated before the UI sees them.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { z } from "zod";
import type * as Y from "yjs";

/** Where the connection stands, as the UI says it. */
export type Connection =
  /** No connection (the device is offline, or the server is unreachable): edits stay here. */
  | "offline"
  /** Connecting, or connected and exchanging what is missing. */
  | "connecting"
  /** Connected and caught up with the server (new local edits are sent as they are made). */
  | "synced"
  /** The server refused the token (revoked, or not for this document). */
  | "denied";

/** The sync state of an arrangement. */
export interface SyncStatus {
  readonly connection: Connection;
  /**
   * Local changes the server has not confirmed yet. On a read-only connection the server drops
   * local changes, so this never returns to 0 there (the UI offers no edits to a viewer).
   */
  readonly unsynced: number;
  /** What the server allows this device: writing the rota, or only reading it. */
  readonly scope: "read-write" | "readonly" | undefined;
  /** The server's reason when it refused the token. */
  readonly reason?: string;
}

/** A grid cell: a day and an assistant. */
export interface PresenceCell {
  readonly date: string;
  readonly assistantId: string;
}

/** What this device tells others about its user. */
export interface Presence {
  readonly name: string;
  /** A CSS colour `#rrggbb`, drawn besides the name (never instead of it). */
  readonly color: string;
  readonly cell?: PresenceCell | undefined;
}

/** Someone else on the same arrangement. */
export interface Peer extends Presence {
  /** Their Yjs client id (one per open tab). */
  readonly clientId: number;
}

const PresenceSchema = z.object({
  name: z.string().trim().min(1).max(80),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  cell: z
    .object({
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      assistantId: z.string().min(1).max(64),
    })
    .optional(),
});

/**
 * Colours for presence, dark enough for 4.5:1 contrast of white text and on a white page
 * (3:1 for the outline); chosen by client id so that each tab keeps its colour.
 */
export const PRESENCE_COLORS = [
  "#1d4ed8",
  "#9d174d",
  "#166534",
  "#7c2d12",
  "#6b21a8",
  "#0f766e",
  "#a16207",
  "#374151",
] as const;

/** The presence colour for a Yjs client id. */
export const presenceColor = (clientId: number): string =>
  PRESENCE_COLORS[Math.abs(clientId) % PRESENCE_COLORS.length] as string;

/** The live connection of one document. */
export interface DocSync {
  status(): SyncStatus;
  /** Called on every change of {@link status}; returns the unsubscribe function. */
  onStatus(listener: (status: SyncStatus) => void): () => void;
  /** Changes what others see of this user (merged into the current presence). */
  setPresence(patch: { readonly name?: string; readonly cell?: PresenceCell | undefined }): void;
  /** The others on this arrangement now (valid states only, this tab excluded). */
  peers(): readonly Peer[];
  /** Called whenever someone arrives, leaves or moves. */
  onPeers(listener: (peers: readonly Peer[]) => void): () => void;
  /** The socket this document syncs over, to share with more documents. */
  readonly socket: SyncSocket;
  /**
   * Disconnects and stops listening; the document itself stays open (and stored). A document
   * that opened its own socket closes it: close the ones sharing it first.
   */
  close(): void;
}

/**
 * One WebSocket to the server that several documents share (Hocuspocus multiplexes documents
 * over it): an arrangement's rota and its assistant documents use one connection.
 */
export type SyncSocket = HocuspocusProviderWebsocket;

/** Opens a socket to share between {@link connectDoc} calls (close it after them). */
export function openSyncSocket(url: string, WebSocket?: unknown): SyncSocket {
  return new HocuspocusProviderWebsocket({
    url,
    ...(WebSocket ? { WebSocketPolyfill: WebSocket } : {}),
    // retry soon after the server is back (the default waits up to 30 s)
    maxDelay: 5000,
  });
}

/** How to connect. */
export interface SyncOptions {
  /** The server's WebSocket endpoint, e.g. `wss://example.org/sync`. */
  readonly url: string;
  /** The document's name on the server (core's `rotaDocName` / `assistantDocName`). */
  readonly documentName: string;
  readonly token: string;
  /**
   * This user's name for others. Without one, no presence is shared on this document (an
   * assistant document beside the rota's: it needs a shared `socket`, whose rota document
   * carries the presence the server's liveness checks need).
   */
  readonly name?: string;
  /** A socket shared with other documents; by default the document opens (and closes) its own. */
  readonly socket?: SyncSocket;
  /** A WebSocket implementation (node tests); the browser's by default. */
  readonly WebSocket?: unknown;
  /** The browser's online/offline events (default: `window`, when there is one). */
  readonly events?: Pick<EventTarget, "addEventListener" | "removeEventListener">;
  /** Whether the device is online now (default: `navigator.onLine`, else true). */
  readonly online?: () => boolean;
}

/** The WebSocket endpoint of a sync server serving the page at `origin` (`http://host:port`). */
export const syncUrl = (origin: string): string => `${origin.replace(/^http/, "ws")}/sync`;

/**
 * Connects `doc` (an arrangement's rota document, or one of its assistant documents) to the sync
 * server. Edits keep going into the
 * document (and so into IndexedDB) while offline; the provider sends them when it reconnects.
 * The browser's `offline` event disconnects at once (and `online` reconnects), so that the state
 * shown does not wait for a timeout.
 */
export function connectDoc(doc: Y.Doc, options: SyncOptions): DocSync {
  const online =
    options.online ?? (() => (typeof navigator === "undefined" ? true : navigator.onLine));
  const events = options.events ?? (typeof window === "undefined" ? undefined : window);
  let denied: string | undefined;
  const statusListeners = new Set<(s: SyncStatus) => void>();
  const peerListeners = new Set<(p: readonly Peer[]) => void>();
  let last: SyncStatus | undefined;

  const ownSocket = !options.socket;
  const socketProvider = options.socket ?? openSyncSocket(options.url, options.WebSocket);
  const provider = new HocuspocusProvider({
    websocketProvider: socketProvider,
    name: options.documentName,
    token: options.token,
    document: doc,
    ...(options.name === undefined ? { awareness: null } : {}),
  });
  // a provider given its socket does not attach by itself
  provider.attach();
  /** The socket's state: `connecting`, `connected` or `disconnected`. */
  let socket: string = socketProvider.status;

  const status = (): SyncStatus => {
    const scope = provider.authorizedScope;
    const unsynced = provider.unsyncedChanges;
    const base = { unsynced, scope };
    if (denied !== undefined) return { ...base, connection: "denied", reason: denied };
    if (socket !== "connected" || !online()) return { ...base, connection: "offline" };
    if (!provider.isSynced || !provider.isAuthenticated)
      return { ...base, connection: "connecting" };
    // Connected and caught up: local edits made now are on their way (`unsynced` counts them;
    // the connection does not flicker back to "connecting" on every edit).
    return { ...base, connection: "synced" };
  };
  const changed = () => {
    const next = status();
    if (
      last &&
      last.connection === next.connection &&
      last.unsynced === next.unsynced &&
      last.scope === next.scope
    )
      return;
    last = next;
    for (const l of statusListeners) l(next);
  };

  provider.on("status", ({ status: s }: { status: string }) => {
    socket = s;
    changed();
  });
  provider.on("synced", changed);
  provider.on("unsyncedChanges", changed);
  provider.on("authenticated", () => {
    denied = undefined;
    changed();
  });
  provider.on("authenticationFailed", ({ reason }: { reason: string }) => {
    denied = reason || "permission-denied";
    changed();
  });
  // The server may close this document while the socket stays open (e.g. its token was revoked).
  // The provider would then wait for ever: attach again, which authenticates again (and so
  // either resumes syncing or ends in `authenticationFailed`).
  let reattach: ReturnType<typeof setTimeout> | undefined;
  provider.on("close", () => {
    changed();
    if (socket !== "connected" || reattach || denied !== undefined) return;
    reattach = setTimeout(() => {
      reattach = undefined;
      provider.detach();
      provider.attach();
    }, 1000);
  });

  const awareness = provider.awareness;
  const me = (): Presence | undefined => {
    const parsed = PresenceSchema.safeParse(awareness?.getLocalState());
    return parsed.success ? parsed.data : undefined;
  };
  const myName = options.name ?? "";
  if (options.name !== undefined) {
    awareness?.setLocalState({ name: myName, color: presenceColor(doc.clientID) });
  }

  const peers = (): Peer[] => {
    if (!awareness) return [];
    const list: Peer[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === doc.clientID) continue;
      const parsed = PresenceSchema.safeParse(state);
      if (parsed.success) list.push({ clientId, ...parsed.data });
    }
    return list.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
  };
  const onAwareness = () => {
    const list = peers();
    for (const l of peerListeners) l(list);
  };
  awareness?.on("change", onAwareness);

  const goOffline = () => {
    socketProvider.disconnect();
    changed();
  };
  const goOnline = () => {
    void socketProvider.connect();
    changed();
  };
  // the socket's owner follows the browser's online state (once for all documents on it)
  if (ownSocket) {
    events?.addEventListener("offline", goOffline);
    events?.addEventListener("online", goOnline);
    if (!online()) socketProvider.disconnect();
  }

  return {
    socket: socketProvider,
    status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    setPresence(patch) {
      if (!awareness) return;
      const now = me() ?? { name: myName, color: presenceColor(doc.clientID) };
      const name = patch.name?.trim() || now.name;
      const cell = "cell" in patch ? patch.cell : now.cell;
      awareness.setLocalState({ name, color: now.color, ...(cell ? { cell } : {}) });
    },
    peers,
    onPeers(listener) {
      peerListeners.add(listener);
      return () => peerListeners.delete(listener);
    },
    close() {
      events?.removeEventListener("offline", goOffline);
      events?.removeEventListener("online", goOnline);
      awareness?.off("change", onAwareness);
      statusListeners.clear();
      peerListeners.clear();
      clearTimeout(reattach);
      provider.destroy();
      if (ownSocket) socketProvider.destroy();
    },
  };
}
