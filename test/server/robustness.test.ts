/**
 * Hostile input over raw WebSockets never takes the server down: random bytes, malformed
 * Hocuspocus messages, invalid Yjs updates (authenticated, so they reach Yjs) and a message over
 * the size limit. Afterwards a normal client still syncs, and the stored document still loads.
 */
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { rotaDocName } from "../../core/src/protocol/index.js";
import {
  acknowledged,
  connect,
  createArrangement,
  readMap,
  startServerProcess,
  tempDataDir,
  type ServerProcess,
} from "./harness.js";

let server: ServerProcess;
const data = tempDataDir();

beforeAll(async () => {
  server = await startServerProcess(data.dir, { TURNUS_MAX_MESSAGE_BYTES: String(1024 * 1024) });
}, 30_000);

afterAll(async () => {
  await server.stop();
  data.remove();
}, 30_000);

/** A seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bytes = (next: () => number, length: number): Uint8Array =>
  Uint8Array.from({ length }, () => Math.floor(next() * 256));

/** A Hocuspocus message: document name, message type, then the payload writer's output. */
const message = (name: string, type: number, write: (e: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
};
const AUTH = 2;
const SYNC = 0;
const authMessage = (name: string, token: string) =>
  message(name, AUTH, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
  });
/** A sync message of `kind` (0 step 1, 1 step 2, 2 update) carrying `payload`. */
const syncMessage = (name: string, kind: number, payload: Uint8Array) =>
  message(name, SYNC, (e) => {
    encoding.writeVarUint(e, kind);
    encoding.writeVarUint8Array(e, payload);
  });

const openSocket = (url: string): Promise<WebSocket> =>
  new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on("error", () => undefined); // the server may cut us off; that is fine
    ws.once("open", () => resolve(ws));
    ws.once("unexpected-response", () => reject(new Error("upgrade refused")));
  });

const closed = (ws: WebSocket): Promise<number> =>
  new Promise((resolve) => ws.once("close", (code) => resolve(code)));

describe("robustness", { timeout: 30_000 }, () => {
  it("survives a fuzz of random and malformed messages, then syncs a normal client", async () => {
    const { arrangement, leader } = await createArrangement(server);
    const name = rotaDocName(arrangement);
    const next = random(20261129);
    const end = Date.now() + 3_000;
    let sent = 0;
    while (Date.now() < end) {
      const ws = await openSocket(server.wsUrl).catch(() => undefined);
      if (!ws) continue;
      const authenticated = next() < 0.6;
      if (authenticated) ws.send(authMessage(name, leader));
      for (let i = 0; i < 20 && ws.readyState === WebSocket.OPEN; i++) {
        const pick = next();
        const junk = bytes(next, 1 + Math.floor(next() * 300));
        if (pick < 0.25) ws.send(junk);
        else if (pick < 0.5) ws.send(syncMessage(name, Math.floor(next() * 4), junk));
        else if (pick < 0.6) ws.send(message(name, Math.floor(next() * 12), (e) => e));
        else if (pick < 0.7) ws.send(authMessage(name, String.fromCharCode(...junk)));
        else if (pick < 0.8) ws.send(message(String.fromCharCode(...junk), AUTH, (e) => e));
        else ws.send(message(name, 1, (e) => encoding.writeVarUint8Array(e, junk))); // awareness
        sent += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
      ws.terminate();
    }
    expect(sent).toBeGreaterThan(100);
    // Hocuspocus logs and closes bad sockets; nothing reached the process-level handlers.
    expect(server.stderr()).not.toMatch(/^turnus: (uncaught|unhandled)/m);
    expect(server.alive()).toBe(true);

    const client = connect(server, name, leader);
    await client.synced;
    client.doc.getMap("m").set("after-fuzz", true);
    await acknowledged(client);
    client.destroy();
    expect((await readMap(server, name, leader))["after-fuzz"]).toBe(true);
  });

  it("closes an oversized message's socket with 1009 and keeps serving", async () => {
    const ws = await openSocket(server.wsUrl);
    const code = closed(ws);
    ws.send(new Uint8Array(1024 * 1024 + 1));
    expect(await code).toBe(1009);

    const { arrangement, leader } = await createArrangement(server);
    const client = connect(server, rotaDocName(arrangement), leader);
    await client.synced;
    // Just under the limit still goes through.
    client.doc.getMap("m").set("big", "y".repeat(900 * 1024));
    await acknowledged(client);
    client.destroy();
    expect(server.alive()).toBe(true);
  });

  it("refuses upgrades outside /sync", async () => {
    await expect(openSocket(server.wsUrl.replace(/\/sync$/, "/other"))).rejects.toThrow();
    expect(server.alive()).toBe(true);
  });
});
