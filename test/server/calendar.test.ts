/**
 * Calendar feeds against a real server process: making, listing and revoking feeds over the API,
 * the feed itself (the rota written over /sync by the leader, read back as iCalendar), and
 * everything a feed token must not do or be: open /sync or the API, survive revocation, be
 * forged, or read another arrangement.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRota } from "../../core/src/model/index.js";
import {
  TokenClaimsSchema,
  accessTo,
  assistantDocName,
  mayManageFeed,
  parseDocName,
  rotaDocName,
  type DocName,
  type TokenClaims,
} from "../../core/src/protocol/index.js";
import * as Y from "yjs";
import { calendarFeed, feedLang } from "../../planner/server/calendar.js";
import type { Store } from "../../planner/server/store.js";
import { loadSecret, signToken } from "../../planner/server/tokens.js";
import { shiftUid } from "../../planner/src/calendar/ical.js";
import { rotaToDoc } from "../../planner/src/doc/convert.js";
import {
  acknowledged,
  api,
  connect,
  createArrangement,
  invite,
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

const ROTA = {
  format: "turnus-rota/1",
  profile: "dk",
  timeZone: "Europe/Copenhagen",
  locale: "en",
  assistants: [
    { id: "a1", name: "Anna" },
    { id: "a2", name: "Bo" },
  ],
  shifts: [
    { id: "s1", assistantId: "a1", start: "2026-03-28T22:00", end: "2026-03-29T07:00" },
    { id: "s2", assistantId: "a1", start: "2026-04-02T07:00", end: "2026-04-02T15:00" },
    { id: "s3", assistantId: "a2", start: "2026-04-02T15:00", end: "2026-04-02T23:00" },
    {
      id: "s4",
      assistantId: "a1",
      start: "2026-04-03T07:00",
      end: "2026-04-03T15:00",
      kind: "vacation",
    },
  ],
};

/** A registered arrangement whose rota (above) the leader wrote over /sync. */
async function arrangementWithRota() {
  const { arrangement, leader } = await createArrangement(server);
  const read = readRota(ROTA);
  if (!read.ok) throw new Error("the test rota does not read");
  const client = connect(server, rotaDocName(arrangement), leader);
  await client.synced;
  rotaToDoc(client.doc, read.rota, "Home");
  await acknowledged(client);
  const anna = await invite(server, arrangement, leader, { role: "assistant", assistantId: "a1" });
  return { arrangement, leader, anna: anna.token, client };
}

/** Makes a feed; returns its id, token and path. */
async function makeFeed(arrangement: string, token: string, assistantId?: string) {
  const reply = await api(server, "POST", `/api/arrangements/${arrangement}/feeds`, {
    token,
    body: assistantId === undefined ? {} : { assistantId },
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  const { id, token: feed, path: route } = reply.body as Record<string, string>;
  return { id: id as string, token: feed as string, path: route as string };
}

/** GETs a feed path: status, headers and text. */
async function fetchFeed(route: string) {
  const response = await fetch(`${server.url}${route}`);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The UIDs and summaries of the events in an iCalendar text (unfolded). */
function eventsOf(text: string): { uid: string; summary: string }[] {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const out: { uid: string; summary: string }[] = [];
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") out.push({ uid: "", summary: "" });
    const last = out.at(-1);
    if (last && line.startsWith("UID:")) last.uid = line.slice(4);
    if (last && line.startsWith("SUMMARY:")) last.summary = line.slice(8);
  }
  return out;
}

const claimsOf = (token: string): TokenClaims =>
  JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString()) as TokenClaims;

describe("accessTo and calendar feed tokens", () => {
  it("gives a calendar token no document, not even its own assistant's", () => {
    const claims: TokenClaims = {
      id: "feed-AAAAAAAAAAAAAAAAAAAAAA",
      arrangement: "arrQ3x9Lk2Zp7",
      role: "assistant",
      assistantId: "a1",
      issuedAt: 1,
      scope: "calendar",
    };
    const docs = [rotaDocName("arrQ3x9Lk2Zp7"), assistantDocName("arrQ3x9Lk2Zp7", "a1")];
    for (const name of docs) {
      const doc = parseDocName(name) as DocName;
      expect(accessTo(claims, doc), name).toBe("none");
      expect(accessTo({ ...claims, scope: undefined }, doc), name).not.toBe("none");
    }
  });
});

describe("calendar feed claims", () => {
  const base = { id: "tok1", arrangement: "arrQ3x9Lk2Zp7", issuedAt: 1 };

  it("are an assistant's: the assistant whose shifts the feed shows", () => {
    const feed = { ...base, role: "assistant", assistantId: "a1", scope: "calendar" };
    expect(TokenClaimsSchema.safeParse(feed).success).toBe(true);
    const leaderFeed = TokenClaimsSchema.safeParse({ ...base, role: "leader", scope: "calendar" });
    expect(leaderFeed.error?.issues.map((i) => i.path.join("."))).toEqual(["scope"]);
    expect(TokenClaimsSchema.safeParse({ ...feed, scope: "sync" }).success).toBe(false);
  });

  it("let leaders manage every assistant's feeds, an assistant their own, a feed token none", () => {
    const claims = (role: TokenClaims["role"], assistantId?: string): TokenClaims => ({
      ...base,
      role,
      ...(assistantId ? { assistantId } : {}),
    });
    expect(mayManageFeed(claims("leader"), "a2")).toBe(true);
    expect(mayManageFeed(claims("co-leader"), "a2")).toBe(true);
    expect(mayManageFeed(claims("assistant", "a1"), "a1")).toBe(true);
    expect(mayManageFeed(claims("assistant", "a1"), "a2")).toBe(false);
    expect(mayManageFeed(claims("viewer"), "a1")).toBe(false);
    expect(mayManageFeed({ ...claims("assistant", "a1"), scope: "calendar" }, "a1")).toBe(false);
  });
});

describe("calendarFeed in process", () => {
  const secret = Buffer.alloc(32, 7);
  const claims: TokenClaims = {
    id: `feed-${"A".repeat(22)}`,
    arrangement: "arrQ3x9Lk2Zp7",
    role: "assistant",
    assistantId: "a1",
    issuedAt: 1,
    scope: "calendar",
  };
  const docWith = (name: string, shiftIds: readonly string[]) => {
    const read = readRota({ ...ROTA, shifts: ROTA.shifts.filter((x) => shiftIds.includes(x.id)) });
    if (!read.ok) throw new Error("the test rota does not read");
    const doc = new Y.Doc();
    rotaToDoc(doc, read.rota, name);
    return doc;
  };

  it("reads the sync server's open document when there is one, else the store", async () => {
    const stored = docWith("Stored", ["s1"]);
    const open = docWith("Open", ["s2"]);
    // only what the feed reads of the store: the token and the stored document
    const store = {
      getToken: (id: string) => (id === claims.id ? claims : undefined),
      loadDocument: () => [Y.encodeStateAsUpdate(stored)],
    } as unknown as Store;
    const segment = `${signToken(secret, claims)}.ics`;
    const fromStore = await calendarFeed({ store, secret, now: () => 0 }, segment);
    const documents = (name: string) =>
      name === rotaDocName(claims.arrangement) ? open : undefined;
    const fromOpen = await calendarFeed({ store, secret, now: () => 0, documents }, segment);
    if (fromStore.status !== 200 || fromOpen.status !== 200) throw new Error("no calendar");
    expect(eventsOf(fromStore.text).map((e) => e.uid)).toEqual([
      shiftUid(claims.arrangement, "s1"),
    ]);
    expect(fromStore.text).toContain("X-WR-CALNAME:Stored: Anna");
    expect(eventsOf(fromOpen.text).map((e) => e.uid)).toEqual([shiftUid(claims.arrangement, "s2")]);
  });

  it("writes in the rota's language, else its country's", () => {
    expect(feedLang({ profile: "dk", locale: "en" })).toBe("en");
    expect(feedLang({ profile: "dk", locale: "nn" })).toBe("nb");
    expect(feedLang({ profile: "no", locale: undefined })).toBe("nb");
    expect(feedLang({ profile: "dk", locale: undefined })).toBe("da");
    expect(feedLang({ profile: "dk", locale: "en" }, "nb")).toBe("nb");
    expect(feedLang({ profile: "no", locale: undefined }, "de")).toBe("nb");
  });
});

describe("calendar feeds", { timeout: 30_000 }, () => {
  it("serves the assistant's working shifts as iCalendar, cacheable for 5 minutes", async () => {
    const { arrangement, anna, client } = await arrangementWithRota();
    const feed = await makeFeed(arrangement, anna);
    expect(feed.path).toBe(`/api/calendar/${feed.token}.ics`);
    expect(claimsOf(feed.token)).toMatchObject({
      arrangement,
      role: "assistant",
      assistantId: "a1",
      scope: "calendar",
      id: feed.id,
    });

    const reply = await fetchFeed(feed.path);
    expect(reply.status).toBe(200);
    expect(reply.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(reply.headers.get("cache-control")).toBe("private, max-age=300");
    expect(eventsOf(reply.text)).toEqual([
      { uid: shiftUid(arrangement, "s1"), summary: "Shift 22:00–07:00" },
      { uid: shiftUid(arrangement, "s2"), summary: "Shift 07:00–15:00" },
    ]);
    expect(reply.text).toContain("X-WR-CALNAME:Home: Anna\r\n");
    // the night into summer time: 22:00 CET to 07:00 CEST
    expect(reply.text).toContain("DTSTART:20260328T210000Z\r\nDTEND:20260329T050000Z");

    // an edit made after the feed was made is in the next answer; also once nobody is connected
    client.doc.transact(() => {
      client.doc.getMap("shifts").set("s5", {
        order: 9,
        value: { id: "s5", assistantId: "a1", start: "2026-04-05T07:00", end: "2026-04-05T12:00" },
      });
    });
    await acknowledged(client);
    client.destroy();
    const later = await fetchFeed(feed.path);
    expect(eventsOf(later.text).map((e) => e.uid)).toContain(shiftUid(arrangement, "s5"));
    // in the language the address asks for (the planner adds its own)
    const danish = await fetchFeed(`${feed.path}?lang=da`);
    expect(eventsOf(danish.text)[0]?.summary).toBe("Vagt 22:00–07:00");
  });

  it("answers HEAD like GET, without the body", async () => {
    const { arrangement, anna, client } = await arrangementWithRota();
    client.destroy();
    const feed = await makeFeed(arrangement, anna);
    const head = await fetch(`${server.url}${feed.path}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await head.text()).toBe("");
    const post = await fetch(`${server.url}${feed.path}`, { method: "POST" });
    expect(post.status).toBe(405);
  });

  it("answers 503 while the rota cannot be read (so that apps keep what they have)", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const anna = await invite(server, arrangement, leader, {
      role: "assistant",
      assistantId: "a1",
    });
    const feed = await makeFeed(arrangement, anna.token); // nobody has written the rota yet
    const reply = await fetchFeed(feed.path);
    expect(reply.status).toBe(503);
    expect(reply.headers.get("cache-control")).toBe("no-store");
    expect(reply.text).not.toContain("BEGIN:VCALENDAR");
  });

  it("lets a leader make feeds for any assistant, an assistant for themselves only", async () => {
    const { arrangement, leader, anna, client } = await arrangementWithRota();
    client.destroy();
    const route = `/api/arrangements/${arrangement}/feeds`;
    const bos = await makeFeed(arrangement, leader, "a2");
    const text = (await fetchFeed(bos.path)).text;
    expect(eventsOf(text).map((e) => e.uid)).toEqual([shiftUid(arrangement, "s3")]);

    const nameless = await api(server, "POST", route, { token: leader, body: {} });
    expect(nameless.status).toBe(400);
    expect(nameless.body["error"]).toMatch(/^assistantId: /);
    const others = await api(server, "POST", route, { token: anna, body: { assistantId: "a2" } });
    expect(others.status).toBe(403);
    const viewer = await invite(server, arrangement, leader, { role: "viewer" });
    const byViewer = await api(server, "POST", route, { token: viewer.token, body: {} });
    expect(byViewer.status).toBe(403);
    const bad = await api(server, "POST", route, { token: anna, body: { assistantId: "a 1" } });
    expect(bad.status).toBe(400);
  });

  it("lists feeds (no tokens) apart from invites, and revokes them: then 404", async () => {
    const { arrangement, leader, anna, client } = await arrangementWithRota();
    client.destroy();
    const route = `/api/arrangements/${arrangement}/feeds`;
    const own = await makeFeed(arrangement, anna);
    const bos = await makeFeed(arrangement, leader, "a2");

    const byLeader = await api(server, "GET", route, { token: leader });
    expect(byLeader.status).toBe(200);
    const listed = byLeader.body["feeds"] as Record<string, unknown>[];
    expect(listed.map((f) => [f["id"], f["assistantId"], f["revoked"]])).toEqual([
      [own.id, "a1", false],
      [bos.id, "a2", false],
    ]);
    expect(JSON.stringify(listed)).not.toContain(own.token);
    const byAnna = await api(server, "GET", route, { token: anna });
    expect((byAnna.body["feeds"] as { id: string }[]).map((f) => f.id)).toEqual([own.id]);
    // feeds are not invites: not listed, not revoked through /api/invites
    const invites = await api(server, "GET", `/api/arrangements/${arrangement}/invites`, {
      token: leader,
    });
    expect(JSON.stringify(invites.body)).not.toContain(own.id);
    expect((await api(server, "DELETE", `/api/invites/${own.id}`, { token: leader })).status).toBe(
      404,
    );

    // Anna may not revoke Bo's feed; she revokes her own
    expect((await api(server, "DELETE", `/api/feeds/${bos.id}`, { token: anna })).status).toBe(403);
    const revoked = await api(server, "DELETE", `/api/feeds/${own.id}`, { token: anna });
    expect(revoked).toEqual({ status: 200, body: { id: own.id, revoked: true } });
    const gone = await fetchFeed(own.path);
    expect(gone.status).toBe(404);
    expect(gone.text).not.toMatch(/revoked/i);
    expect((await fetchFeed(bos.path)).status).toBe(200);
    const after = await api(server, "GET", route, { token: anna });
    expect(after.body["feeds"]).toMatchObject([{ id: own.id, revoked: true }]);
    // a token of another arrangement finds nothing to revoke
    const other = await createArrangement(server);
    expect(
      (await api(server, "DELETE", `/api/feeds/${bos.id}`, { token: other.leader })).status,
    ).toBe(404);
    expect(
      (await api(server, "GET", route, { token: other.leader })).status,
      "another arrangement's token lists nothing",
    ).toBe(403);
  });

  it("refuses a feed token on /sync and as the API's bearer token", async () => {
    const { arrangement, anna, client } = await arrangementWithRota();
    client.destroy();
    const feed = await makeFeed(arrangement, anna);
    for (const name of [rotaDocName(arrangement), assistantDocName(arrangement, "a1")]) {
      const probe = connect(server, name, feed.token);
      try {
        expect(await probe.denied).toBeTruthy();
        expect(probe.doc.getMap("shifts").size).toBe(0);
      } finally {
        probe.destroy();
      }
    }
    const route = `/api/arrangements/${arrangement}/feeds`;
    const asBearer = await api(server, "POST", route, { token: feed.token, body: {} });
    expect(asBearer.status).toBe(401);
    expect((await api(server, "GET", route, { token: feed.token })).status).toBe(401);
    expect(
      (await api(server, "DELETE", `/api/feeds/${feed.id}`, { token: feed.token })).status,
    ).toBe(401);
    expect((await fetchFeed(feed.path)).status, "the feed itself still works").toBe(200);

    // a feed's stored row never serves as an invite, even with claims signed without the scope
    const secret = loadSecret(path.resolve(data.dir));
    const { scope: _scope, ...plain } = claimsOf(feed.token);
    const unscoped = connect(server, rotaDocName(arrangement), signToken(secret, plain));
    try {
      expect(await unscoped.denied).toBeTruthy();
    } finally {
      unscoped.destroy();
    }
  });

  it("answers 404, saying nothing more, for forged, invite and other-arrangement tokens", async () => {
    const { arrangement, leader, anna, client } = await arrangementWithRota();
    client.destroy();
    const feed = await makeFeed(arrangement, anna);
    const [payload = "", signature = ""] = feed.token.split(".");
    const secret = loadSecret(path.resolve(data.dir));
    const other = await createArrangement(server);
    const claims = claimsOf(feed.token);
    const paths = {
      // a different signature, and claims changed under the old signature
      forged: `/api/calendar/${payload}.${signature.slice(0, -2)}AA.ics`,
      tampered: `/api/calendar/${Buffer.from(JSON.stringify({ ...claims, assistantId: "a2" })).toString("base64url")}.${signature}.ics`,
      // properly signed, but the stored feed belongs to another arrangement
      otherArrangement: `/api/calendar/${signToken(secret, { ...claims, arrangement: other.arrangement })}.ics`,
      // an invite token (signed, valid) is not a feed
      invite: `/api/calendar/${anna}.ics`,
      leader: `/api/calendar/${leader}.ics`,
      // calendar claims on an invite's stored row (needs the secret; refused all the same)
      inviteRow: `/api/calendar/${signToken(secret, { ...claims, id: claimsOf(anna).id })}.ics`,
      // a feed-shaped id that was never stored
      unknown: `/api/calendar/${signToken(secret, { ...claims, id: "feed-BBBBBBBBBBBBBBBBBBBBBB" })}.ics`,
      noSuffix: `/api/calendar/${feed.token}`,
      garbage: "/api/calendar/%E0%A4%A.ics",
    };
    const answers = new Set<string>();
    for (const [what, route] of Object.entries(paths)) {
      const reply = await fetchFeed(route);
      expect(reply.status, what).toBe(404);
      answers.add(reply.text);
    }
    expect([...answers]).toEqual([JSON.stringify({ error: "path: no such calendar feed" })]);
    expect((await fetchFeed(feed.path)).status).toBe(200);
    // nor may a token of one arrangement make feeds in another
    const cross = await api(server, "POST", `/api/arrangements/${other.arrangement}/feeds`, {
      token: anna,
      body: {},
    });
    expect(cross.status).toBe(403);
  });
});
