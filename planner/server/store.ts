/**
 * What the server keeps: Yjs documents (a compacted state plus a log of updates since), the
 * registered arrangements and the invite tokens. `store-sqlite.ts` is the embedded
 * implementation (synchronous: its methods return plain values); `store-postgres.ts` the shared
 * one for several server processes (asynchronous). Callers await every result.
 */
import { ROLES, type Role } from "../../core/src/protocol/index.js";

/** A token as stored: its claims' fields (not the token string) and whether it was revoked. */
export interface StoredToken {
  readonly id: string;
  readonly arrangement: string;
  readonly role: Role;
  readonly assistantId?: string | undefined;
  readonly issuedAt: number;
  /** When it was revoked (ms since 1970), or undefined while valid. */
  readonly revokedAt?: number | undefined;
}

/** A plain value (the embedded store) or a promise of it (the shared one). */
export type Awaitable<T> = T | Promise<T>;

/** One update for a document's log. */
export interface LoggedUpdate {
  readonly name: string;
  readonly update: Uint8Array;
}

export interface Store {
  /** The stored state of a document: the compacted state first, then the logged updates. */
  loadDocument(name: string): Awaitable<Uint8Array[]>;
  /** Appends one update to a document's log, durably, before returning (or resolving). */
  appendUpdate(name: string, update: Uint8Array): Awaitable<void>;
  /**
   * Appends several updates, in order, in one transaction: when it returns, all are durable; when
   * it throws, none was written. Only the embedded store has it (it is synchronous): the sync
   * server writes the updates of one event-loop turn through it (see sync.ts).
   */
  appendUpdates?(updates: readonly LoggedUpdate[]): void;
  /**
   * Stores `state` as the document's compacted state, atomically, and empties its log. The
   * shared store merges `state` with what is stored (other servers' states and logged updates)
   * instead of replacing it.
   */
  compactDocument(name: string, state: Uint8Array): Awaitable<void>;
  /** Registers an arrangement together with its leader token; false when the id is taken. */
  createArrangement(id: string, leader: StoredToken, now: number): Awaitable<boolean>;
  addToken(token: StoredToken): Awaitable<void>;
  getToken(id: string): Awaitable<StoredToken | undefined>;
  listTokens(arrangement: string): Awaitable<StoredToken[]>;
  /** Marks a token revoked; false when there is no such token or it already was. */
  revokeToken(id: string, now: number): Awaitable<boolean>;
  close(): Awaitable<void>;
}

const isRole = (value: unknown): value is Role => ROLES.some((role) => role === value);

/** A database row (as both stores' drivers return them). */
export type Row = Readonly<Record<string, unknown>>;

/** A `tokens` row as a stored token; a malformed row is an error, never a token. */
export const toToken = (row: Row): StoredToken => {
  const { id, arrangement, role, assistant_id, issued_at, revoked_at } = row;
  if (typeof id !== "string" || typeof arrangement !== "string" || !isRole(role)) {
    throw new Error(`the database holds a malformed token row (${String(id)})`);
  }
  return {
    id,
    arrangement,
    role,
    ...(typeof assistant_id === "string" ? { assistantId: assistant_id } : {}),
    issuedAt: Number(issued_at),
    ...(revoked_at !== null && revoked_at !== undefined ? { revokedAt: Number(revoked_at) } : {}),
  };
};
