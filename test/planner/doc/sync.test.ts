/**
 * The planner's sync connection (planner/src/doc/sync.ts) against the real sync server started
 * in-process (planner/server, temporary data directory), over `ws`: two replicas converge, edits
 * made offline arrive after reconnecting, a viewer's connection is read-only, presence is
 * relayed and validated, and a revoked token is refused.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { assistantDocName, rotaDocName } from "../../../core/src/protocol/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { startServer, type RunningServer } from "../../../planner/server/server.js";
import { clock } from "./helpers.js";
import {
  LiveCheck,
  arrangementName,
  connectDoc,
  createUndoManager,
  docMaps,
  newArrangement,
  putShift,
  putAssistant,
  syncUrl,
  type DocSync,
  type SyncStatus,
} from "../../../planner/src/doc/index.js";
import { shareApi, type ShareApi } from "../../../planner/src/sync/index.js";
import { putEntry, readAssistantDoc } from "../../../planner/src/doc/assistant-doc.js";

let server: RunningServer;
let dataDir: string;
let api: ShareApi;
const open: DocSync[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "turnus-client-sync-"));
  server = await startServer({ port: 0, host: "127.0.0.1", dataDir, log: () => undefined });
  api = shareApi(server.url, fetch);
});

afterAll(async () => {
  for (const s of open) s.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A fake window: online/offline events and `navigator.onLine`. */
function network() {
  const events = new EventTarget();
  let online = true;
  return {
    events,
    online: () => online,
    set(value: boolean) {
      online = value;
      events.dispatchEvent(new Event(value ? "online" : "offline"));
    },
  };
}

function connect(
  doc: Y.Doc,
  arrangementId: string,
  token: string,
  name: string,
  net = network(),
): DocSync {
  const sync = connectDoc(doc, {
    url: syncUrl(server.url),
    documentName: rotaDocName(arrangementId),
    token,
    name,
    WebSocket,
    events: net.events,
    online: net.online,
  });
  open.push(sync);
  return sync;
}

/** Resolves once `sync`'s status satisfies `ok` (fails after 10 s). */
function until(sync: DocSync, ok: (s: SyncStatus) => boolean): Promise<SyncStatus> {
  return new Promise((resolve, reject) => {
    if (ok(sync.status())) return resolve(sync.status());
    const timer = setTimeout(
      () => reject(new Error(`status stayed ${JSON.stringify(sync.status())}`)),
      10_000,
    );
    const stop = sync.onStatus((s) => {
      if (!ok(s)) return;
      clearTimeout(timer);
      stop();
      resolve(s);
    });
  });
}

/** Polls `check` until it holds (fails after 10 s). */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never: ${what}`);
}

const synced = (s: SyncStatus) => s.connection === "synced" && s.unsynced === 0;
let n = 0;
const newId = () => `rsync${Date.now().toString(36)}${n++}`;

/** A leader's arrangement on the server with one assistant; its document and connection. */
async function leaderArrangement() {
  const id = newId();
  const token = await api.register(id);
  const doc = new Y.Doc();
  const made = newArrangement(doc, {
    name: "Shared",
    profile: "dk",
    timeZone: "Europe/Copenhagen",
    locale: "da",
  });
  expect(made.ok).toBe(true);
  expect(putAssistant(doc, { id: "a1", name: "Anna" }).ok).toBe(true);
  const sync = connect(doc, id, token, "Leader");
  await until(sync, synced);
  return { id, token, doc, sync };
}

describe("sync with the server", () => {
  it("fills an empty document from the server and converges both ways", async () => {
    const leader = await leaderArrangement();
    expect(leader.sync.status().scope).toBe("read-write");
    const invite = await api.invite(leader.id, leader.token, "co-leader");
    const doc = new Y.Doc();
    const co = connect(doc, leader.id, invite.token, "Co");
    await until(co, synced);
    await eventually(() => arrangementName(doc) === "Shared", "the name arrives");
    const shift = { assistantId: "a1", start: "2026-03-02T07:00", end: "2026-03-02T15:00" };
    expect(putShift(doc, { id: "s1", ...shift, kind: "work" }).ok).toBe(true);
    await eventually(() => docMaps(leader.doc).shifts.has("s1"), "the co-leader's shift arrives");
    expect(putShift(leader.doc, { id: "s2", ...shift, kind: "work" }).ok).toBe(true);
    await eventually(() => docMaps(doc).shifts.has("s2"), "the leader's shift arrives");
  });

  it("checks remote edits live, and never undoes them", async () => {
    const leader = await leaderArrangement();
    const invite = await api.invite(leader.id, leader.token, "co-leader");
    const doc = new Y.Doc();
    const co = connect(doc, leader.id, invite.token, "Co");
    await until(co, synced);
    await eventually(() => docMaps(doc).assistants.has("a1"), "the assistant arrives");
    const live = new LiveCheck(doc, clock);
    const undo = createUndoManager(doc);
    // 15–23 then 07–15 the next morning: 8 hours of rest
    const late = { assistantId: "a1", start: "2026-03-02T15:00", end: "2026-03-02T23:00" };
    const early = { assistantId: "a1", start: "2026-03-03T07:00", end: "2026-03-03T15:00" };
    expect(putShift(leader.doc, { id: "late", ...late, kind: "work" }).ok).toBe(true);
    expect(putShift(leader.doc, { id: "early", ...early, kind: "work" }).ok).toBe(true);
    await eventually(
      () => live.violations().some((v) => v.rule === "daily-rest"),
      "the co-leader's live check flags the leader's shifts",
    );
    expect(undo.canUndo()).toBe(false);
    undo.undo();
    expect(docMaps(doc).shifts.has("early")).toBe(true);
    live.destroy();
    undo.destroy();
  });

  it("keeps editing offline and sends the edits on reconnect", async () => {
    const leader = await leaderArrangement();
    const invite = await api.invite(leader.id, leader.token, "co-leader");
    const doc = new Y.Doc();
    const net = network();
    const co = connect(doc, leader.id, invite.token, "Co", net);
    await until(co, synced);
    net.set(false);
    expect(co.status().connection).toBe("offline");
    const shift = { assistantId: "a1", start: "2026-03-03T07:00", end: "2026-03-03T15:00" };
    expect(putShift(doc, { id: "off1", ...shift, kind: "work" }).ok).toBe(true);
    expect(putShift(leader.doc, { id: "on1", ...shift, kind: "work" }).ok).toBe(true);
    expect(co.status().unsynced).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(docMaps(leader.doc).shifts.has("off1")).toBe(false);
    net.set(true);
    await until(co, synced);
    await eventually(
      () => docMaps(leader.doc).shifts.has("off1") && docMaps(doc).shifts.has("on1"),
      "both edits on both sides",
    );
    expect(Y.encodeStateAsUpdate(doc).length).toBeGreaterThan(0);
    expect([...docMaps(doc).shifts.keys()].sort()).toEqual(
      [...docMaps(leader.doc).shifts.keys()].sort(),
    );
  });

  it("gives a viewer a read-only connection whose edits never reach others", async () => {
    const leader = await leaderArrangement();
    const invite = await api.invite(leader.id, leader.token, "viewer");
    const doc = new Y.Doc();
    const viewer = connect(doc, leader.id, invite.token, "Viewer");
    await until(viewer, (s) => s.connection === "synced");
    expect(viewer.status().scope).toBe("readonly");
    await eventually(() => arrangementName(doc) === "Shared", "the viewer reads the rota");
    const shift = { assistantId: "a1", start: "2026-03-04T07:00", end: "2026-03-04T15:00" };
    putShift(doc, { id: "v1", ...shift, kind: "work" });
    await new Promise((r) => setTimeout(r, 300));
    expect(docMaps(leader.doc).shifts.has("v1")).toBe(false);
  });

  it("relays presence with the cell, and drops malformed states", async () => {
    const leader = await leaderArrangement();
    const invite = await api.invite(leader.id, leader.token, "co-leader");
    const co = connect(new Y.Doc(), leader.id, invite.token, "Co");
    await until(co, synced);
    co.setPresence({ cell: { date: "2026-03-02", assistantId: "a1" } });
    await eventually(
      () => leader.sync.peers().some((p) => p.name === "Co" && p.cell?.assistantId === "a1"),
      "the leader sees the co-leader on the cell",
    );
    const peer = leader.sync.peers().find((p) => p.name === "Co");
    expect(peer?.color).toMatch(/^#[0-9a-f]{6}$/);
    // a client writing nonsense into its presence is left out of the list
    const raw = new HocuspocusProvider({
      url: syncUrl(server.url),
      name: rotaDocName(leader.id),
      token: invite.token,
      document: new Y.Doc(),
      WebSocketPolyfill: WebSocket,
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    raw.awareness?.setLocalState({ name: 42, color: "red", cell: "<script>" });
    await new Promise((r) => setTimeout(r, 300));
    expect(leader.sync.peers().map((p) => p.name)).toEqual(["Co"]);
    raw.destroy();
    co.setPresence({ name: "Carla", cell: undefined });
    await eventually(
      () => leader.sync.peers().some((p) => p.name === "Carla" && p.cell === undefined),
      "a new name, off the grid",
    );
    co.close();
    await eventually(() => leader.sync.peers().length === 0, "gone after closing");
  });

  it("reports a revoked token as denied", async () => {
    const leader = await leaderArrangement();
    const invite = await api.invite(leader.id, leader.token, "co-leader");
    const co = connect(new Y.Doc(), leader.id, invite.token, "Co");
    await until(co, synced);
    await api.revoke(invite.id, leader.token);
    await until(co, (s) => s.connection === "denied");
    const listed = await api.invites(leader.id, leader.token);
    expect(listed.find((i) => i.id === invite.id)?.revoked).toBe(true);
  });
});

describe("assistant documents", () => {
  /** Connects an assistant document over `over`'s socket (no presence of its own). */
  function connectAssistantDoc(over: DocSync, arrangementId: string, aid: string, token: string) {
    const doc = new Y.Doc();
    const sync = connectDoc(doc, {
      url: syncUrl(server.url),
      documentName: assistantDocName(arrangementId, aid),
      token,
      socket: over.socket,
      WebSocket,
    });
    // closed before the rota's sync, which owns the socket
    open.unshift(sync);
    return { doc, sync };
  }
  const off = (from: string) =>
    ({ kind: "unavailable", from, to: from, at: Date.now() }) as Parameters<
      typeof putEntry<"availability">
    >[3];

  it("syncs an assistant's own document with the leader over each one's rota socket", async () => {
    const leader = await leaderArrangement();
    const invite = await api.invite(leader.id, leader.token, "assistant", "a1");
    const rota = connect(new Y.Doc(), leader.id, invite.token, "Anna");
    await until(rota, synced);
    expect(rota.status().scope).toBe("readonly");
    const mine = connectAssistantDoc(rota, leader.id, "a1", invite.token);
    await until(mine.sync, synced);
    expect(mine.sync.status().scope).toBe("read-write");
    const theirs = connectAssistantDoc(leader.sync, leader.id, "a1", leader.token);
    await until(theirs.sync, synced);

    expect(putEntry(mine.doc, "availability", "q1", off("2026-12-03")).ok).toBe(true);
    await eventually(
      () => readAssistantDoc(theirs.doc).availability.length === 1,
      "the assistant's day reaches the leader",
    );
    const swap = {
      shiftId: "s1",
      start: "2026-12-03T07:00",
      end: "2026-12-03T15:00",
      status: "open",
      at: 1,
    } as const;
    expect(putEntry(mine.doc, "swaps", "r1", swap as never).ok).toBe(true);
    await eventually(() => readAssistantDoc(theirs.doc).swaps.length === 1, "the request arrives");
    const answer = { ...swap, status: "declined", decidedBy: "Lis", decidedAt: 2 };
    expect(putEntry(theirs.doc, "swaps", "r1", answer as never).ok).toBe(true);
    await eventually(
      () => readAssistantDoc(mine.doc).swaps[0]?.status === "declined",
      "the answer reaches the assistant",
    );
    // one socket each: the assistant document rides on the rota's connection
    expect(mine.sync.socket).toBe(rota.socket);
  });

  it("denies another assistant's document, and a viewer any assistant's", async () => {
    const leader = await leaderArrangement();
    const a2 = await api.invite(leader.id, leader.token, "assistant", "a2");
    const viewer = await api.invite(leader.id, leader.token, "viewer");
    const a2Rota = connect(new Y.Doc(), leader.id, a2.token, "Bo");
    const viewerRota = connect(new Y.Doc(), leader.id, viewer.token, "Vi");
    await until(a2Rota, synced);
    await until(viewerRota, synced);
    const leaders = connectAssistantDoc(leader.sync, leader.id, "a1", leader.token);
    expect(putEntry(leaders.doc, "availability", "q1", off("2026-12-03")).ok).toBe(true);
    await until(leaders.sync, synced);

    const snoop = connectAssistantDoc(a2Rota, leader.id, "a1", a2.token);
    const viewing = connectAssistantDoc(viewerRota, leader.id, "a1", viewer.token);
    await until(snoop.sync, (s) => s.connection === "denied");
    await until(viewing.sync, (s) => s.connection === "denied");
    expect(readAssistantDoc(snoop.doc).availability).toEqual([]);
    expect(readAssistantDoc(viewing.doc).availability).toEqual([]);
    // the rota connections on the same sockets carry on
    expect(a2Rota.status().connection).toBe("synced");
    expect(viewerRota.status().connection).toBe("synced");
  });
});
