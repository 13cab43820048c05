/**
 * The sync server's batched log (planner/server/sync.ts), in this process over a SQLite store
 * whose batch write can be made to fail: an acknowledgement never leaves before the batch that
 * holds its update is written, while the other clients get the update at once; updates that
 * arrive together are written in one transaction.
 */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import * as Y from "yjs";
import { rotaDocName, type TokenClaims } from "../../core/src/protocol/index.js";
import type { LoggedUpdate } from "../../planner/server/store.js";
import { SqliteStore } from "../../planner/server/store-sqlite.js";
import { createSync, type Sync } from "../../planner/server/sync.js";
import { newTokenId, signToken } from "../../planner/server/tokens.js";
import { newArrangementId, tempDataDir, until } from "./harness.js";

/** A SQLite store that counts its batch writes and fails them while `failing` is set. */
class ProbeStore extends SqliteStore {
  failing = false;
  readonly batches: number[] = [];

  override appendUpdates(updates: readonly LoggedUpdate[]): void {
    if (this.failing) throw new Error("disk full (simulated)");
    super.appendUpdates(updates);
    this.batches.push(updates.length);
  }
}

const data = tempDataDir();
const secret = randomBytes(32);
const logged: string[] = [];
const closers: (() => void)[] = [];
let store: ProbeStore;
let sync: Sync;
let wss: WebSocketServer;
let url: string;

beforeAll(async () => {
  store = new ProbeStore(path.join(data.dir, "turnus.sqlite"));
  sync = createSync(store, secret, (message) => logged.push(message));
  wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  wss.on("connection", (ws, request) => sync.hocuspocus.handleConnection(ws, request));
  await new Promise((resolve) => wss.once("listening", resolve));
  url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const close of closers) close();
  // Unloading compacts each document: let that finish before the store closes.
  await until(() => sync.hocuspocus.getDocumentsCount() === 0, 5_000, "the documents to unload");
  await new Promise((resolve) => wss.close(resolve));
  store.close();
  data.remove();
});

/** A new arrangement in the store; its rota document's name and the leader token. */
function arrangement(): { name: string; token: string } {
  const id = newArrangementId();
  const claims: TokenClaims = {
    id: newTokenId(),
    arrangement: id,
    role: "leader",
    issuedAt: Date.now(),
  };
  store.createArrangement(id, claims, claims.issuedAt);
  return { name: rotaDocName(id), token: signToken(secret, claims) };
}

/** A provider on its own socket, resolved once it has synced. */
async function open(name: string, token: string): Promise<HocuspocusProvider> {
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name,
    token,
    document: new Y.Doc(),
  });
  closers.push(() => {
    provider.destroy();
    websocketProvider.destroy();
  });
  provider.attach();
  await new Promise<void>((resolve) => provider.on("synced", () => resolve()));
  await until(() => provider.unsyncedChanges === 0, 5_000, "the first acknowledgement");
  return provider;
}

describe("batched log", { timeout: 20_000 }, () => {
  it("acknowledges no update before it is written, but relays it at once", async () => {
    const { name, token } = arrangement();
    const writer = await open(name, token);
    const peer = await open(name, token);
    const before = store.loadDocument(name).length;

    store.failing = true;
    writer.document.getMap("m").set("shift", "07-15");
    await until(() => peer.document.getMap("m").get("shift") === "07-15", 5_000, "the relay");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(writer.unsyncedChanges).toBeGreaterThan(0); // not acknowledged: not written
    expect(store.loadDocument(name)).toHaveLength(before);
    expect(logged.some((line) => line.includes("disk full (simulated)"))).toBe(true);

    store.failing = false; // the retry writes it, then acknowledges
    await until(() => writer.unsyncedChanges === 0, 5_000, "the acknowledgement after the retry");
    expect(store.loadDocument(name)).toHaveLength(before + 1);
  });

  it("writes updates that arrive together in one transaction", async () => {
    const { name, token } = arrangement();
    const writer = await open(name, token);
    const written = store.batches.length;
    const before = store.loadDocument(name).length;
    // 20 update messages sent in one turn of this process, which the server (in the same
    // process) can only read after it: they arrive together.
    for (let i = 0; i < 20; i++) writer.document.getMap("m").set(`k${i}`, i);
    await until(() => writer.unsyncedChanges === 0, 5_000, "the acknowledgements");
    expect(store.loadDocument(name)).toHaveLength(before + 20);
    expect(store.batches.length - written).toBeLessThan(20);
  });
});
