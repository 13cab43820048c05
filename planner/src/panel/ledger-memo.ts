/**
 * The grant ledger computed once per rota: the planner's rota object changes only when the
 * document changes, so its identity (with the zone and the day) is the cache key. A re-render
 * for a keystroke, a cursor move or presence does not count a year of shifts again.
 */
import { grantLedger, type GrantLedgerResult } from "../../../core/src/grant/index.js";
import type { RotaFile } from "../../../core/src/model/index.js";
import type { LocalDate, Zone } from "../../../core/src/time/index.js";

/** What computes a ledger (core's `grantLedger`; a test passes a counting twin). */
export type LedgerOf = (rota: RotaFile, zone: Zone, today: LocalDate) => GrantLedgerResult;

/**
 * A function that returns the last result while the rota object, the zone and the day are the
 * same, and computes (with `compute`) otherwise. One entry: the view shows one rota at a time.
 */
export function ledgerMemo(
  compute: LedgerOf = (rota, zone, today) => grantLedger(rota, zone, today),
): LedgerOf {
  let last: { rota: RotaFile; zone: string; today: string; result: GrantLedgerResult } | undefined;
  return (rota, zone, today) => {
    if (last?.rota === rota && last.zone === zone.id && last.today === today) return last.result;
    const result = compute(rota, zone, today);
    last = { rota, zone: zone.id, today, result };
    return result;
  };
}
