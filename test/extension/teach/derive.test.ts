/**
 * deriveProfile in real Chromium: from the fields a user assigned in one row, a profile that
 * fills every row of a month, on a form the heuristics cannot map and on known fixtures.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch } from "../../e2e/browser.js";
import {
  bundleFiller,
  comma,
  dmy,
  fill,
  march,
  servePortals,
  type Report,
} from "../fill/harness.js";
import { bundleTeach, expectUnlabelledMarch, openWith, type TeachApi } from "./harness.js";

let browser: Browser;
let bundle: string;
let filler: string;
let site: { url: string; close: () => Promise<void> };
const rows = march();

beforeAll(async () => {
  [browser, bundle, filler, site] = await Promise.all([
    launch(),
    bundleTeach(),
    bundleFiller(),
    servePortals(),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Where the taught row is: its container (inside `host`'s shadow root if given). */
interface Taught {
  host?: string;
  row: string;
  /** Field per selector inside the row; "auto": every control, as the heuristics preset it. */
  fields: Record<string, string> | "auto";
}

/** Runs deriveProfile in the page on the assignments `taught` describes. */
function derive(page: Page, taught: Taught): Promise<Record<string, unknown>> {
  return page.evaluate(({ host, row, fields }) => {
    const api = (window as unknown as { TurnusTeach: TeachApi }).TurnusTeach;
    const root = host ? document.querySelector(host)!.shadowRoot! : document;
    const container = root.querySelector(row)!;
    const list =
      fields === "auto"
        ? Array.from(container.querySelectorAll("input, select"), (control) => ({
            control,
            field: api.fieldOf!(control) as string | undefined,
          })).filter((a) => a.field !== undefined)
        : Object.entries(fields).map(([sel, field]) => ({
            control: container.querySelector(sel),
            field,
          }));
    return api.deriveProfile!(document, list) as Record<string, unknown>;
  }, taught);
}

/** Fills `rows` with `profile` through the same bundle. */
const fillWith = (page: Page, profile: unknown) => fill(page, filler, rows, profile);

/** The values of the fields `selector` finds, in document order. */
const values = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => (e as HTMLInputElement).value));

function expectClean(report: Report, filled: number) {
  expect(report.failed).toEqual([]);
  expect(report.changed).toEqual([]);
  expect(report.filled).toHaveLength(filled);
}

const UNLABELLED: Taught = {
  row: "tbody tr",
  fields: {
    "[name=r0c0]": "date",
    "[name=r0c1]": "start",
    "[name=r0c2]": "end",
    "[name=r0c3]": "hours",
    "[name=r0c4]": "evening",
    "[name=r0c5]": "night",
    "[name=r0c6]": "kind",
  },
};

describe("deriveProfile", { timeout: 30_000 }, () => {
  it("the unlabelled fixture defeats the heuristics", async () => {
    const { page, errors } = await openWith(browser, `${site.url}/unlabelled.html`, bundle);
    const { report } = await fill(page, filler, rows);
    expect(report.filled).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("unlabelled form: a profile from the first row fills all 31 rows of March", async () => {
    const { page, errors } = await openWith(browser, `${site.url}/unlabelled.html`, bundle);
    const profile = await derive(page, UNLABELLED);
    const port = new URL(site.url).port;
    expect(profile).toEqual({
      id: `127-0-0-1-${port}-unlabelled-html`,
      name: "Selvbetjening – tidsregistrering",
      urlPattern: `^http:\\/\\/127\\.0\\.0\\.1:${port}\\/unlabelled\\.html(?:[?#]|$)`,
      rowSelector: "#frmTid tbody > tr",
      columns: {
        date: '[name^="r"][name$="c0"]',
        start: '[name^="r"][name$="c1"]',
        end: '[name^="r"][name$="c2"]',
        hours: '[name^="r"][name$="c3"]',
        evening: '[name^="r"][name$="c4"]',
        night: '[name^="r"][name$="c5"]',
        kind: '[name^="r"][name$="c6"]',
      },
      dateFormat: "dd.mm.yyyy",
      timeFormat: "HH:mm",
      decimal: "comma",
      addRowSelector: "button.knap.knap-ny",
      matchRowsBy: "order",
      selectMappings: { kind: { work: "1", oncall: "2" } },
    });
    expect(new RegExp(profile.urlPattern as string).test(`${site.url}/unlabelled.html?x=1`)).toBe(
      true,
    );
    expect(new RegExp(profile.urlPattern as string).test(`${site.url}/other.html`)).toBe(false);
    const { report } = await fillWith(page, profile);
    expectClean(report, rows.length * 7);
    expect(report.rowsAdded).toBe(28);
    await expectUnlabelledMarch(page, rows);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("without sibling names, falls back to positions that still fill every row", async () => {
    const { page, errors } = await openWith(browser, `${site.url}/unlabelled.html`, bundle);
    // Names that do not follow the row: only the cell positions are left to go by.
    await page.$$eval("tbody input, tbody select", (els) =>
      els.forEach((e) => e.setAttribute("name", "x")),
    );
    const profile = await derive(page, {
      row: "tbody tr",
      fields: { "td:nth-child(2) input": "start", "td:nth-child(3) input": "end" },
    });
    expect(profile.columns).toEqual({
      start: ":scope > td:nth-child(2) > input",
      end: ":scope > td:nth-child(3) > input",
    });
    const { report } = await fillWith(page, profile);
    expect(report.rowsAdded).toBe(28);
    expect(report.filled.filter((f) => f.field === "start" || f.field === "end")).toHaveLength(62);
    expect(await values(page, "tbody td:nth-child(2) input")).toEqual(rows.map((r) => r.start));
    expect(await values(page, "tbody td:nth-child(3) input")).toEqual(rows.map((r) => r.end));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses assignments across rows or twice the same field, saying so", async () => {
    const { page } = await openWith(browser, `${site.url}/unlabelled.html`, bundle);
    const message = (fields: Record<string, string>) =>
      page.evaluate((fields) => {
        const api = (window as unknown as { TurnusTeach: TeachApi }).TurnusTeach;
        const list = Object.entries(fields).map(([sel, field]) => ({
          control: document.querySelector(sel),
          field,
        }));
        try {
          api.deriveProfile!(document, list);
          return "derived";
        } catch (e) {
          return (e as Error).message;
        }
      }, fields);
    expect(await message({ "[name=r0c1]": "start", "[name=r1c2]": "end" })).toMatch(
      /different rows/,
    );
    expect(await message({ "[name=r0c1]": "start", "[name=r0c2]": "start" })).toMatch(
      /"start" is assigned to more than one field/,
    );
    expect(await message({})).toMatch(/No field/);
    await page.close();
  });

  it("Danish table: what a user would expect, and it fills like the heuristics", async () => {
    const { page, errors } = await openWith(browser, `${site.url}/dk-kommune.html`, bundle);
    const profile = await derive(page, { row: "#vagter tbody tr", fields: "auto" });
    expect(profile).toMatchObject({
      name: "Timeregistrering – hjælpere (BPA)",
      rowSelector: "#vagter tbody > tr",
      columns: {
        date: '[name="dato[]"]',
        start: '[name="fra[]"]',
        end: '[name="til[]"]',
        hours: '[name="timer[]"]',
        evening: '[name="aften[]"]',
        night: '[name="nat[]"]',
        kind: '[name="vagttype[]"]',
      },
      dateFormat: "dd-mm-yyyy",
      decimal: "comma",
      addRowSelector: "#tilfoej",
      matchRowsBy: "order",
      selectMappings: { kind: { work: "A", oncall: "R" } },
    });
    const { report } = await fillWith(page, profile);
    expectClean(report, rows.length * 7);
    expect(await values(page, '[name="dato[]"]')).toEqual(rows.map((r) => dmy(r.date, "-")));
    expect(await values(page, '[name="timer[]"]')).toEqual(rows.map((r) => comma(r.hours)));
    expect(await values(page, '[name="vagttype[]"]')).toEqual(
      rows.map((r) => (r.kind === "work" ? "A" : "R")),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Norwegian form in a shadow root: the fieldset rows and name prefixes", async () => {
    const { page, errors } = await openWith(browser, `${site.url}/no-timeliste.html`, bundle);
    const profile = await derive(page, { host: "nav-timeliste", row: "fieldset", fields: "auto" });
    expect(profile).toMatchObject({
      rowSelector: "fieldset.linje",
      columns: {
        date: '[name^="dato-"]',
        start: '[name^="fra-"]',
        end: '[name^="til-"]',
        hours: '[name^="timer-"]',
        kind: '[name^="type-"]',
      },
      dateFormat: "dd.mm.yyyy",
      decimal: "comma",
      matchRowsBy: "order",
      selectMappings: { kind: { work: "arbeid", oncall: "hvil" } },
    });
    expect(profile).not.toHaveProperty("addRowSelector");
    const { report } = await fillWith(page, profile);
    expectClean(report, rows.length * 5);
    const shadow = await page.evaluate(() =>
      Array.from(
        document.querySelector("nav-timeliste")!.shadowRoot!.querySelectorAll('[id^="timer-"]'),
        (e) => (e as HTMLInputElement).value,
      ),
    );
    expect(shadow).toEqual(rows.map((r) => comma(r.hours)));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Swedish FK 3059: pre-printed read-only days make the rows match by date", async () => {
    const { page, errors } = await openWith(browser, `${site.url}/se-fk3059.html`, bundle);
    const profile = await derive(page, { row: "tbody tr", fields: "auto" });
    expect(profile).toMatchObject({
      rowSelector: "#dagar tr",
      columns: {
        date: '[name^="datum-"]',
        start: '[name^="fran-"]',
        end: '[name^="till-"]',
        hours: '[name^="timmar-"]',
      },
      matchRowsBy: "date",
      decimal: "comma",
    });
    expect(profile).not.toHaveProperty("addRowSelector");
    const { report } = await fillWith(page, profile);
    expectClean(report, rows.length * 3);
    expect(await values(page, '[name^="timmar-"]')).toEqual(rows.map((r) => comma(r.hours)));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("controlled single-page form: div rows, data attributes, the store holds every value", async () => {
    const { page, errors } = await openWith(browser, `${site.url}/spa-controlled.html`, bundle);
    const profile = await derive(page, { row: ".shift", fields: "auto" });
    expect(profile).toMatchObject({
      rowSelector: "div.shift",
      columns: {
        date: '[data-field="date"]',
        start: '[data-field="start"]',
        end: '[data-field="end"]',
        hours: '[data-field="hours"]',
        kind: '[data-field="type"]',
      },
      dateFormat: "yyyy-mm-dd",
      decimal: "point",
      addRowSelector: "#add",
      selectMappings: { kind: { work: "W", oncall: "O" } },
    });
    const { report } = await fillWith(page, profile);
    expectClean(report, rows.length * 5);
    const store = await page.evaluate(
      () => (window as unknown as { __store: { rows: { hours: string }[] } }).__store.rows,
    );
    expect(store.map((r) => r.hours)).toEqual(rows.map((r) => String(r.hours)));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a form for one day: the row is the common ancestor, and one row is filled", async () => {
    const { page, errors } = await openWith(browser, `${site.url}/unlabelled.html`, bundle);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        "beforeend",
        `<form id="dag"><div class="felter"><input name="d" /><input name="s" /><input name="e" /><input name="h" />
         </div><button type="submit">Gem</button></form>`,
      );
    });
    const profile = await derive(page, {
      row: "#dag",
      fields: { "[name=d]": "date", "[name=s]": "start", "[name=e]": "end", "[name=h]": "hours" },
    });
    expect(profile).toMatchObject({
      rowSelector: "div.felter",
      columns: { date: '[name="d"]', start: '[name="s"]', end: '[name="e"]', hours: '[name="h"]' },
    });
    const { report } = await fill(page, filler, rows.slice(0, 1), profile);
    expectClean(report, 4);
    expect(await values(page, "#dag input")).toEqual(["01-03-2026", "07:00", "15:30", "8,5"]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
