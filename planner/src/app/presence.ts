/** Other people's positions on the grid, keyed by cell, for the rota grid's labels. */
import { useMemo } from "preact/hooks";
import { cellKey } from "../grid/types.js";
import type { Peer } from "../doc/index.js";
import type { Session } from "./store.js";

/** A person shown on a cell. */
export interface PeerMark {
  readonly name: string;
  readonly color: string;
}

/** The others' cells (`date|assistantId` → who is there); recomputed when `version` changes. */
export function usePeerCells(
  session: Session | undefined,
  version: number,
): ReadonlyMap<string, readonly PeerMark[]> | undefined {
  return useMemo(() => {
    const peers = session?.peers() ?? [];
    if (peers.length === 0) return undefined;
    const map = new Map<string, PeerMark[]>();
    for (const p of peers) {
      if (!p.cell) continue;
      const key = cellKey(p.cell.date, p.cell.assistantId);
      const list = map.get(key) ?? [];
      list.push({ name: p.name, color: p.color });
      map.set(key, list);
    }
    return map;
  }, [session, version]);
}

/**
 * Who came and who went between two lists of the others (by their tab's client id; a person
 * with two tabs counts per tab, as the list shows them). Names, in list order.
 */
export function peerChanges(
  before: readonly Peer[],
  after: readonly Peer[],
): { joined: string[]; left: string[] } {
  const was = new Set(before.map((p) => p.clientId));
  const is = new Set(after.map((p) => p.clientId));
  return {
    joined: after.filter((p) => !was.has(p.clientId)).map((p) => p.name),
    left: before.filter((p) => !is.has(p.clientId)).map((p) => p.name),
  };
}
