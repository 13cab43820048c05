/**
 * The rest measurement shared by `daily-rest` and `weekly-rest`: in a window, the longest
 * stretch without work, clipped to the window. A tight loop over the sorted working shifts:
 * this runs once per shift for each of the two rules.
 */
import type { ShiftId } from "../model/index.js";
import { firstStartingAtOrAfter, type AssistantFacts, type PShift } from "./facts.js";

/** The longest rest in `[from, to)` (ms) and how many working shifts touch the window. */
export function longestRest(
  a: AssistantFacts,
  from: number,
  to: number,
): { longest: number; count: number } {
  const work = a.work;
  let cursor = from;
  let longest = 0;
  let count = 0;
  for (let i = firstStartingAtOrAfter(work, from - a.maxWork); i < work.length; i++) {
    const s = work[i] as PShift;
    if (s.start >= to) break;
    if (s.end <= from) continue;
    count++;
    if (s.start > cursor) longest = Math.max(longest, s.start - cursor);
    if (s.end > cursor) cursor = Math.min(s.end, to);
  }
  return { longest: Math.max(longest, to - cursor), count };
}

/** The ids of the working shifts that intersect `[from, to)`, in order. */
export function shiftIdsIn(a: AssistantFacts, from: number, to: number): ShiftId[] {
  const ids: ShiftId[] = [];
  const work = a.work;
  for (let i = firstStartingAtOrAfter(work, from - a.maxWork); i < work.length; i++) {
    const s = work[i] as PShift;
    if (s.start >= to) break;
    if (s.end > from) ids.push(s.id);
  }
  return ids;
}
