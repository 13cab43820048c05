/**
 * The shared store for scale-out mode: PostgreSQL (node-postgres), used by every server process
 * at once. The same tables as the SQLite store, plus the token signing secret (`secrets`), so
 * that a token issued by one process verifies on all.
 *
 * Several processes hold the same document and store it independently, so `compactDocument`
 * never replaces: under a per-document advisory lock it merges the stored state, the logged
 * updates and the caller's state (`Y.mergeUpdates`), writes the result and deletes only the log
 * rows it merged. No process can lose another one's edits by storing an older state. Log rows
 * Yjs cannot read (garbage a client sent: it is logged before Hocuspocus applies it) are dropped
 * there.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import * as Y from "yjs";
import { toToken, type Row, type Store, type StoredToken } from "./store.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BYTEA NOT NULL);
CREATE TABLE IF NOT EXISTS updates (
  seq BIGSERIAL PRIMARY KEY, doc TEXT NOT NULL, data BYTEA NOT NULL);
CREATE INDEX IF NOT EXISTS updates_doc ON updates (doc, seq);
CREATE TABLE IF NOT EXISTS arrangements (id TEXT PRIMARY KEY, created_at BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
  id TEXT PRIMARY KEY,
  arrangement TEXT NOT NULL REFERENCES arrangements (id),
  role TEXT NOT NULL,
  assistant_id TEXT,
  issued_at BIGINT NOT NULL,
  revoked_at BIGINT);
CREATE INDEX IF NOT EXISTS tokens_arrangement ON tokens (arrangement, issued_at);
CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/** Serialises schema creation between processes starting at the same moment. */
const SCHEMA_LOCK = 7_261_880_001;

const bytes = (value: unknown): Uint8Array => {
  if (value instanceof Uint8Array) return value;
  throw new Error("the database holds a non-bytea document row");
};

/** Whether Yjs can read `update` (a client may have sent garbage, which was logged first). */
const readable = (update: Uint8Array): boolean => {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
};

/** Merges the parts, leaving out unreadable ones rather than failing the whole compaction. */
const merge = (parts: Uint8Array[]): Uint8Array => {
  try {
    return Y.mergeUpdates(parts);
  } catch {
    return Y.mergeUpdates(parts.filter(readable));
  }
};

/** The PostgreSQL store at `url` (postgres://…); open with `PostgresStore.open`. */
export class PostgresStore implements Store {
  readonly #pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  /** Connects, creates the tables when missing. */
  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle client losing its connection (database restarted) must not crash the process.
    pool.on("error", (error) => console.error(`turnus: postgres: ${error.message}`));
    const store = new PostgresStore(pool);
    try {
      await store.#transaction(async (client) => {
        await client.query("SELECT pg_advisory_xact_lock($1)", [SCHEMA_LOCK]);
        await client.query(SCHEMA);
      });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** The shared token signing secret: created once (32 random bytes) by the first process. */
  async loadSecret(): Promise<Buffer> {
    await this.#pool.query(
      "INSERT INTO secrets (name, value) VALUES ('token', $1) ON CONFLICT (name) DO NOTHING",
      [randomBytes(32).toString("base64url")],
    );
    const { rows } = await this.#pool.query<Row>("SELECT value FROM secrets WHERE name = 'token'");
    const value = rows[0]?.["value"];
    const secret = Buffer.from(typeof value === "string" ? value : "", "base64url");
    if (secret.length < 16) throw new Error("the database holds no usable secret (too short)");
    return secret;
  }

  async loadDocument(name: string): Promise<Uint8Array[]> {
    const state = await this.#pool.query<Row>("SELECT data FROM documents WHERE name = $1", [name]);
    const log = await this.#pool.query<Row>(
      "SELECT data FROM updates WHERE doc = $1 ORDER BY seq",
      [name],
    );
    return [...state.rows, ...log.rows].map((row) => bytes(row["data"]));
  }

  async appendUpdate(name: string, update: Uint8Array): Promise<void> {
    await this.#pool.query("INSERT INTO updates (doc, data) VALUES ($1, $2)", [
      name,
      Buffer.from(update),
    ]);
  }

  async compactDocument(name: string, state: Uint8Array): Promise<void> {
    await this.#transaction(async (client) => {
      // Locks the name even while it has no row yet (FOR UPDATE could not).
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [name]);
      const stored = await client.query<Row>(
        "SELECT data FROM documents WHERE name = $1 FOR UPDATE",
        [name],
      );
      const log = await client.query<Row>(
        "SELECT seq, data FROM updates WHERE doc = $1 ORDER BY seq",
        [name],
      );
      const parts = [...stored.rows, ...log.rows].map((row) => bytes(row["data"]));
      const merged = merge([...parts, state]);
      await client.query(
        "INSERT INTO documents (name, data) VALUES ($1, $2) " +
          "ON CONFLICT (name) DO UPDATE SET data = excluded.data",
        [name, Buffer.from(merged)],
      );
      const last = log.rows.at(-1)?.["seq"];
      if (last !== undefined) {
        // Only what was merged: rows another process logged meanwhile stay.
        await client.query("DELETE FROM updates WHERE doc = $1 AND seq <= $2", [name, last]);
      }
    });
  }

  async createArrangement(id: string, leader: StoredToken, now: number): Promise<boolean> {
    return this.#transaction(async (client) => {
      const result = await client.query(
        "INSERT INTO arrangements (id, created_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING",
        [id, now],
      );
      const created = result.rowCount === 1;
      if (created) await PostgresStore.#insertToken(client, leader);
      return created;
    });
  }

  static async #insertToken(client: pg.ClientBase | pg.Pool, token: StoredToken): Promise<void> {
    await client.query(
      "INSERT INTO tokens (id, arrangement, role, assistant_id, issued_at, revoked_at) " +
        "VALUES ($1, $2, $3, $4, $5, NULL)",
      [token.id, token.arrangement, token.role, token.assistantId ?? null, token.issuedAt],
    );
  }

  async addToken(token: StoredToken): Promise<void> {
    await PostgresStore.#insertToken(this.#pool, token);
  }

  async getToken(id: string): Promise<StoredToken | undefined> {
    const { rows } = await this.#pool.query<Row>("SELECT * FROM tokens WHERE id = $1", [id]);
    return rows[0] ? toToken(rows[0]) : undefined;
  }

  async listTokens(arrangement: string): Promise<StoredToken[]> {
    const { rows } = await this.#pool.query<Row>(
      "SELECT * FROM tokens WHERE arrangement = $1 ORDER BY issued_at, id",
      [arrangement],
    );
    return rows.map(toToken);
  }

  async revokeToken(id: string, now: number): Promise<boolean> {
    const result = await this.#pool.query(
      "UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
      [now, id],
    );
    return result.rowCount === 1;
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
