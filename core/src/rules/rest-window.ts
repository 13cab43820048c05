/**
 * The rest measurement shared by `daily-rest` and `weekly-rest`: in a window that starts at a
 * working shift's start, the longest stretch without work, clipped to the window.
 */
import type { ShiftId } from "../model/index.js";
import { intersecting, longestGap, mergedWork, type AssistantFacts } from "./facts.js";

/** The longest rest in `[from, to)` and the working shifts inside the window. */
export function restIn(
  a: AssistantFacts,
  from: number,
  to: number,
): { longest: number; shiftIds: ShiftId[] } {
  const inside = [...intersecting(a.work, a.maxDuration, from, to)];
  return {
    longest: longestGap(mergedWork(inside, from, to), from, to),
    shiftIds: inside.map((s) => s.id),
  };
}
