/**
 * The year overview in real headless Chromium: import a rota file, switch to the year view,
 * move between days by keyboard only, find the day with a daily-rest violation by its symbol
 * and accessible name, open it with Enter and land in the week view on that week with focus in
 * the rota grid; no axe-core violations and no page errors.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readRota } from "../../core/src/model/index.js";
import { checkRota } from "../../core/src/rules/index.js";
import { isoWeekday } from "../../core/src/time/index.js";
import { axe, collectErrors, launch } from "./browser.js";

const baseUrl = inject("baseUrl");

/** Anna works 15–23 and then 07–15: 8 hours of rest, a daily-rest error. */
const rotaFile = {
  format: "turnus-rota/1",
  profile: "dk",
  timeZone: "Europe/Copenhagen",
  period: { from: "2026-03-01", to: "2026-03-31" },
  assistants: [
    { id: "a1", name: "Anna" },
    { id: "a2", name: "Bo" },
  ],
  shifts: [
    {
      id: "s1",
      assistantId: "a1",
      start: "2026-03-09T15:00",
      end: "2026-03-09T23:00",
      breakMinutes: 30,
    },
    {
      id: "s2",
      assistantId: "a1",
      start: "2026-03-10T07:00",
      end: "2026-03-10T15:00",
      breakMinutes: 30,
    },
    { id: "s3", assistantId: "a2", start: "2026-04-06T08:00", end: "2026-04-06T12:00" },
  ],
  grant: { hours: 60, per: "week" },
};

/** The day the year overview counts the daily-rest error on: where core's violation starts. */
function violationDay(): string {
  const read = readRota(rotaFile);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const checked = checkRota(read.rota, read.zone);
  if (!checked.ok) throw new Error("not checked");
  const rest = checked.violations.filter((v) => v.rule === "daily-rest");
  if (rest.length !== 1 || checked.violations.length !== 1) {
    throw new Error(`expected one daily-rest violation, got ${checked.violations.length}`);
  }
  return (rest[0] as { from: string }).from.slice(0, 10);
}

let browser: Browser;
let page: Page;
let pageErrors: string[] = [];

const focusedDate = () =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["date"]);

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ locale: "en-GB" });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  pageErrors = collectErrors(page);
});

afterAll(async () => {
  await browser?.close();
});

describe("year overview", () => {
  const target = violationDay();

  it("imports a rota and switches to the year view by keyboard", async () => {
    await page.goto(baseUrl);
    await page.getByLabel("Import rota file").setInputFiles({
      name: "year.turnus.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(rotaFile)),
    });
    await page.getByRole("columnheader", { name: "Anna" }).waitFor();
    await page.getByRole("combobox", { name: "View" }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await page.getByRole("heading", { name: "Year overview 2026" }).waitFor();
    // the months are built a few per task
    await expect.poll(() => page.getByRole("grid").count()).toBe(12);
    expect(await page.getByRole("grid", { name: "March 2026" }).count()).toBe(1);
    // one tab stop for the whole year
    expect(await page.locator('.year-overview [tabindex="0"]').count()).toBe(1);
  });

  it("moves between days with the arrow keys, Home/End and PageUp/PageDown", async () => {
    await page.locator('.year-overview [role="gridcell"][tabindex="0"]').focus();
    await page.keyboard.press("Control+Home");
    expect(await focusedDate()).toBe("2026-01-01");
    await page.keyboard.press("ArrowRight");
    expect(await focusedDate()).toBe("2026-01-02");
    await page.keyboard.press("ArrowDown");
    expect(await focusedDate()).toBe("2026-01-09");
    await page.keyboard.press("PageDown");
    expect(await focusedDate()).toBe("2026-02-09");
    await page.keyboard.press("End");
    expect(await focusedDate()).toBe("2026-02-15");
    await page.keyboard.press("Home");
    expect(await focusedDate()).toBe("2026-02-09");
    await page.keyboard.press("PageUp");
    expect(await focusedDate()).toBe("2026-01-09");
    await page.keyboard.press("Control+End");
    expect(await focusedDate()).toBe("2026-12-31");
    expect(await page.locator('.year-overview [tabindex="0"]').count()).toBe(1);
  });

  it("shows the day with a violation with its symbol and in its accessible name", async () => {
    await page.keyboard.press("Control+Home");
    const month = Number(target.slice(5, 7));
    const day = Number(target.slice(8, 10));
    for (let i = 1; i < month; i++) await page.keyboard.press("PageDown");
    for (let i = 1; i < day; i++) await page.keyboard.press("ArrowRight");
    expect(await focusedDate()).toBe(target);
    const cell = page.locator(`[data-date="${target}"]`);
    expect(await cell.locator(".year-day-symbols").textContent()).toContain("⛔1");
    expect(await cell.getAttribute("class")).toContain("has-error");
    const name = await cell.evaluate((el) => el.querySelector(".visually-hidden")?.textContent);
    expect(name).toMatch(/March 2026: \d+ hours planned, 1 error$/);
    // the accessible name the browser computes is the full sentence, and so is the description
    const label = await page
      .getByRole("gridcell", { name: new RegExp(`${day} March 2026: .*1 error`) })
      .count();
    expect(label).toBe(1);
    const describedBy = (await cell.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/^Error: /);
    // the visible details under the month say the same in words
    expect(await page.locator(".year-details").textContent()).toContain("1 error");
    // Easter Monday (6 April) is a public holiday, with Bo's 4 hours
    const easter = page.locator('[data-date="2026-04-06"]');
    expect(await easter.textContent()).toContain("★");
    expect(await easter.textContent()).toContain("Easter Monday (public holiday): 4 hours planned");
  });

  it("has no accessibility violations", async () => {
    expect(await axe(page)).toEqual([]);
  });

  it("opens the day in the week view with Enter, focus on that day in the rota grid", async () => {
    await page.keyboard.press("Enter");
    await page.locator(".rota-grid").waitFor();
    expect(await page.getByRole("combobox", { name: "View" }).inputValue()).toBe("week");
    const row = isoWeekday(target as never) - 1;
    await expect
      .poll(() =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el?.closest(".rota-grid") ? `${el.dataset["row"]},${el.dataset["col"]}` : "";
        }),
      )
      .toBe(`${row},0`);
    // the week shown is the one holding the day, and its shift carries the flag
    const header = await page
      .locator(`.rota-grid tbody tr:nth-child(${row + 1}) th`)
      .getAttribute("aria-label");
    expect(header).toContain(`${Number(target.slice(8, 10))} March 2026`);
    expect(await page.locator(".rota-grid .has-error").count()).toBeGreaterThan(0);
  });

  it("opens a day with a click too", async () => {
    const view = page.getByRole("combobox", { name: "View" });
    await view.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await page.locator('[data-date="2026-04-06"]').click();
    await page.locator(".rota-grid").waitFor();
    expect(await view.inputValue()).toBe("week");
    expect(
      await page.locator(".rota-grid tbody tr:nth-child(1) th").getAttribute("aria-label"),
    ).toContain("6 April 2026");
  });

  it("threw no errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
