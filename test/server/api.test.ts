/** The server's HTTP API against a real process: happy paths and every kind of bad input. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  api,
  createArrangement,
  invite,
  newArrangementId,
  startServerProcess,
  tempDataDir,
  type ServerProcess,
} from "./harness.js";

let server: ServerProcess;
const data = tempDataDir();

beforeAll(async () => {
  server = await startServerProcess(data.dir);
}, 30_000);

afterAll(async () => {
  await server.stop();
  data.remove();
}, 30_000);

const claimsOf = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString()) as Record<
    string,
    unknown
  >;

describe("POST /api/arrangements", { timeout: 30_000 }, () => {
  it("registers an id once and returns a leader token", async () => {
    const arrangement = newArrangementId();
    const first = await api(server, "POST", "/api/arrangements", { body: { arrangement } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ arrangement, role: "leader" });
    const token = first.body["token"] as string;
    expect(claimsOf(token)).toMatchObject({ arrangement, role: "leader", id: first.body["id"] });

    const again = await api(server, "POST", "/api/arrangements", { body: { arrangement } });
    expect(again.status).toBe(409);
    expect(again.body["error"]).toMatch(/^arrangement: .*already registered/);
  });

  it("answers bad input with 400 naming the field", async () => {
    const cases: [unknown, RegExp][] = [
      [{}, /^arrangement: /],
      [{ arrangement: "short" }, /^arrangement: .*at least 10/],
      [{ arrangement: "has spaces in it" }, /^arrangement: /],
      [{ arrangement: 12345678901 }, /^arrangement: /],
      [[], /^body: /],
    ];
    for (const [body, message] of cases) {
      const reply = await api(server, "POST", "/api/arrangements", { body });
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body["error"]).toMatch(message);
    }
    const notJson = await api(server, "POST", "/api/arrangements", { raw: "{nope" });
    expect(notJson).toEqual({ status: 400, body: { error: "body: not valid JSON" } });
    const huge = await api(server, "POST", "/api/arrangements", {
      raw: JSON.stringify({ arrangement: "x".repeat(100_000) }),
    });
    expect(huge.status).toBe(413);
  });
});

describe("invites", { timeout: 30_000 }, () => {
  it("lets the leader invite, list and revoke; the list holds no secrets", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const a1 = await invite(server, arrangement, leader, { role: "assistant", assistantId: "a1" });
    const viewer = await invite(server, arrangement, leader, { role: "viewer" });
    expect(claimsOf(a1.token)).toMatchObject({ arrangement, role: "assistant", assistantId: "a1" });

    const list = await api(server, "GET", `/api/arrangements/${arrangement}/invites`, {
      token: leader,
    });
    expect(list.status).toBe(200);
    const invites = list.body["invites"] as Record<string, unknown>[];
    expect(invites.map((i) => i["role"])).toEqual(["leader", "assistant", "viewer"]);
    expect(invites[1]).toEqual({
      id: a1.id,
      role: "assistant",
      assistantId: "a1",
      issuedAt: expect.any(Number) as unknown,
      revoked: false,
    });
    expect(JSON.stringify(list.body)).not.toContain(a1.token.split(".")[1]);

    const revoked = await api(server, "DELETE", `/api/invites/${viewer.id}`, { token: leader });
    expect(revoked).toEqual({ status: 200, body: { id: viewer.id, revoked: true } });
    const after = await api(server, "GET", `/api/arrangements/${arrangement}/invites`, {
      token: leader,
    });
    const viewerEntry = (after.body["invites"] as Record<string, unknown>[]).find(
      (i) => i["id"] === viewer.id,
    );
    expect(viewerEntry?.["revoked"]).toBe(true);
    // The revoked token opens nothing any more.
    const denied = await api(server, "GET", `/api/arrangements/${arrangement}/invites`, {
      token: viewer.token,
    });
    expect(denied.status).toBe(401);
    expect(denied.body["error"]).toMatch(/revoked/);
  });

  it("follows core's mayInvite: a co-leader invites assistants and viewers only", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const coLeader = await invite(server, arrangement, leader, { role: "co-leader" });
    await invite(server, arrangement, coLeader.token, { role: "viewer" });
    const path = `/api/arrangements/${arrangement}/invites`;
    const up = await api(server, "POST", path, {
      token: coLeader.token,
      body: { role: "co-leader" },
    });
    expect(up.status).toBe(403);
    expect(up.body["error"]).toMatch(/^role: a co-leader may not invite a co-leader/);
    const second = await api(server, "POST", path, { token: leader, body: { role: "leader" } });
    expect(second.status).toBe(403);
  });

  it("lets revoking mirror inviting: a co-leader revokes assistants and viewers only", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const coLeader = await invite(server, arrangement, leader, { role: "co-leader" });
    const other = await invite(server, arrangement, leader, { role: "co-leader" });
    const viewer = await invite(server, arrangement, leader, { role: "viewer" });
    const a1 = await invite(server, arrangement, leader, { role: "assistant", assistantId: "a1" });
    const revoke = (id: string, token: string) =>
      api(server, "DELETE", `/api/invites/${id}`, { token });

    const leaderId = claimsOf(leader)["id"] as string;
    const onLeader = await revoke(leaderId, coLeader.token);
    expect(onLeader.status).toBe(403);
    expect(onLeader.body["error"]).toBe("authorization: a co-leader may not revoke a leader");
    const onCoLeader = await revoke(other.id, coLeader.token);
    expect(onCoLeader.status).toBe(403);
    expect(onCoLeader.body["error"]).toBe("authorization: a co-leader may not revoke a co-leader");
    // Assistants and viewers may not revoke others either.
    expect((await revoke(viewer.id, a1.token)).status).toBe(403);

    expect((await revoke(viewer.id, coLeader.token)).status).toBe(200);
    expect((await revoke(a1.id, coLeader.token)).status).toBe(200);
    // Anyone but the leader may give up their own token; the leader revokes co-leaders.
    expect((await revoke(coLeader.id, coLeader.token)).status).toBe(200);
    expect((await revoke(other.id, leader)).status).toBe(200);

    const list = await api(server, "GET", `/api/arrangements/${arrangement}/invites`, {
      token: leader,
    });
    const revoked = (list.body["invites"] as Record<string, unknown>[]).map((i) => i["revoked"]);
    expect(revoked).toEqual([false, true, true, true, true]);
  });

  it("refuses to revoke the leader token, and changes nothing", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const leaderId = claimsOf(leader)["id"] as string;
    const reply = await api(server, "DELETE", `/api/invites/${leaderId}`, { token: leader });
    expect(reply.status).toBe(409);
    expect(reply.body["error"]).toMatch(/^tokenId: the leader token cannot be revoked/);

    // Still valid: it lists and invites as before.
    const list = await api(server, "GET", `/api/arrangements/${arrangement}/invites`, {
      token: leader,
    });
    expect(list.status).toBe(200);
    expect(list.body["invites"]).toEqual([
      { id: leaderId, role: "leader", issuedAt: expect.any(Number) as unknown, revoked: false },
    ]);
    await invite(server, arrangement, leader, { role: "co-leader" });
  });

  it("refuses assistants, viewers, other arrangements and bad tokens", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const other = await createArrangement(server);
    const viewer = await invite(server, arrangement, leader, { role: "viewer" });
    const path = `/api/arrangements/${arrangement}/invites`;
    const body = { role: "viewer" };

    const byViewer = await api(server, "POST", path, { token: viewer.token, body });
    expect(byViewer.status).toBe(403);
    const otherLeader = await api(server, "POST", path, { token: other.leader, body });
    expect(otherLeader.status).toBe(403);
    expect(otherLeader.body["error"]).toMatch(/another arrangement/);
    const otherList = await api(server, "GET", path, { token: other.leader });
    expect(otherList.status).toBe(403);
    const revokeElsewhere = await api(server, "DELETE", `/api/invites/${viewer.id}`, {
      token: other.leader,
    });
    expect(revokeElsewhere.status).toBe(404);

    const [payload] = leader.split(".");
    for (const token of ["", "garbage", `${payload}.AAAA`, `${payload}`, "a.b.c"]) {
      const reply = await api(server, "GET", path, token ? { token } : {});
      expect(reply.status, token).toBe(401);
      expect(reply.body["error"]).toMatch(/^authorization: /);
    }
  });

  it("answers bad invites with 400 naming the field", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const path = `/api/arrangements/${arrangement}/invites`;
    const cases: [unknown, RegExp][] = [
      [{ role: "boss" }, /^role: /],
      [{ role: "assistant" }, /^assistantId: /],
      [{ role: "viewer", assistantId: "a1" }, /^assistantId: /],
      [{ role: "assistant", assistantId: "a/1" }, /^assistantId: /],
    ];
    for (const [body, message] of cases) {
      const reply = await api(server, "POST", path, { token: leader, body });
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body["error"]).toMatch(message);
    }
    const badId = await api(server, "GET", "/api/arrangements/a%20b/invites", { token: leader });
    expect(badId.status).toBe(400);
    expect(badId.body["error"]).toMatch(/^arrangement: /);
    const unknown = await api(server, "GET", "/api/nothing", {});
    expect(unknown.status).toBe(404);
    const wrongMethod = await api(server, "PUT", "/api/arrangements", { body: {} });
    expect(wrongMethod.status).toBe(405);
  });
});
