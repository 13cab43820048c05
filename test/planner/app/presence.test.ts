/** Who came and who went, for the live region. */
import { describe, expect, it } from "vitest";
import type { Peer } from "../../../planner/src/doc/index.js";
import { peerChanges } from "../../../planner/src/app/presence.js";

const peer = (clientId: number, name: string): Peer => ({ clientId, name, color: "#1f4e79" });

describe("peerChanges", () => {
  it("names who joined and who left, by tab", () => {
    const before = [peer(1, "Anna"), peer(2, "Bo")];
    const after = [peer(2, "Bo"), peer(3, "Cai"), peer(4, "Anna")];
    expect(peerChanges(before, after)).toEqual({ joined: ["Cai", "Anna"], left: ["Anna"] });
  });

  it("says nothing when the same people only moved", () => {
    const moved = { ...peer(1, "Anna"), cell: { date: "2026-03-02", assistantId: "a1" } };
    expect(peerChanges([peer(1, "Anna")], [moved])).toEqual({ joined: [], left: [] });
  });
});
