/**
 * Durability of the sync server's SQLite store, with real processes: a graceful stop stores and
 * compacts every document; `kill -9` right after the acknowledgement loses nothing, also when
 * many clients' updates share the server's batched writes (see planner/server/sync.ts;
 * test/server/ack-batch.test.ts shows in-process that no acknowledgement precedes its write).
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sqlite from "node-sqlite3-wasm";
import { afterAll, describe, expect, it } from "vitest";
import { rotaDocName } from "../../core/src/protocol/index.js";
import {
  acknowledged,
  connect,
  createArrangement,
  readMap,
  startServerProcess,
  tempDataDir,
} from "./harness.js";

const data = tempDataDir();
afterAll(() => data.remove());

/**
 * Rows in the store's tables for a document. Reads a copy of the database and its write-ahead
 * log, so that it works after `kill -9` too (the WAL is then still there).
 */
function rows(dataDir: string, name: string): { documents: number; updates: number } {
  const copy = mkdtempSync(path.join(tmpdir(), "turnus-rows-"));
  for (const file of ["turnus.sqlite", "turnus.sqlite-wal"]) {
    const from = path.join(dataDir, file);
    if (existsSync(from)) copyFileSync(from, path.join(copy, file));
  }
  const db = new sqlite.Database(path.join(copy, "turnus.sqlite"));
  try {
    db.exec("PRAGMA locking_mode = EXCLUSIVE"); // no shared memory in the WASM build
    db.exec("PRAGMA journal_mode = WAL");
    const count = (sql: string) => Number(db.get(sql, [name])?.["n"]);
    return {
      documents: count("SELECT count(*) AS n FROM documents WHERE name = ?"),
      updates: count("SELECT count(*) AS n FROM updates WHERE doc = ?"),
    };
  } finally {
    db.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

describe("durability", { timeout: 30_000 }, () => {
  it("stores and compacts on SIGTERM, exits 0, and has the data after a restart", async () => {
    const first = await startServerProcess(data.dir);
    const { arrangement, leader } = await createArrangement(first);
    const name = rotaDocName(arrangement);
    const client = connect(first, name, leader);
    await client.synced;
    for (let i = 0; i < 20; i++) client.doc.getMap("m").set(`k${i}`, i);
    await acknowledged(client);
    // Still connected (the document is loaded, its store debounced) when the signal comes.
    expect(await first.stop("SIGTERM")).toBe(0);
    client.destroy();
    expect(rows(data.dir, name)).toEqual({ documents: 1, updates: 0 });

    const second = await startServerProcess(data.dir);
    try {
      const map = await readMap(second, name, leader);
      expect(Object.keys(map)).toHaveLength(20);
      expect(map["k19"]).toBe(19);
    } finally {
      await second.stop();
    }
  });

  it("loses no acknowledged edit on kill -9", async () => {
    const first = await startServerProcess(data.dir);
    const { arrangement, leader } = await createArrangement(first);
    const name = rotaDocName(arrangement);
    const a = connect(first, name, leader);
    await a.synced;
    const big = "x".repeat(200_000);
    a.doc.getMap("m").set("big", big);
    for (let i = 0; i < 50; i++) a.doc.getMap("m").set(`edit${i}`, i);
    await acknowledged(a);
    expect(await first.stop("SIGKILL")).toBe("SIGKILL");
    a.destroy();
    // Nothing was compacted: the edits are in the update log only.
    expect(rows(data.dir, name)).toEqual({ documents: 0, updates: 51 });

    const second = await startServerProcess(data.dir);
    try {
      const map = await readMap(second, name, leader);
      expect(map["big"]).toBe(big);
      expect(map["edit49"]).toBe(49);
      expect(Object.keys(map)).toHaveLength(51);
    } finally {
      expect(await second.stop()).toBe(0);
    }
    // Loading compacted the log; the graceful stop left one row.
    expect(rows(data.dir, name)).toEqual({ documents: 1, updates: 0 });
  });

  it("loses no acknowledged edit of several clients on several documents on kill -9", async () => {
    const first = await startServerProcess(data.dir);
    const names: { name: string; leader: string }[] = [];
    for (let d = 0; d < 2; d++) {
      const { arrangement, leader } = await createArrangement(first);
      names.push({ name: rotaDocName(arrangement), leader });
    }
    const clients = names.flatMap(({ name, leader }) =>
      [0, 1, 2].map(() => connect(first, name, leader)),
    );
    await Promise.all(clients.map((client) => client.synced));
    // All clients edit in the same turn: the server writes their updates in shared batches.
    clients.forEach((client, c) => {
      for (let i = 0; i < 20; i++) client.doc.getMap("m").set(`c${c}-${i}`, i);
    });
    await Promise.all(clients.map((client) => acknowledged(client)));
    expect(await first.stop("SIGKILL")).toBe("SIGKILL");
    for (const client of clients) client.destroy();

    const second = await startServerProcess(data.dir);
    try {
      for (const [d, { name, leader }] of names.entries()) {
        const map = await readMap(second, name, leader);
        expect(Object.keys(map)).toHaveLength(60);
        for (const c of [3 * d, 3 * d + 1, 3 * d + 2]) expect(map[`c${c}-19`]).toBe(19);
      }
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});
