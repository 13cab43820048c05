/**
 * Scale-out mode losing Redis while running: two server processes on a throwaway Redis and
 * PostgreSQL (services.ts), two clients on each. Redis is killed (SIGKILL) for longer than
 * ioredis' retry window for queued commands (~10 s): both processes stay up, clients on the same
 * process converge, documents open (even ones not open before), and every acknowledged edit is in
 * PostgreSQL. Redis then comes back on the same port: what each process edited meanwhile reaches
 * the other without any further edit, and later edits, presence and revocations cross again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { assistantDocName, rotaDocName } from "../../core/src/protocol/index.js";
import { PostgresStore } from "../../planner/server/store-postgres.js";
import {
  acknowledged,
  api,
  connect,
  createArrangement,
  invite,
  readMap,
  startServerProcess,
  tempDataDir,
  until,
  type Client,
  type ServerProcess,
} from "./harness.js";
import { startPostgres, startRedis, type RedisService, type Service } from "./services.js";

/** Longer than ioredis' retry window (20 retries, ~10.5 s) for commands queued while offline. */
const OUTAGE_MS = 12_000;

let redis: RedisService;
let postgres: Service;
const servers: ServerProcess[] = [];
const clients: Client[] = [];
const data = tempDataDir();
let env: Record<string, string> = {};

beforeAll(async () => {
  const [startedRedis, startedPostgres] = await Promise.allSettled([startRedis(), startPostgres()]);
  if (startedRedis.status === "fulfilled") redis = startedRedis.value;
  if (startedPostgres.status === "fulfilled") postgres = startedPostgres.value;
  for (const result of [startedRedis, startedPostgres]) {
    if (result.status === "rejected") throw result.reason;
  }
  env = { TURNUS_REDIS_URL: redis.url, TURNUS_DATABASE_URL: postgres.url };
}, 30_000);

afterAll(async () => {
  for (const client of clients) client.destroy();
  await Promise.all(servers.map((server) => server.stop("SIGKILL")));
  await Promise.all([redis?.stop(), postgres?.stop()]);
  data.remove();
}, 30_000);

const start = async (): Promise<ServerProcess> => {
  const server = await startServerProcess(data.dir, env);
  servers.push(server);
  return server;
};

const open = (server: ServerProcess, name: string, token: string): Client => {
  const client = connect(server, name, token);
  clients.push(client);
  return client;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const map = (client: Client) => client.doc.getMap("m");

/** A document's map `m` as PostgreSQL holds it (compacted state and logged updates). */
async function stored(name: string): Promise<Record<string, unknown>> {
  const store = await PostgresStore.open(postgres.url);
  try {
    const doc = new Y.Doc();
    for (const update of await store.loadDocument(name)) Y.applyUpdate(doc, update);
    return doc.getMap("m").toJSON();
  } finally {
    await store.close();
  }
}

describe("scale-out without Redis for a while", { timeout: 90_000 }, () => {
  it("keeps each process serving, and resyncs the processes when Redis is back", async () => {
    const [a, b] = await Promise.all([start(), start()]);
    const { arrangement, leader } = await createArrangement(a);
    const coLeader = await invite(a, arrangement, leader, { role: "co-leader" });
    const rota = rotaDocName(arrangement);
    const [a1, a2] = [open(a, rota, leader), open(a, rota, coLeader.token)];
    const [b1, b2] = [open(b, rota, leader), open(b, rota, coLeader.token)];
    await Promise.all([a1, a2, b1, b2].map((client) => client.synced));
    map(a1).set("before", 0);
    await until(() => map(b2).get("before") === 0, 5_000, "the edit before the outage on B");

    await redis.kill();

    // Each process goes on serving its own clients, and stores what it acknowledges.
    map(a1).set("outageA", 1);
    map(b1).set("outageB", 2);
    await until(() => map(a2).get("outageA") === 1, 5_000, "A's edit on A's other client");
    await until(() => map(b2).get("outageB") === 2, 5_000, "B's edit on B's other client");
    await Promise.all([acknowledged(a1), acknowledged(b1)]);
    expect(await stored(rota)).toEqual({ before: 0, outageA: 1, outageB: 2 });

    // A document nobody had open loads from PostgreSQL on each process.
    const own = assistantDocName(arrangement, "a1");
    const [newA, newB] = [open(a, own, leader), open(b, own, coLeader.token)];
    await Promise.all([newA.synced, newB.synced]);
    map(newA).set("x", "from A");
    map(newB).set("y", "from B");
    await Promise.all([acknowledged(newA), acknowledged(newB)]);

    // The API answers too (the token table is in PostgreSQL).
    expect((await createArrangement(b)).leader).toBeTypeOf("string");

    await sleep(OUTAGE_MS);
    expect([a.alive(), b.alive()]).toEqual([true, true]);
    // Nothing crossed between the processes meanwhile.
    expect(map(b1).get("outageA")).toBeUndefined();
    expect(map(a1).get("outageB")).toBeUndefined();
    expect(map(newB).get("x")).toBeUndefined();

    await redis.restart();

    // What each process edited without Redis reaches the other, with no further edit.
    await until(() => map(b1).get("outageA") === 1, 15_000, "A's outage edit on B");
    await until(() => map(a1).get("outageB") === 2, 5_000, "B's outage edit on A");
    await until(() => map(newB).get("x") === "from A", 5_000, "A's edit of the new document on B");
    await until(() => map(newA).get("y") === "from B", 5_000, "B's edit of the new document on A");

    // Edits, presence and revocations cross again.
    map(a2).set("afterA", 3);
    map(b2).set("afterB", 4);
    await until(() => map(b1).get("afterA") === 3, 5_000, "A's later edit on B");
    await until(() => map(a1).get("afterB") === 4, 5_000, "B's later edit on A");
    a1.provider.setAwarenessField("user", { name: "on A" });
    const seenOnB = () =>
      [...b1.provider.awareness!.getStates().values()].some(
        (state) => (state["user"] as { name?: string } | undefined)?.name === "on A",
      );
    await until(seenOnB, 5_000, "A's presence on B");
    const viewer = await invite(a, arrangement, leader, { role: "viewer" });
    const viewerOnB = open(b, rota, viewer.token);
    await viewerOnB.synced;
    expect((await api(a, "DELETE", `/api/invites/${viewer.id}`, { token: leader })).status).toBe(
      200,
    );
    await viewerOnB.closed;

    expect([a.alive(), b.alive()]).toEqual([true, true]);
    await Promise.all([acknowledged(a2), acknowledged(b2)]);
    // Gone before the processes, or they would be mid-reconnect when destroyed.
    for (const client of clients.splice(0)) client.destroy();
    await Promise.all([a.stop("SIGKILL"), b.stop("SIGKILL")]);
    const fresh = await start();
    expect(await readMap(fresh, rota, leader)).toEqual({
      before: 0,
      outageA: 1,
      outageB: 2,
      afterA: 3,
      afterB: 4,
    });
    expect(await readMap(fresh, own, leader)).toEqual({ x: "from A", y: "from B" });
  });
});
