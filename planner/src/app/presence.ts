/** Other people's positions on the grid, keyed by cell, for the rota grid's labels. */
import { useMemo } from "preact/hooks";
import { cellKey } from "../grid/types.js";
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
