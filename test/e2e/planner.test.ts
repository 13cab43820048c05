/**
 * The planner in real headless Chromium: create an arrangement, add assistants, type shifts by
 * keyboard only, see a daily-rest flag appear and disappear, undo, reload and find everything
 * persisted (IndexedDB), reload offline (service worker), export and import a rota file, and
 * no axe-core violations on each screen.
 */
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, collectErrors, launch } from "./browser.js";

const baseUrl = inject("baseUrl");

let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Errors thrown in the page: there must be none. */
let pageErrors: string[] = [];

/** Focuses the grid cell of a day row (0 = Monday) and assistant column, by keyboard from the first cell. */
async function goToCell(p: Page, row: number, col: number): Promise<void> {
  await p.locator('[role="gridcell"][tabindex="0"]').focus();
  await p.keyboard.press("Control+Home");
  for (let i = 0; i < row; i++) await p.keyboard.press("ArrowDown");
  for (let i = 0; i < col; i++) await p.keyboard.press("ArrowRight");
}

const cell = (p: Page, row: number, col: number) =>
  p.locator(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ locale: "en-GB" });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  pageErrors = collectErrors(page);
});

afterAll(async () => {
  await browser?.close();
});

describe("planner", () => {
  it("shows the start screen without accessibility violations", async () => {
    await page.goto(baseUrl);
    await expect
      .poll(() => page.getByRole("heading", { name: "Your arrangements" }).count())
      .toBe(1);
    expect(await axe(page)).toEqual([]);
  });

  it("creates an arrangement and adds two assistants by keyboard", async () => {
    await page.getByLabel("Name").focus();
    await page.keyboard.type("Test arrangement");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Test arrangement" }).waitFor();
    const name = page.getByLabel("Name");
    for (const who of ["Anna", "Bo"]) {
      await name.focus();
      await page.keyboard.type(who);
      await page.keyboard.press("Enter");
      await page.getByRole("columnheader", { name: who }).waitFor();
    }
  });

  it("flags daily rest as shifts are typed, announces it, and undo removes it", async () => {
    await goToCell(page, 0, 0);
    await page.keyboard.type("15-23");
    await page.keyboard.press("Enter");
    await expect.poll(() => cell(page, 0, 0).textContent()).toContain("15–23");
    // focus moved down to Tuesday: type an early shift, 8 hours after the late one ended
    await page.keyboard.type("7-15");
    await page.keyboard.press("Enter");
    await expect.poll(() => cell(page, 0, 0).getAttribute("class")).toContain("has-error");
    await expect.poll(() => page.locator("#live").textContent()).toContain("New violation");
    expect(await page.locator("#violations-heading").textContent()).toContain("1");
    expect(await page.getByRole("heading", { name: /Daily rest/ }).count()).toBe(1);
    // the flag is text too, not colour alone
    expect(await cell(page, 0, 0).getAttribute("aria-invalid")).toBe("true");

    await page.locator("body").click({ position: { x: 1, y: 1 } });
    await page.keyboard.press("Control+z");
    await expect.poll(() => cell(page, 1, 0).textContent()).not.toContain("7–15");
    await expect.poll(() => cell(page, 0, 0).getAttribute("class")).not.toContain("has-error");
    await expect.poll(() => page.locator("#live").textContent()).toContain("Resolved");
  });

  it("reports a mistyped shift in place and changes nothing", async () => {
    await goToCell(page, 2, 1);
    await page.keyboard.type("7-99");
    await page.keyboard.press("Enter");
    await page.getByRole("alert").waitFor();
    await page.keyboard.press("Escape");
    expect((await cell(page, 2, 1).textContent())?.trim()).toBe("");
  });

  it("has no accessibility violations on the rota screen", async () => {
    expect(await axe(page)).toEqual([]);
  });

  it("keeps everything after a reload (IndexedDB)", async () => {
    await page.reload();
    await page.getByRole("heading", { name: "Test arrangement" }).waitFor();
    await expect.poll(() => cell(page, 0, 0).textContent()).toContain("15–23");
    expect(await page.getByRole("columnheader", { name: "Bo" }).count()).toBe(1);
  });

  it("works offline after the first load (service worker)", async () => {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // make sure the page is controlled by the worker
    await page.getByRole("heading", { name: "Test arrangement" }).waitFor();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole("heading", { name: "Test arrangement" }).waitFor();
    await expect.poll(() => cell(page, 0, 0).textContent()).toContain("15–23");
    await context.setOffline(false);
  });

  it("exports the rota as a turnus-rota/1 file and imports it back", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export rota file" }).click(),
    ]);
    const path = await download.path();
    const exported = JSON.parse(readFileSync(path, "utf8")) as {
      format: string;
      assistants: { name: string }[];
      shifts: { start: string; end: string }[];
    };
    expect(exported.format).toBe("turnus-rota/1");
    expect(exported.assistants.map((a) => a.name)).toEqual(["Anna", "Bo"]);
    expect(exported.shifts).toHaveLength(1);

    await page.goto(`${baseUrl}#/`);
    await page.getByLabel("Import rota file").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"format":"turnus-rota/1","profile":"xx"}'),
    });
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("$.profile");

    await page.getByLabel("Import rota file").setInputFiles({
      name: "again.json",
      mimeType: "application/json",
      buffer: readFileSync(path),
    });
    await page.getByRole("columnheader", { name: "Anna" }).waitFor();
  });

  it("threw no errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
