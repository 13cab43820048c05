/**
 * Scale-out mode with real services: two server processes share a throwaway Redis and PostgreSQL
 * (services.ts); clients on each converge, see each other's presence, use tokens issued by the
 * other process, lose access everywhere when revoked, and a fresh process finds everything in
 * PostgreSQL, even after `kill -9` right after the acknowledgement.
 */
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { rotaDocName } from "../../core/src/protocol/index.js";
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
import { startPostgres, startRedis, type Service } from "./services.js";

const services: Service[] = [];
const servers: ServerProcess[] = [];
const clients: Client[] = [];
const data = tempDataDir();
let env: Record<string, string> = {};

beforeAll(async () => {
  const started = await Promise.allSettled([startRedis(), startPostgres()]);
  for (const result of started) if (result.status === "fulfilled") services.push(result.value);
  for (const result of started) if (result.status === "rejected") throw result.reason;
  const [redis, postgres] = services;
  env = { TURNUS_REDIS_URL: redis?.url ?? "", TURNUS_DATABASE_URL: postgres?.url ?? "" };
}, 30_000);

afterAll(async () => {
  for (const client of clients) client.destroy();
  await Promise.all(servers.map((server) => server.stop("SIGKILL")));
  await Promise.all(services.map((service) => service.stop()));
  data.remove();
}, 30_000);

const start = async (): Promise<ServerProcess> => {
  const server = await startServerProcess(data.dir, env);
  servers.push(server);
  return server;
};

/** A Hocuspocus message: document name, type (2 auth, 0 sync), then what `write` writes. */
const message = (name: string, type: number, write: (e: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
};

/** Resolves when `ws` emits `event`, or after `ms`. */
const event = (ws: WebSocket, name: "message", ms = 3_000) =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(`no ${name} within ${ms} ms`), ms);
    ws.once(name, () => (clearTimeout(timer), resolve(name)));
  });

/** Authenticates a raw socket with `token`, then sends an update Yjs cannot read. */
async function sendGarbageUpdate(server: ServerProcess, name: string, token: string) {
  const ws = new WebSocket(server.wsUrl);
  ws.on("error", () => undefined);
  await new Promise((resolve) => ws.once("open", resolve));
  const authenticated = event(ws, "message");
  const auth = message(name, 2, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
  });
  ws.send(auth);
  expect(await authenticated).toBe("message");
  const garbage = Uint8Array.from([7, 200, 13, 99, 1, 250, 3, 3, 3, 0, 42]);
  const update = message(name, 0, (e) => {
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, garbage);
  });
  ws.send(update);
  // y-protocols logs the update it cannot apply (and Hocuspocus acknowledges it anyway).
  const failed = /Caught error while handling a Yjs update/;
  await until(() => failed.test(server.stderr()), 3_000, "the failed apply");
  ws.terminate();
}

const open = (server: ServerProcess, name: string, token: string): Client => {
  const client = connect(server, name, token);
  clients.push(client);
  return client;
};

describe("scale-out (Redis + PostgreSQL)", { timeout: 30_000 }, () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let arrangement: string;
  let leader: string;

  it("refuses half a configuration, naming the missing variable", async () => {
    const only = startServerProcess(data.dir, { TURNUS_REDIS_URL: env["TURNUS_REDIS_URL"] ?? "" });
    await expect(only).rejects.toThrow(/exited \(2\)[\s\S]*TURNUS_DATABASE_URL is missing/);
  });

  it("converges edits both ways and relays presence between processes", async () => {
    [a, b] = await Promise.all([start(), start()]);
    ({ arrangement, leader } = await createArrangement(a));
    // Registered and invited through A, used on B.
    const coLeader = await invite(a, arrangement, leader, { role: "co-leader" });
    const name = rotaDocName(arrangement);
    const onA = open(a, name, leader);
    const onB = open(b, name, coLeader.token);
    await Promise.all([onA.synced, onB.synced]);

    onA.doc.getMap("m").set("fromA", 1);
    await until(() => onB.doc.getMap("m").get("fromA") === 1, 5_000, "A's edit on B");
    onB.doc.getMap("m").set("fromB", 2);
    await until(() => onA.doc.getMap("m").get("fromB") === 2, 5_000, "B's edit on A");

    onA.provider.setAwarenessField("user", { name: "on A" });
    const seenOnB = () =>
      [...onB.provider.awareness!.getStates().values()].some(
        (state) => (state["user"] as { name?: string } | undefined)?.name === "on A",
      );
    await until(seenOnB, 5_000, "A's presence on B");

    // The invite list is the same everywhere.
    const listed = await api(b, "GET", `/api/arrangements/${arrangement}/invites`, {
      token: leader,
    });
    expect(listed.status).toBe(200);
    expect(listed.body["invites"]).toHaveLength(2);
  });

  it("revoking on A closes the token's connection on B and refuses it there", async () => {
    const name = rotaDocName(arrangement);
    const viewer = await invite(a, arrangement, leader, { role: "viewer" });
    const onB = open(b, name, viewer.token);
    await onB.synced;
    const revoked = await api(a, "DELETE", `/api/invites/${viewer.id}`, { token: leader });
    expect(revoked.status).toBe(200);
    await onB.closed;
    const again = open(b, name, viewer.token);
    expect(await again.denied).toBe("permission-denied");
    const onApi = await api(b, "GET", `/api/arrangements/${arrangement}/invites`, {
      token: viewer.token,
    });
    expect(onApi.status).toBe(401);
    expect(onApi.body["error"]).toMatch(/revoked/);
  });

  it("keeps acknowledged edits in PostgreSQL through kill -9 of both processes", async () => {
    const name = rotaDocName(arrangement);
    // Logged before Hocuspocus tried (and failed) to apply it: loading and storing skip it.
    await sendGarbageUpdate(a, name, leader);
    const writer = await invite(b, arrangement, leader, { role: "co-leader" });
    const onA = open(a, name, leader);
    const onB = open(b, name, writer.token);
    await Promise.all([onA.synced, onB.synced]);
    onA.doc.getMap("m").set("lastA", "a");
    onB.doc.getMap("m").set("lastB", "b");
    await Promise.all([acknowledged(onA), acknowledged(onB)]);
    await Promise.all([a.stop("SIGKILL"), b.stop("SIGKILL")]);

    const fresh = await start();
    expect(await readMap(fresh, name, leader)).toEqual({
      fromA: 1,
      fromB: 2,
      lastA: "a",
      lastB: "b",
    });
    expect(await fresh.stop("SIGTERM")).toBe(0);
    // Stored and compacted on the way out; a second fresh process reads the same.
    const second = await start();
    expect((await readMap(second, name, leader))["lastB"]).toBe("b");
  });
});
