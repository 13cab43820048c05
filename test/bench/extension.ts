/**
 * `npm run bench:extension`: how long the BUILT extension takes to fill a 31-row month into each
 * fixture portal in headless Chromium. Prints figures, asserts nothing; the last line is one
 * JSON object.
 *
 * The extension is built for the fixture servers' origins and loaded (test/e2e/
 * extension-harness.ts). Per run and portal: the month (31 rows, test/extension/fill/harness.ts
 * `march()`) is put in `chrome.storage.session` through the service worker, the portal opens in a
 * fresh tab, the popup (a page aimed at that tab) is asked to fill by pressing its button, and
 *  - `popup_ms`: from the Enter keydown on the Fill button to the popup's status naming the
 *    outcome (injecting the frame script into every frame, filling, reading back, marking, the
 *    report), timed in the popup (event time stamp to a MutationObserver on the status);
 *  - `frame_ms`: what the frame holding the form reports for its own fill (in-page clock).
 * The Swedish report sits in a cross-origin iframe. `RUNS` may be set in the environment.
 */
import type { Page } from "playwright-core";
import { loadExtension } from "../e2e/extension-harness.js";
import { march, servePortals } from "../extension/fill/harness.js";

const RUNS = Math.max(1, Number(process.env.RUNS ?? 5));
const TARGET_MS = 1000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

const site = await servePortals();
const other = await servePortals();
const ext = await loadExtension({
  plannerOrigin: "http://127.0.0.1:4173",
  portalOrigins: [site.url, other.url],
});

const sheet = {
  format: "turnus-timesheet/1",
  assistantId: "a1",
  assistantName: "Bench",
  month: "2026-03",
  profile: "dk",
  timeZone: "Europe/Copenhagen",
  rows: march().map((r, i) => ({
    ...r,
    shiftId: `s${i}`,
    purpose: "help",
    breakMinutes: 0,
    endDate: r.date,
    split: false,
  })),
  totals: { hours: 0, work: 0, oncall: 0, evening: 0, night: 0, saturday: 0, sunday: 0 },
};

/** Opens `path` (in a cross-origin frame when `framed`) and waits for its last row. */
async function openPortal(path: string, framed: boolean): Promise<Page> {
  const page = await ext.context.newPage();
  if (!framed) {
    await page.goto(`${site.url}/${path}`);
    return page;
  }
  await page.goto(`${site.url}/frame-host.html`);
  await page.$eval(
    "#portal",
    (f, src) => ((f as HTMLIFrameElement).src = src),
    `${other.url}/${path}`,
  );
  const frame = await (await page.$("#portal"))!.contentFrame();
  await frame!.waitForSelector('[name="timmar-31"]');
  return page;
}

/** One fill through the popup: the popup's and the form frame's milliseconds, and the counts. */
async function fillOnce(path: string, framed: boolean) {
  await ext.sw.evaluate(`chrome.storage.session.set({ timesheet: ${JSON.stringify(sheet)} })`);
  const page = await openPortal(path, framed);
  const tab = await ext.sw.evaluate<number>(
    `chrome.tabs.query({ url: ${JSON.stringify(page.url())} }).then((t) => t[0].id)`,
  );
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.id}/src/popup/index.html?tab=${tab}`);
  const button = popup.getByRole("button", { name: "Fill in the form on this page" });
  await button.focus();
  // Timed in the popup: from the Enter keydown's event time to the status naming the outcome.
  await popup.evaluate(() => {
    const w = window as unknown as { __t0?: number; __t1?: number };
    addEventListener("keydown", (e) => (w.__t0 ??= e.timeStamp), { capture: true });
    const status = document.querySelector('[role="status"]')!;
    new MutationObserver(() => {
      if (status.textContent?.includes("fields filled")) w.__t1 ??= performance.now();
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await button.press("Enter");
  await popup.getByRole("status").filter({ hasText: "fields filled" }).waitFor();
  const popupMs = await popup.evaluate(() => {
    const w = window as unknown as { __t0: number; __t1: number };
    return w.__t1 - w.__t0;
  });
  const status = await popup.getByRole("status").innerText();
  const frameMs = await frameMsOf(tab);
  await popup.close();
  await page.close();
  return { popupMs, frameMs, status };
}

/** The fill time the frame with a form reported, read back through the service worker. */
async function frameMsOf(tab: number): Promise<number> {
  const results = await ext.sw.evaluate<(number | null)[]>(
    `chrome.scripting.executeScript({ target: { tabId: ${tab}, allFrames: true },
       func: () => globalThis.__turnusFrame?.lastReport()?.ms ?? null })
       .then((r) => r.map((x) => x.result))`,
  );
  return Math.max(0, ...results.filter((x): x is number => typeof x === "number"));
}

const portals: [name: string, path: string, framed: boolean][] = [
  ["danish_table", "dk-kommune.html", false],
  ["norwegian_shadow", "no-timeliste.html", false],
  ["swedish_cross_origin_frame", "se-fk3059.html", true],
  ["controlled_spa", "spa-controlled.html", false],
];

const result: Record<string, number | boolean | string> = { rows: 31, runs: RUNS };
try {
  for (const [name, path, framed] of portals) {
    const popup: number[] = [];
    const frame: number[] = [];
    let status = "";
    for (let i = 0; i < RUNS; i++) {
      const r = await fillOnce(path, framed);
      popup.push(r.popupMs);
      frame.push(r.frameMs);
      status = r.status;
    }
    console.log(
      `${name}: popup median ${round(median(popup))} ms (max ${round(Math.max(...popup))}), ` +
        `frame median ${round(median(frame))} ms — ${status.split(".")[0]}`,
    );
    result[`${name}_popup_ms`] = round(median(popup));
    result[`${name}_frame_ms`] = round(median(frame));
    result[`${name}_popup_max_ms`] = round(Math.max(...popup));
  }
  const worst = Math.max(
    ...Object.entries(result)
      .filter(([k]) => k.endsWith("_popup_max_ms"))
      .map(([, v]) => v as number),
  );
  result.worst_popup_ms = worst;
  result.target_ms = TARGET_MS;
  result.met = worst < TARGET_MS;
} finally {
  await ext.close();
  await site.close();
  await other.close();
}
console.log(JSON.stringify(result));
