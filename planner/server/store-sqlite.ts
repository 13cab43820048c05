/**
 * The embedded store: one SQLite file (node-sqlite3-wasm: WebAssembly, synchronous, no native
 * build). A statement outside a transaction commits on its own, and `appendUpdates` commits its
 * batch in one transaction, so either has been written to the write-ahead log when it returns:
 * it survives a killed process. WAL with synchronous NORMAL (0.4 ms per append here, against
 * 5 ms with a rollback journal and an fsync per commit) may lose the last commits on a power
 * cut, but never corrupts the file. The WASM build has no shared memory for WAL, so the
 * connection holds an exclusive lock (one server per data directory anyway; see data-dir.ts).
 */
import { rmSync } from "node:fs";
import sqlite, { type Database, type Statement } from "node-sqlite3-wasm";
import { toToken, type LoggedUpdate, type Row, type Store, type StoredToken } from "./store.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS updates_doc ON updates (doc, seq);
CREATE TABLE IF NOT EXISTS arrangements (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
  id TEXT PRIMARY KEY,
  arrangement TEXT NOT NULL REFERENCES arrangements (id),
  role TEXT NOT NULL,
  assistant_id TEXT,
  issued_at INTEGER NOT NULL,
  revoked_at INTEGER);
CREATE INDEX IF NOT EXISTS tokens_arrangement ON tokens (arrangement, issued_at);
`;

const blob = (value: unknown): Uint8Array => {
  if (value instanceof Uint8Array) return value;
  throw new Error("the database holds a non-blob document row");
};

/** The SQLite store in `file` (created when missing). */
export class SqliteStore implements Store {
  readonly #db: Database;
  #append: Statement | undefined;

  constructor(file: string) {
    // node-sqlite3-wasm locks with a `<file>.lock` directory; one left by a killed process would
    // lock us out. The caller has made sure no other server uses this data directory.
    rmSync(`${file}.lock`, { recursive: true, force: true });
    this.#db = new sqlite.Database(file);
    this.#db.exec("PRAGMA locking_mode = EXCLUSIVE");
    const mode = this.#db.get("PRAGMA journal_mode = WAL")?.["journal_mode"];
    if (mode !== "wal")
      throw new Error(`${file}: could not switch to WAL (got ${JSON.stringify(mode)})`);
    this.#db.exec("PRAGMA synchronous = NORMAL");
    this.#db.exec(SCHEMA);
  }

  #transaction(work: () => void): void {
    this.#db.exec("BEGIN IMMEDIATE");
    try {
      work();
      this.#db.exec("COMMIT");
    } catch (error) {
      this.#db.exec("ROLLBACK");
      throw error;
    }
  }

  loadDocument(name: string): Uint8Array[] {
    const state = this.#db.get("SELECT data FROM documents WHERE name = ?", [name]);
    const log = this.#db.all("SELECT data FROM updates WHERE doc = ? ORDER BY seq", [name]);
    return [...(state ? [state] : []), ...log].map((row: Row) => blob(row["data"]));
  }

  appendUpdate(name: string, update: Uint8Array): void {
    this.#appendStatement().run([name, update]);
  }

  appendUpdates(updates: readonly LoggedUpdate[]): void {
    const append = this.#appendStatement();
    this.#transaction(() => {
      for (const { name, update } of updates) append.run([name, update]);
    });
  }

  /** Prepared once: it runs for every incoming update, before that is acknowledged. */
  #appendStatement(): Statement {
    this.#append ??= this.#db.prepare("INSERT INTO updates (doc, data) VALUES (?, ?)");
    return this.#append;
  }

  compactDocument(name: string, state: Uint8Array): void {
    this.#transaction(() => {
      this.#db.run(
        "INSERT INTO documents (name, data) VALUES (?, ?) " +
          "ON CONFLICT (name) DO UPDATE SET data = excluded.data",
        [name, state],
      );
      this.#db.run("DELETE FROM updates WHERE doc = ?", [name]);
    });
  }

  createArrangement(id: string, leader: StoredToken, now: number): boolean {
    let created = false;
    this.#transaction(() => {
      const result = this.#db.run(
        "INSERT INTO arrangements (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
        [id, now],
      );
      created = result.changes === 1;
      if (created) this.addToken(leader);
    });
    return created;
  }

  addToken(token: StoredToken): void {
    this.#db.run(
      "INSERT INTO tokens (id, arrangement, role, assistant_id, issued_at, revoked_at) " +
        "VALUES (?, ?, ?, ?, ?, NULL)",
      [token.id, token.arrangement, token.role, token.assistantId ?? null, token.issuedAt],
    );
  }

  getToken(id: string): StoredToken | undefined {
    const row = this.#db.get("SELECT * FROM tokens WHERE id = ?", [id]);
    return row ? toToken(row) : undefined;
  }

  listTokens(arrangement: string): StoredToken[] {
    return this.#db
      .all("SELECT * FROM tokens WHERE arrangement = ? ORDER BY issued_at, id", [arrangement])
      .map((row: Row) => toToken(row));
  }

  revokeToken(id: string, now: number): boolean {
    const result = this.#db.run(
      "UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
      [now, id],
    );
    return result.changes === 1;
  }

  close(): void {
    if (this.#append && !this.#append.isFinalized) this.#append.finalize();
    if (this.#db.isOpen) this.#db.close();
  }
}
