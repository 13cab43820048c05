/**
 * What the server keeps: Yjs documents (a compacted state plus a log of updates since), the
 * registered arrangements and the invite tokens. `store-sqlite.ts` is the embedded
 * implementation; a shared database (PostgreSQL) for several server processes is the next one.
 */
import type { Role } from "../../core/src/protocol/index.js";

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

export interface Store {
  /** The stored state of a document: the compacted state first, then the logged updates. */
  loadDocument(name: string): Uint8Array[];
  /** Appends one update to a document's log, durably, before returning. */
  appendUpdate(name: string, update: Uint8Array): void;
  /** Replaces a document's stored state with `state` and empties its log, atomically. */
  compactDocument(name: string, state: Uint8Array): void;
  /** Registers an arrangement together with its leader token; false when the id is taken. */
  createArrangement(id: string, leader: StoredToken, now: number): boolean;
  addToken(token: StoredToken): void;
  getToken(id: string): StoredToken | undefined;
  listTokens(arrangement: string): StoredToken[];
  /** Marks a token revoked; false when there is no such token or it already was. */
  revokeToken(id: string, now: number): boolean;
  close(): void;
}
