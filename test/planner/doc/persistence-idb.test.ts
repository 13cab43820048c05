/**
 * `indexedDbStorage` around a twin of y-indexeddb's `IndexeddbPersistence` (same listener, same
 * load transaction; node has no IndexedDB — the e2e tests use the real one): the stored state
 * loads without being encoded again for the listener, and later edits are still stored.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { indexedDbStorage, type IdbPersistence } from "../../../planner/src/doc/persistence.js";

/** What y-indexeddb 9 does: listens from the constructor on, loads in one transaction. */
class TwinPersistence implements IdbPersistence {
  /** Calls of the `update` listener, by whether they came from loading (own origin). */
  readonly heard = { own: 0, other: 0 };
  readonly _db = Promise.resolve();
  readonly whenSynced: Promise<void>;
  readonly _storeUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this) this.heard.own++;
    else {
      this.heard.other++;
      this.stored.push(update);
    }
  };

  constructor(
    private readonly doc: Y.Doc,
    private readonly stored: Uint8Array[],
  ) {
    doc.on("update", this._storeUpdate);
    this.whenSynced = Promise.resolve().then(() => {
      Y.transact(doc, () => stored.forEach((u) => Y.applyUpdate(doc, u)), this, false);
    });
  }

  destroy(): Promise<void> {
    this.doc.off("update", this._storeUpdate);
    return Promise.resolve();
  }
}

describe("indexedDbStorage", () => {
  it("loads the stored state without encoding it again, and stores later edits", async () => {
    const source = new Y.Doc();
    source.getMap("shifts").set("s1", { order: 0, value: { id: "s1" } });
    const stored = [Y.encodeStateAsUpdate(source)];
    let twin: TwinPersistence | undefined;
    const storage = indexedDbStorage((_name, doc) => (twin = new TwinPersistence(doc, stored)));

    const real = new Y.Doc();
    const attached = await storage.attach("arrangement", real);
    expect(real.getMap("shifts").get("s1")).toEqual({ order: 0, value: { id: "s1" } });
    expect(twin?.heard).toEqual({ own: 0, other: 0 });

    real.getMap("shifts").set("s2", { order: 1, value: { id: "s2" } });
    expect(twin?.heard).toEqual({ own: 0, other: 1 });
    expect(stored).toHaveLength(2);

    await attached.close();
    real.getMap("shifts").delete("s2");
    expect(stored).toHaveLength(2);
  });
});
