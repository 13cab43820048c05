/**
 * The popup's work in the portal's tab: injecting the frame script into every frame, filling,
 * undoing and teaching through it, and asking for the origins of frames it could not reach.
 */
import frameScript from "../content/frame.ts?script&iife";
import type { FrameApi, FrameReport } from "../content/api.js";
import { FRAME_API } from "../content/api.js";
import type { FillRow, Locale } from "../fill/index.js";

/** The tab to work in: `?tab=<id>` (the popup opened as a page), else the active tab. */
export async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get("tab");
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** The results that came back from the frames (frames without the frame script give null). */
const returned = <R>(results: chrome.scripting.InjectionResult<unknown>[]): R[] =>
  results.flatMap((r) => (r.result === null || r.result === undefined ? [] : [r.result as R]));

/** Installs the frame script in every frame of `tabId` the extension may reach (once each). */
export async function injectFrames(tabId: number): Promise<void> {
  await chrome.scripting.executeScript({
    target: { tabId, allFrames: true },
    files: [frameScript],
  });
}

type Api = Record<string, FrameApi | undefined>;

/** Fills `rows` in every frame; each frame's report, and child-frame origins none answered for. */
export async function fillTab(
  tabId: number,
  rows: FillRow[],
  locale: Locale,
): Promise<{ frames: FrameReport[]; unreached: string[] }> {
  await injectFrames(tabId);
  const results = await chrome.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: (name: string, rows: FillRow[], locale: Locale) =>
      (globalThis as unknown as Api)[name]?.fill(rows, locale) ?? null,
    args: [FRAME_API, rows, locale],
  });
  const frames = returned<FrameReport>(results);
  const answered = new Set(frames.map((f) => new URL(f.url).origin));
  const unreached = [...new Set(frames.flatMap((f) => f.childOrigins))].filter(
    (o) => !answered.has(o),
  );
  return { frames, unreached };
}

/** Undoes the last fill in every frame; the number of fields restored. */
export async function undoTab(tabId: number): Promise<number> {
  const results = await chrome.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: (name: string) => (globalThis as unknown as Api)[name]?.undo() ?? null,
    args: [FRAME_API],
  });
  return returned<number>(results).reduce((a, b) => a + b, 0);
}

/** Whether any frame of `tabId` holds a fill that can be undone. */
export async function canUndoTab(tabId: number): Promise<boolean> {
  const results = await chrome.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: (name: string) => (globalThis as unknown as Api)[name]?.canUndo() ?? null,
    args: [FRAME_API],
  });
  return returned<boolean>(results).some((b) => b);
}

/**
 * Starts teach mode in the frame of `tabId` with the most form fields (one panel, where the
 * form is); false when no frame has any.
 */
export async function teachTab(tabId: number, locale: Locale): Promise<boolean> {
  await injectFrames(tabId);
  const counts = await chrome.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: (name: string) => (globalThis as unknown as Api)[name]?.fieldCount() ?? 0,
    args: [FRAME_API],
  });
  const best = counts.reduce<{ frameId: number; result: number } | undefined>((a, r) => {
    const n = typeof r.result === "number" ? r.result : 0;
    return n > (a?.result ?? 0) ? { frameId: r.frameId, result: n } : a;
  }, undefined);
  if (!best) return false;
  const [started] = await chrome.scripting.executeScript({
    target: { tabId, frameIds: [best.frameId] },
    func: (name: string, locale: Locale) =>
      (globalThis as unknown as Api)[name]?.teach(locale) ?? false,
    args: [FRAME_API, locale],
  });
  return started?.result === true;
}

/** The origin of the page in `tabId`, when the extension may see it. */
export async function originOf(tabId: number): Promise<string | undefined> {
  const [r] = await chrome.scripting.executeScript({
    target: { tabId },
    func: () => location.origin,
  });
  return typeof r?.result === "string" ? r.result : undefined;
}

/** Asks the person to let the extension into `origin` (needs the click that calls it). */
export function allowOrigin(origin: string): Promise<boolean> {
  return chrome.permissions.request({ origins: [`${origin}/*`] });
}
