/**
 * The filler's heuristics and profile validation, run in Chromium through the same bundle the
 * content script will use: field names in Danish, Norwegian, Swedish and English, profile errors
 * that name the field, and the report for rows the form cannot take.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch } from "../../e2e/browser.js";
import { bundleFiller, fill, march, servePortals } from "./harness.js";

let browser: Browser;
let page: Page;
let bundle: string;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  [browser, bundle, site] = await Promise.all([launch(), bundleFiller(), servePortals()]);
  page = await browser.newPage();
  await page.goto(`${site.url}/frame-host.html`);
  await page.addScriptTag({ content: bundle });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

type Api = Record<string, (...args: unknown[]) => unknown>;

describe("field names and profiles", { timeout: 30_000 }, () => {
  it("classifies da/nb/sv/en names, pay categories before plain hours", async () => {
    const names: Record<string, string> = {
      Dato: "date",
      Datum: "date",
      "Date of shift": "date",
      "Fra kl.": "start",
      Från: "start",
      "Start time": "start",
      "Til kl.": "end",
      Till: "end",
      "End time": "end",
      "Timer i alt": "hours",
      "Antall timer": "hours",
      Timmar: "hours",
      Hours: "hours",
      Aftentimer: "evening",
      Kveldstimer: "evening",
      Nattimer: "night",
      "Lørdag timer": "saturday",
      Söndagstimmar: "sunday",
      Rådighedstimer: "oncall",
      Vagttype: "kind",
      "Type vakt": "kind",
      "Shift type": "kind",
    };
    const got = await page.evaluate(
      (names) =>
        Object.fromEntries(
          Object.keys(names).map((n) => [
            n,
            (window as unknown as { TurnusFill: Api }).TurnusFill.classify!(n) as string,
          ]),
        ),
      names,
    );
    expect(got).toEqual(names);
  });

  it("rejects a bad profile with an error naming the field", async () => {
    const message = await page.evaluate(() => {
      try {
        (window as unknown as { TurnusFill: Api }).TurnusFill.parseProfile!({
          id: "x",
          name: "X",
          urlPattern: "^https://kommune.example/(",
          rowSelector: "tr",
          columns: {},
          dateFormat: "mm/dd/yyyy",
        });
        return "accepted";
      } catch (e) {
        return String(e);
      }
    });
    expect(message).toContain("urlPattern");
    expect(message).toContain("dateFormat");
  });

  it("rejects a selector the browser cannot parse, naming it", async () => {
    const message = await page.evaluate(() => {
      try {
        (window as unknown as { TurnusFill: Api }).TurnusFill.parseProfile!({
          id: "x",
          name: "X",
          urlPattern: "^https://kommune.example/",
          rowSelector: "tr[",
          columns: { start: "input.fra" },
        });
        return "accepted";
      } catch (e) {
        return String(e);
      }
    });
    expect(message).toMatch(/rowSelector[\s\S]*must be a CSS selector/);
    expect(message).not.toContain("columns");
  });

  it("reports rows the form has no place for, and never submits", async () => {
    const p = await browser.newPage();
    await p.goto(`${site.url}/se-fk3059.html`);
    const rows = [...march(), { ...march()[0]!, date: "2026-04-01" }];
    const { report } = await fill(p, bundle, rows);
    expect(report.failed).toEqual([{ row: 31, field: "row", reason: "no row for 2026-04-01" }]);
    expect(report.filled).toHaveLength(31 * 3);
    expect(await p.textContent("#log")).toBe("");
    await p.close();
  });
});
