/**
 * The grant ledger in real headless Chromium, by keyboard only: without a grant the pools and
 * budget form says a grant comes first; a yearly grant, a staff-meeting pool from Nyborg § 32
 * and a budget with an hourly wage typed with a decimal comma (a wrong supplement is refused
 * at its field by core); the "Grant and budget" panel shows used, planned and remaining hours
 * and money as shifts are typed, and a warning in words, announced, when the plan exceeds the
 * grant; the annual account downloads as CSV with the same figures; a time account only with a
 * weekly grant, then the week's figures and balance; no axe-core violations.
 *
 * The page's clock starts on Wednesday 17 June 2026, 10:00 in Copenhagen, so that Monday's
 * shift is used and Thursday's and Friday's are planned whatever day the test runs.
 */
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, collectErrors, createByKeyboard, launch } from "./browser.js";

const baseUrl = inject("baseUrl");

let browser: Browser;
let page: Page;
let pageErrors: string[] = [];

const live = () => page.locator("#live").textContent();
const grantLive = () => page.locator("#grant-live").textContent();
const form = (name: string) => page.locator(`form[aria-labelledby="${name}-heading"]`);
/** Normal spaces for non-breaking ones (Intl puts those in money). */
const plain = (s: string | null) => (s ?? "").replace(/[\u00a0\u202f]/g, " ").trim();
/** A figure of the year's table: row granted/used/planned/remaining, column 0 hours, 1 money. */
const yearFigure = async (row: string, column: 0 | 1) =>
  plain(await page.locator(`#ledger-year tr[data-row="${row}"] td`).nth(column).textContent());

async function typeInto(selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

async function press(button: ReturnType<Page["locator"]>): Promise<void> {
  await button.focus();
  await page.keyboard.press("Enter");
}

/** Types a shift into the cell of day `row` of the week in view, for the first assistant. */
async function typeShift(row: number, text: string): Promise<void> {
  await page.locator('[role="gridcell"][tabindex="0"]').focus();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < row; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({
    locale: "en-GB",
    timezoneId: "Europe/Copenhagen",
  });
  await context.clock.install({ time: new Date("2026-06-17T10:00:00+02:00") });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  pageErrors = collectErrors(page);
});

afterAll(async () => {
  await browser?.close();
});

describe("the grant ledger", () => {
  it("says that a grant comes first", async () => {
    await createByKeyboard(page, baseUrl, "Grant test", ["Anna", "Ben"]);
    const toggle = page.getByRole("button", { name: "Settings" });
    await press(toggle);
    await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator("#grantbudget-grant-first").textContent()).toContain(
      "Set the granted hours under Grant above first",
    );
    expect(await form("grantbudget").count()).toBe(0);
    expect(await page.locator("#grant-heading").textContent()).toBe("Grant and budget");
    expect(await axe(page)).toEqual([]);
  });

  it("sets a yearly grant of 20 hours", async () => {
    await typeInto("#general-grant-hours", "20");
    const per = page.locator("#general-grant-per");
    await per.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await per.inputValue()).toBe("year");
    await press(form("general").getByRole("button", { name: "Save" }));
    await expect.poll(live).toContain("Saved");
    await expect.poll(() => yearFigure("granted", 0)).toBe("20");
    expect(await yearFigure("remaining", 0)).toBe("20");
    expect(await page.locator("#ledger-forecast").textContent()).toContain("No forecast yet");
  });

  it("fills the staff-meeting pool from the assistants, refuses a wrong supplement at its field, and saves a budget", async () => {
    const budget = form("grantbudget");
    await press(page.getByRole("button", { name: /Staff-meeting pool from the number/ }));
    await expect.poll(live).toContain("Staff-meeting pool set to 12 hours a year for 2 assistants");
    expect(await page.locator("#grantbudget-grant-pools-0-hours").inputValue()).toBe("12");
    expect(await page.locator("#grantbudget-grant-pools-0-purpose").inputValue()).toBe("meeting");
    // the Danish defaults are shown as hints
    expect(
      await page.locator("#grantbudget-grant-budget-supplements-evening-hint").textContent(),
    ).toBe("Default: 30 %");

    // core refuses a supplement above 1000 %: shown at its field, focused, nothing saved
    await typeInto("#grantbudget-grant-budget-hourlyRate", "200,50");
    await typeInto("#grantbudget-grant-budget-supplements-evening", "1200");
    await press(budget.getByRole("button", { name: "Save" }));
    const evening = page.locator("#grantbudget-grant-budget-supplements-evening");
    await expect.poll(() => evening.getAttribute("aria-invalid")).toBe("true");
    expect(
      await page.locator("#grantbudget-grant-budget-supplements-evening-error").textContent(),
    ).toContain("must be at most 1000 %");
    expect(
      await page
        .locator("#grantbudget-grant-budget-supplements-evening")
        .getAttribute("aria-describedby"),
    ).toContain("grantbudget-grant-budget-supplements-evening-error");
    // focus moves to the field after the render that shows the error
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("grantbudget-grant-budget-supplements-evening");
    await expect.poll(live).toContain("Not saved");
    expect(await page.locator(".ledger-pools").count()).toBe(0);

    // a decimal comma is read as in Danish; the empty supplement takes the default
    await typeInto("#grantbudget-grant-budget-supplements-evening", "");
    await press(budget.getByRole("button", { name: "Save" }));
    await expect.poll(live).toMatch(/^Saved/);
    await expect.poll(() => evening.getAttribute("aria-invalid")).toBe(null);
    await expect
      .poll(() => page.locator(".ledger-pools").textContent())
      .toBe("Staff meetings: 0 used and 0 planned of 12 hours, 12 remaining");
    expect(await page.locator("#ledger-year th", { hasText: "Money (DKK)" }).count()).toBe(1);
    expect(await yearFigure("used", 1)).toBe("DKK 0.00");
  });

  it("undoes the pools and budget in one step", async () => {
    await press(page.getByRole("button", { name: "Undo", exact: true }));
    await expect.poll(() => page.locator(".ledger-pools").count()).toBe(0);
    await expect
      .poll(() => page.locator("#grantbudget-grant-budget-hourlyRate").inputValue())
      .toBe("");
    expect(await page.locator("#grantbudget-grant-pools-0-hours").count()).toBe(0);
    // the grant itself stays (it was saved in a step of its own)
    expect(await yearFigure("granted", 0)).toBe("20");
    await press(page.getByRole("button", { name: "Redo", exact: true }));
    await expect
      .poll(() => page.locator("#grantbudget-grant-budget-hourlyRate").inputValue())
      .toBe("200.5");
    await expect.poll(() => page.locator(".ledger-pools").count()).toBe(1);
  });

  it("adds and removes a pool row by keyboard, focus following", async () => {
    await press(page.getByRole("button", { name: "Add pool" }));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("grantbudget-grant-pools-1-purpose");
    expect(await page.getByRole("group", { name: "Pool 2" }).count()).toBe(1);
    await press(page.getByRole("button", { name: "Remove pool 2" }));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("grantbudget-add-pool");
    expect(await page.getByRole("group", { name: "Pool 2" }).count()).toBe(0);
    expect(await page.locator("#grantbudget-grant-pools-0-hours").inputValue()).toBe("12");
  });

  it("counts typed shifts as used before today and planned from today, in hours and money", async () => {
    await typeShift(0, "7-15"); // Monday 15 June: before today
    await expect.poll(() => yearFigure("used", 0)).toBe("8");
    expect(await yearFigure("planned", 0)).toBe("0");
    expect(await yearFigure("remaining", 0)).toBe("12");
    // 8 hours at 200,50 kr. and 12,6 % pension (Fredericia): 1.604 + 202,10
    expect(await yearFigure("used", 1)).toBe("DKK 1,806.10");

    await typeShift(3, "7-15"); // Thursday 18 June: planned
    await expect.poll(() => yearFigure("planned", 0)).toBe("8");
    expect(await yearFigure("remaining", 0)).toBe("4");
    expect(await yearFigure("planned", 1)).toBe("DKK 1,806.10");
    expect(await page.locator(".ledger-warning", { hasText: "is over the grant" }).count()).toBe(0);
  });

  it("warns in words, with a symbol, and announces it when the plan exceeds the grant", async () => {
    await typeShift(4, "7-15"); // Friday 19 June
    await expect.poll(() => yearFigure("remaining", 0)).toBe("-4 ⛔ Over");
    const over = page.locator(".ledger-warning", { hasText: "Help is over the grant" });
    await expect.poll(() => over.count()).toBe(1);
    expect(plain(await over.textContent())).toBe(
      "⛔ Over: Help is over the grant in 2026: 24 hours used and planned of 20 hours.",
    );
    await expect
      .poll(grantLive)
      .toContain("New warning: Over: Help is over the grant in 2026: 24 hours");
    expect(await yearFigure("planned", 1)).toBe("DKK 3,612.21");
    // the year-end forecast, in hours against the grant and in money
    expect(plain(await page.locator("#ledger-forecast").textContent())).toMatch(
      /^[\d,]+ of 20 granted hours; DKK [\d,]+\.\d\d$/,
    );
    expect(
      await page.locator(".ledger-warning", { hasText: "The forecast for help exceeds" }).count(),
    ).toBe(1);

    // gone with an undo, back with a redo: announced again (not the same text, which is not read)
    const said = await grantLive();
    await press(page.getByRole("button", { name: "Undo", exact: true }));
    await expect.poll(() => yearFigure("remaining", 0)).toBe("4");
    expect(await over.count()).toBe(0);
    await press(page.getByRole("button", { name: "Redo", exact: true }));
    await expect.poll(() => over.count()).toBe(1);
    await expect.poll(grantLive).toBe(`${said}\u00a0`);
  });

  it("downloads the annual account as CSV with the same figures", async () => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      press(page.getByRole("button", { name: "Download annual account 2026 (CSV)" })),
    ]);
    expect(file.suggestedFilename()).toBe("annual-account-2026.csv");
    const text = await readFile(await file.path(), "utf8");
    expect(text.startsWith("\ufeffPeriod,Purpose,Granted (hours)")).toBe(true);
    const lines = text.split("\r\n");
    // every shift counts as used in the account: 24 hours, 4.812 kr. + 606,31 pension
    expect(lines).toContain(
      "2026-06,Help,,24.00,,24.00,0.00,0.00,0.00,0.00,0.00,4812.00,0.00,0.00,606.31,5418.31",
    );
    expect(lines).toContain(
      "2026,Help,20.00,24.00,-4.00,24.00,0.00,0.00,0.00,0.00,0.00,4812.00,0.00,0.00,606.31,5418.31",
    );
    expect(lines).toContain(
      "2026,Staff meetings,12.00,0.00,12.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00",
    );
    await expect.poll(grantLive).toBe("The annual account for 2026 is downloaded.");
  });

  it("refuses a time account for a yearly grant at its field, and keeps one for a weekly grant", async () => {
    const budget = form("grantbudget");
    const account = page.locator("#grantbudget-grant-timeAccount");
    await account.focus();
    await page.keyboard.press("Space");
    expect(await account.isChecked()).toBe(true);
    await press(budget.getByRole("button", { name: "Save" }));
    await expect.poll(() => account.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#grantbudget-grant-timeAccount-error").textContent()).toContain(
      'it needs "per": "week", not "year"',
    );
    // focus moves to the field after the render that shows the error
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("grantbudget-grant-timeAccount");

    // 10 hours a week: the week in view is its own period, with its account
    await typeInto("#general-grant-hours", "10");
    const per = page.locator("#general-grant-per");
    await per.focus();
    await page.keyboard.press("Home");
    expect(await per.inputValue()).toBe("week");
    await press(form("general").getByRole("button", { name: "Save" }));
    await expect.poll(live).toMatch(/^Saved/);
    expect(await account.isChecked()).toBe(true); // the unsaved tick stays in the form
    await press(budget.getByRole("button", { name: "Save" }));
    await expect.poll(() => account.getAttribute("aria-invalid")).toBe(null);
    await expect
      .poll(() => page.locator("#ledger-period caption").textContent())
      .toBe("This period: Mon 15 Jun to Sun 21 Jun");
    const week = (row: string) =>
      page.locator(`#ledger-period tr[data-row="${row}"] td`).first().textContent();
    expect([await week("granted"), await week("used"), await week("planned")]).toEqual([
      "10",
      "8",
      "16",
    ]);
    await expect.poll(() => page.getByText("Time account: -14 hours").count()).toBe(1);
    await expect
      .poll(() => page.locator(".ledger-warning", { hasText: "from Mon 15 Jun" }).textContent())
      .toContain("The time account is overdrawn in the week from Mon 15 Jun: balance -14 hours.");
    // a time account's weeks are balanced, not each over its grant
    expect(await page.locator(".ledger-warning", { hasText: "is over the grant" }).count()).toBe(0);
    await expect.poll(grantLive).toContain("New warning: Over: The time account is overdrawn");
  });

  it("has no accessibility violations with the settings and the ledger shown", async () => {
    expect(await axe(page)).toEqual([]);
  });

  it("threw no errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
