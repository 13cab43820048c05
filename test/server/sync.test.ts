/**
 * /sync against a real server process: convergence, presence, and roles enforced by the server
 * (core's `accessTo`): read-only viewers, assistants on their own document only, bad tokens.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assistantDocName, rotaDocName } from "../../core/src/protocol/index.js";
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

let server: ServerProcess;
const data = tempDataDir();
const clients: Client[] = [];
const open = (...args: Parameters<typeof connect>): Client => {
  const client = connect(...args);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  server = await startServerProcess(data.dir);
}, 30_000);

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.stop();
  data.remove();
}, 30_000);

describe("sync", { timeout: 30_000 }, () => {
  it("makes two clients converge on a document", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const coLeader = await invite(server, arrangement, leader, { role: "co-leader" });
    const a = open(server, rotaDocName(arrangement), leader);
    const b = open(server, rotaDocName(arrangement), coLeader.token);
    await Promise.all([a.synced, b.synced]);
    a.doc.getMap("m").set("from-a", 1);
    b.doc.getMap("m").set("from-b", 2);
    const both = { "from-a": 1, "from-b": 2 };
    await until(() => JSON.stringify(a.doc.getMap("m").toJSON()) === JSON.stringify(both));
    await until(() => Object.keys(b.doc.getMap("m").toJSON()).length === 2);
    expect(b.doc.getMap("m").toJSON()).toEqual(both);
  });

  it("relays presence (awareness) to the other client", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const viewer = await invite(server, arrangement, leader, { role: "viewer" });
    const a = open(server, rotaDocName(arrangement), leader);
    const b = open(server, rotaDocName(arrangement), viewer.token);
    await Promise.all([a.synced, b.synced]);
    a.provider.setAwarenessField("user", { name: "Leader", cell: "2026-03-02/a1" });
    const seen = () =>
      [...(b.provider.awareness?.getStates().values() ?? [])].some(
        (state) => (state["user"] as { name?: string } | undefined)?.name === "Leader",
      );
    await until(seen, 5_000, "the leader's presence at the viewer");
  });

  it("drops a viewer's edits and never stores them", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const viewer = await invite(server, arrangement, leader, { role: "viewer" });
    const lead = open(server, rotaDocName(arrangement), leader);
    const view = open(server, rotaDocName(arrangement), viewer.token);
    await Promise.all([lead.synced, view.synced]);
    lead.doc.getMap("m").set("shift", "07-15");
    await acknowledged(lead);
    await until(() => view.doc.getMap("m").get("shift") === "07-15");

    view.doc.getMap("m").set("shift", "forged by viewer");
    view.doc.getMap("m").set("extra", true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(view.provider.unsyncedChanges).toBeGreaterThan(0); // never acknowledged
    expect(lead.doc.getMap("m").toJSON()).toEqual({ shift: "07-15" });
    expect(await readMap(server, rotaDocName(arrangement), leader)).toEqual({ shift: "07-15" });
  });

  it("lets an assistant write their own document but not read another's", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const a1 = await invite(server, arrangement, leader, { role: "assistant", assistantId: "a1" });
    const own = open(server, assistantDocName(arrangement, "a1"), a1.token);
    await own.synced;
    own.doc.getMap("m").set("wish", "day-off");
    await acknowledged(own);
    // The leader reads and writes the assistant's document (approvals); the assistant sees it.
    const lead = open(server, assistantDocName(arrangement, "a1"), leader);
    await lead.synced;
    expect(lead.doc.getMap("m").toJSON()).toEqual({ wish: "day-off" });
    lead.doc.getMap("m").set("approved", true);
    await acknowledged(lead);
    await until(() => own.doc.getMap("m").get("approved") === true);

    const other = open(server, assistantDocName(arrangement, "a2"), a1.token);
    expect(await other.denied).toBeTruthy();
    // The rota: read-only for an assistant.
    const rota = open(server, rotaDocName(arrangement), a1.token);
    await rota.synced;
    rota.doc.getMap("m").set("x", 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(rota.provider.unsyncedChanges).toBeGreaterThan(0);
    expect(await readMap(server, rotaDocName(arrangement), leader)).toEqual({});
  });

  it("gives forged, malformed, other-arrangement tokens and unknown documents nothing", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const other = await createArrangement(server);
    const [payload, signature] = leader.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString()) as object;
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...claims, arrangement: other.arrangement }),
    ).toString("base64url");
    const attempts: [string, string][] = [
      [rotaDocName(other.arrangement), `${forgedPayload}.${signature}`], // re-signed claims
      [rotaDocName(arrangement), `${payload}.${"A".repeat(43)}`], // wrong signature
      [rotaDocName(arrangement), "not-a-token"],
      [rotaDocName(arrangement), ""],
      [rotaDocName(other.arrangement), leader], // another arrangement
      [`turnus/${arrangement}/secrets`, leader], // not a Turnus document
      ["something-else", leader],
    ];
    for (const [name, token] of attempts) {
      const client = open(server, name, token);
      expect(await client.denied, `${name} with ${token.slice(0, 12)}…`).toBeTruthy();
    }
  });

  it("closes a revoked token's open connection and refuses it afterwards", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const coLeader = await invite(server, arrangement, leader, { role: "co-leader" });
    const client = open(server, rotaDocName(arrangement), coLeader.token);
    await client.synced;
    const revoked = await api(server, "DELETE", `/api/invites/${coLeader.id}`, { token: leader });
    expect(revoked).toEqual({ status: 200, body: { id: coLeader.id, revoked: true } });
    await client.closed;

    // Edits after revocation go nowhere.
    client.doc.getMap("m").set("late", true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await readMap(server, rotaDocName(arrangement), leader)).toEqual({});

    const again = open(server, rotaDocName(arrangement), coLeader.token);
    expect(await again.denied).toBeTruthy();
    expect(server.alive()).toBe(true);
  });
});
