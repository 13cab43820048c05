/**
 * The form filler in real Chromium against the fixture portals: every field read back from the
 * DOM, the report, nothing submitted. Fill times are printed, not asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Frame, Page } from "playwright-core";
import { launch } from "../../e2e/browser.js";
import {
  bundleFiller,
  comma,
  dmy,
  fill,
  march,
  servePortals,
  type Report,
  type Row,
} from "./harness.js";

let browser: Browser;
let bundle: string;
let site: { url: string; close: () => Promise<void> };
let other: { url: string; close: () => Promise<void> };
const rows = march();

beforeAll(async () => {
  [browser, bundle, site, other] = await Promise.all([
    launch(),
    bundleFiller(),
    servePortals(),
    servePortals(),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await other?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${site.url}/${path}`);
  return { page, errors };
}

/** The values of the fields named `name` (a CSS selector) in document order. */
const values = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => (e as HTMLInputElement).value));

const time = (t: string) => (t === "24:00" ? "00:00" : t);

function expectClean(report: Report, filled: number, label: string, ms: number) {
  console.log(`${label}: ${rows.length} rows, ${filled} fields in ${ms.toFixed(1)} ms`);
  expect(report.failed).toEqual([]);
  expect(report.changed).toEqual([]);
  expect(report.filled).toHaveLength(filled);
  for (const e of report.filled) expect(e.read).toBe(e.written);
}

describe("fill the fixture portals in Chromium", { timeout: 30_000 }, () => {
  it("Danish table: column headers, add-row button, dd-mm-yyyy, decimal comma, select", async () => {
    const { page, errors } = await open("dk-kommune.html");
    const { report, ms } = await fill(page, bundle, rows);
    expectClean(report, rows.length * 7, "da table (heuristics)", ms);
    expect(report.rowsAdded).toBe(30);
    expect(await values(page, '[name="dato[]"]')).toEqual(rows.map((r) => dmy(r.date, "-")));
    expect(await values(page, '[name="fra[]"]')).toEqual(rows.map((r) => time(r.start)));
    expect(await values(page, '[name="til[]"]')).toEqual(rows.map((r) => time(r.end)));
    expect(await values(page, '[name="timer[]"]')).toEqual(rows.map((r) => comma(r.hours)));
    expect(await values(page, '[name="aften[]"]')).toEqual(
      rows.map((r) => (r.categories.evening ? comma(r.categories.evening) : "")),
    );
    expect(await values(page, '[name="nat[]"]')).toEqual(
      rows.map((r) => (r.categories.night ? comma(r.categories.night) : "")),
    );
    expect(await values(page, '[name="vagttype[]"]')).toEqual(
      rows.map((r) => (r.kind === "work" ? "A" : "R")),
    );
    expect(await values(page, "#cpr-navn")).toEqual([""]);
    expect(await page.textContent("#log")).toBe("");
    expect(errors).toEqual([]);
    await page.close();
  });

  const expectNorwegian = async (page: Page) => {
    const shadow = (sel: string) =>
      page.evaluate(
        (sel) =>
          Array.from(
            document.querySelector("nav-timeliste")!.shadowRoot!.querySelectorAll(sel),
            (e) => (e as HTMLInputElement).value,
          ),
        sel,
      );
    expect(await shadow('[id^="dato-"]')).toEqual(rows.map((r) => dmy(r.date, ".")));
    expect(await shadow('[id^="fra-"]')).toEqual(rows.map((r) => r.start));
    expect(await shadow('[id^="til-"]')).toEqual(rows.map((r) => r.end));
    expect(await shadow('[id^="timer-"]')).toEqual(rows.map((r) => comma(r.hours)));
    expect(await shadow('[name^="type-"]')).toEqual(
      rows.map((r) => (r.kind === "work" ? "arbeid" : "hvil")),
    );
    expect(await page.textContent("#log")).toBe("");
  };

  it("Norwegian form in a shadow root: label[for], ancestor label, dd.mm.yyyy (heuristics)", async () => {
    const { page, errors } = await open("no-timeliste.html");
    const { report, ms } = await fill(page, bundle, rows);
    expectClean(report, rows.length * 5, "nb shadow form (heuristics)", ms);
    await expectNorwegian(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Norwegian form with a portal profile", async () => {
    const { page, errors } = await open("no-timeliste.html");
    const profile = {
      id: "no-bpa-timeliste",
      name: "Timeliste BPA",
      urlPattern: "^http://127\\.0\\.0\\.1:\\d+/no-timeliste\\.html$",
      rowSelector: "fieldset.linje",
      columns: {
        date: '[id^="dato-"]',
        start: '[id^="fra-"]',
        end: '[id^="til-"]',
        hours: '[id^="timer-"]',
        kind: "select",
      },
      dateFormat: "dd.mm.yyyy",
      decimal: "comma",
      selectMappings: { kind: { work: "arbeid", oncall: "hvil" } },
    };
    const { report, ms } = await fill(page, bundle, rows, profile);
    expectClean(report, rows.length * 5, "nb shadow form (profile)", ms);
    await expectNorwegian(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  const expectSwedish = async (frame: Page | Frame) => {
    const v = (sel: string) =>
      frame.$$eval(sel, (els) => els.map((e) => (e as HTMLInputElement).value));
    expect(await v('[name^="datum-"]')).toEqual(rows.map((_, i) => String(i + 1)));
    expect(await v('[name^="fran-"]')).toEqual(rows.map((r: Row) => r.start));
    expect(await v('[name^="till-"]')).toEqual(rows.map((r) => r.end));
    expect(await v('[name^="timmar-"]')).toEqual(rows.map((r) => comma(r.hours)));
    const sum = rows.reduce((s, r) => s + r.hours, 0);
    expect(await frame.textContent("#summa")).toBe(comma(sum));
    expect(await frame.textContent("#log")).toBe("");
  };

  it("Swedish FK 3059 monthly report in a same-origin iframe: rows matched by day", async () => {
    const { page, errors } = await open("frame-host.html");
    await page.$eval(
      "#portal",
      (f, src) => ((f as HTMLIFrameElement).src = src),
      `${site.url}/se-fk3059.html`,
    );
    const frame = await (await page.$("#portal"))!.contentFrame();
    await frame!.waitForSelector('[name="timmar-31"]');
    const { report, ms } = await fill(page, bundle, rows);
    expectClean(report, rows.length * 3, "sv FK 3059 same-origin frame (heuristics)", ms);
    expect(report.skippedFrames).toBe(0);
    await expectSwedish(frame!);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Swedish FK 3059 in a cross-origin iframe: skipped from the top, filled from inside", async () => {
    const { page, errors } = await open("frame-host.html");
    await page.$eval(
      "#portal",
      (f, src) => ((f as HTMLIFrameElement).src = src),
      `${other.url}/se-fk3059.html`,
    );
    const frame = await (await page.$("#portal"))!.contentFrame();
    await frame!.waitForSelector('[name="timmar-31"]');
    const top = await fill(page, bundle, rows);
    expect(top.report.skippedFrames).toBe(1);
    expect(top.report.filled).toEqual([]);
    // What the extension's all-frames injection does: the filler runs in the frame itself.
    const { report, ms } = await fill(frame!, bundle, rows);
    expectClean(report, rows.length * 3, "sv FK 3059 cross-origin frame (heuristics)", ms);
    await expectSwedish(frame!);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("never presses a profile's add-row button that might submit the form", async () => {
    const { page } = await open("dk-kommune.html");
    const profile = {
      id: "dk-wrong",
      name: "Wrong add-row button",
      urlPattern: "^http://127\\.0\\.0\\.1:\\d+/dk-kommune\\.html$",
      rowSelector: "#vagter tbody > tr",
      columns: { start: '[name="fra[]"]', end: '[name="til[]"]', hours: '[name="timer[]"]' },
      addRowSelector: 'button[type="submit"]',
    };
    const { report } = await fill(page, bundle, rows.slice(0, 3), profile);
    expect(report.rowsAdded).toBe(0);
    expect(report.failed.map((f) => f.reason)).toEqual([
      "the form has too few rows, and its add-row button might submit the form",
      "the form has too few rows, and its add-row button might submit the form",
    ]);
    expect(report.filled).toHaveLength(3); // the one row the form has
    expect(await page.textContent("#log")).toBe("");
    await page.close();
  });

  it("one row per day: a second shift on a day is reported, not written over the first", async () => {
    const { page } = await open("se-fk3059.html");
    const twice = [rows[0]!, { ...rows[0]!, start: "18:00", end: "20:00", hours: 2 }, rows[1]!];
    const { report } = await fill(page, bundle, twice);
    expect(report.failed).toEqual([
      {
        row: 1,
        field: "row",
        reason: "a second shift on 2026-03-01: the form has one row per day, enter it by hand",
      },
    ]);
    expect(await values(page, '[name="fran-1"]')).toEqual([rows[0]!.start]);
    expect(await values(page, '[name="fran-2"]')).toEqual([rows[1]!.start]);
    await page.close();
  });

  it("controlled single-page form (React-like store, date picker): the store holds every value", async () => {
    const { page, errors } = await open("spa-controlled.html");
    // The date picker works for a person; the filler types into the field instead.
    await page.click(".open-picker");
    await page.click('[aria-label="Choose a day"] >> text="14"');
    expect(await page.$eval('[aria-label="Date"]', (e) => (e as HTMLInputElement).value)).toBe(
      "2026-03-14",
    );
    const { report, ms } = await fill(page, bundle, rows);
    expectClean(report, rows.length * 5, "en controlled SPA (heuristics)", ms);
    expect(report.rowsAdded).toBe(30);
    expect(report.filled[0]).toMatchObject({
      field: "date",
      previous: "2026-03-14",
      written: "2026-03-01",
    });
    const expected = rows.map((r) => ({
      date: r.date,
      start: time(r.start),
      end: time(r.end),
      hours: String(r.hours),
      type: r.kind === "work" ? "W" : "O",
    }));
    const store = await page.evaluate(
      () => (window as unknown as { __store: { rows: unknown[] } }).__store.rows,
    );
    expect(store).toEqual(expected);
    // A re-render writes the store into the DOM: the DOM must agree with it.
    await page.click("#add");
    const dom = await page.$$eval(".shift", (els) =>
      els.map((row): Record<string, string> =>
        Object.fromEntries(
          Array.from(row.querySelectorAll<HTMLInputElement>("[data-field]"), (e) => [
            e.dataset.field ?? "",
            e.value,
          ]),
        ),
      ),
    );
    expect(dom).toEqual([...expected, { date: "", start: "", end: "", hours: "", type: "" }]);
    expect(await page.textContent("#log")).toBe("");
    expect(errors).toEqual([]);
    await page.close();
  });
});
