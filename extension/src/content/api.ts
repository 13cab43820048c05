/**
 * What the frame script (frame.ts, injected into every frame of the portal's tab) offers the
 * popup, and the serialisable report each frame returns. Types only: the popup calls it through
 * `chrome.scripting.executeScript`.
 */
import type { FillEntry, FillFailure, FillRow, Locale } from "../fill/index.js";

/** The global the frame script sets in the extension's isolated world of a frame. */
export const FRAME_API = "__turnusFrame";

/** One frame's outcome of a fill. */
export interface FrameReport {
  /** The frame's address. */
  url: string;
  /** False when the frame holds no form the filler recognises (nothing was touched). */
  form: boolean;
  /** The saved profile used, if one matched the frame's address. */
  profile?: string;
  filled: number;
  changed: FillEntry[];
  failed: FillFailure[];
  rowsAdded: number;
  /** Milliseconds this frame took to fill, read back and mark its fields. */
  ms: number;
  /** Origins of the frame's child iframes (to tell which ones the extension could not reach). */
  childOrigins: string[];
}

/** The frame script's functions. */
export interface FrameApi {
  /** Fills `rows` into this frame's form (a saved profile if one matches, else heuristics). */
  fill(rows: FillRow[], locale: Locale): Promise<FrameReport>;
  /** Puts back what the last fill overwrote; the number of fields restored. */
  undo(): number;
  /** The report of this frame's last fill, if any. */
  lastReport(): FrameReport | null;
  /** Whether this frame holds a fill that can be undone. */
  canUndo(): boolean;
  /** How many form fields this frame holds (its own, not its child frames'). */
  fieldCount(): number;
  /** Starts teach mode in this frame if it has form fields; false when it has none. */
  teach(locale: Locale): boolean;
}
