/**
 * Importing a rota from a spreadsheet in real headless Chromium: a sheet with mistakes shows
 * every unreadable cell by row and column (announced, focus on the preview's heading), the
 * layout can be switched by keyboard, a workbook's sheet chosen, and the Danish grid CSV and the
 * Norwegian XLSX become arrangements whose shifts are in the grid. No axe-core violations on
 * the way, and the CSV and XLSX readers load only when needed.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, collectErrors, launch } from "./browser.js";

const baseUrl = inject("baseUrl");
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

const FIELD = "Import from a spreadsheet (Excel or CSV)";

/** A grid sheet with a mistake in four cells. */
const BAD = [
  "Dato;Anna;Bo",
  "02.03.2026;7-;15-23",
  "31.02.2026;7-15;",
  "29.03.2026;2:30-7;ferie",
].join("\n");

let browser: Browser;
let page: Page;
let pageErrors: string[] = [];

const cell = (p: Page, row: number, col: number) =>
  p.locator(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);

/** Focuses the file input with the keyboard (Tab from the field before it) and gives it a file. */
async function chooseFile(p: Page, name: string, mimeType: string, buffer: Buffer) {
  const input = p.getByLabel(FIELD);
  // the input is reachable by Tab: it is the next stop after the rota-file input
  await p.getByLabel("Import rota file").focus();
  await p.keyboard.press("Tab");
  expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
  await input.setInputFiles({ name, mimeType, buffer });
}

const focusedId = (p: Page) => p.evaluate(() => document.activeElement?.id ?? "");

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ locale: "en-GB" });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  pageErrors = collectErrors(page);
});

afterAll(async () => {
  await browser?.close();
});

describe("import from a spreadsheet", () => {
  it("offers the labelled file input on the start screen", async () => {
    await page.goto(baseUrl);
    await page.getByRole("heading", { name: FIELD }).waitFor();
    expect(await page.getByLabel(FIELD).getAttribute("accept")).toContain(".xlsx");
    expect(await axe(page)).toEqual([]);
  });

  it("lists every unreadable cell of a bad sheet by row and column", async () => {
    await chooseFile(page, "bad.csv", "text/csv", Buffer.from(BAD));
    await page.getByRole("heading", { name: "Preview of bad" }).waitFor();
    await expect.poll(() => focusedId(page)).toBe("sheet-preview-heading");
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("4 cells could not be read");
    const items = await page.locator(".sheet-issues li").allTextContents();
    expect(items).toEqual([
      'Row 2, column Anna: "7-" is not a shift: write it like 7-15, 22-7 or 22-7 r (on call)',
      'Row 3, column Dato: "31.02.2026" is a date that does not exist',
      "Row 4, column Anna: 2026-03-29T02:30 does not exist in Europe/Copenhagen: the clocks jump forward 60 minutes that night",
      'Row 4, column Bo: "ferie" has no times: write it like ferie 7-15',
    ]);
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Shifts" }).textContent())
      .toBe("Assistants: 2. Shifts: 1. Cells with problems: 4.");
    expect(
      await page.getByRole("button", { name: /Create arrangement without the 4 cells/ }).count(),
    ).toBe(1);
    expect(await axe(page)).toEqual([]);
  });

  it("reads the times in the chosen country's zone", async () => {
    await page.getByLabel("Country (rules)").last().selectOption("no");
    await expect
      .poll(() => page.locator(".sheet-issues li").nth(2).textContent())
      .toContain("does not exist in Europe/Oslo");
    await page.getByLabel("Country (rules)").last().selectOption("dk");
    await expect
      .poll(() => page.locator(".sheet-issues li").nth(2).textContent())
      .toContain("does not exist in Europe/Copenhagen");
  });

  it("switches the layout by keyboard and back", async () => {
    const grid = page.getByRole("radio", { name: /A column per assistant/ });
    const rows = page.getByRole("radio", { name: /A row per shift/ });
    expect(await grid.isChecked()).toBe(true);
    expect(await grid.textContent()).toBe("");
    await grid.focus();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => rows.isChecked()).toBe(true);
    await expect
      .poll(() => page.locator(".sheet-issues li").first().textContent())
      .toContain("Row 1: this is not a header row");
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => grid.isChecked()).toBe(true);
    await expect.poll(() => page.locator(".sheet-issues li").count()).toBe(4);
  });

  it("refuses a file that is not a spreadsheet, or is a broken one, and a sheet without names", async () => {
    await chooseFile(page, "notes.pdf", "application/pdf", Buffer.from("%PDF-1.4"));
    await expect
      .poll(() => page.getByRole("alert").first().textContent())
      .toBe("notes.pdf is not a spreadsheet: choose a .csv, .txt or .xlsx file.");
    await chooseFile(
      page,
      "broken.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      Buffer.from("not a zip"),
    );
    await expect
      .poll(() => page.getByRole("alert").first().textContent())
      .toMatch(/^The file could not be read \(.+\)\. Nothing was changed\.$/);
    await chooseFile(page, "empty.csv", "text/csv", Buffer.from("Dato;;\n02.03.2026;;\n"));
    await page.getByRole("heading", { name: "Preview of empty" }).waitFor();
    await page.getByRole("button", { name: "Create arrangement" }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByRole("alert").last().textContent())
      .toContain("The sheet has no assistants to import.");
  });

  it("detects the Norwegian row-per-shift CSV", async () => {
    await chooseFile(page, "rows-no.csv", "text/csv", fixture("rows-no.csv"));
    await page.getByRole("heading", { name: "Preview of rows-no" }).waitFor();
    const rows = page.getByRole("radio", { name: "A row per shift (detected)" });
    await expect.poll(() => rows.isChecked()).toBe(true);
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Shifts" }).textContent())
      .toBe("Assistants: 2. Shifts: 6. Cells with problems: 0.");
    const firstRow = page.getByRole("table").getByRole("row").nth(3);
    expect(await firstRow.getByRole("cell").allTextContents()).toEqual([
      "4",
      expect.stringContaining("3"),
      "Ola Hansen",
      "23–07",
      "on call",
    ]);
  });

  it("creates an arrangement from the Danish grid CSV, shifts in the grid", async () => {
    await chooseFile(page, "grid-da.csv", "text/csv", fixture("grid-da.csv"));
    await page.getByRole("heading", { name: "Preview of grid-da" }).waitFor();
    await expect.poll(() => focusedId(page)).toBe("sheet-preview-heading");
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Shifts" }).textContent())
      .toBe("Assistants: 3. Shifts: 14. Cells with problems: 0.");
    expect(await page.getByText("Every cell was read.").count()).toBe(1);
    expect(await page.getByRole("table").getByRole("row").count()).toBe(11);
    expect(await axe(page)).toEqual([]);
    await page.getByRole("button", { name: "Create arrangement" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "grid-da" }).waitFor();
    await page.getByRole("columnheader", { name: "Søren Ærø" }).waitFor();
    await expect.poll(() => cell(page, 0, 0).textContent()).toContain("07–15");
    await expect.poll(() => cell(page, 1, 2).textContent()).toContain("23–07 r");
    await expect.poll(() => cell(page, 5, 1).textContent()).toContain("07–15");
    expect(await axe(page)).toEqual([]);
  });

  it("creates a Norwegian arrangement from the XLSX grid", async () => {
    await page.goto(`${baseUrl}#/`);
    await chooseFile(
      page,
      "rota-grid.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      fixture("rota-grid.xlsx"),
    );
    await page.getByRole("heading", { name: "Preview of rota-grid" }).waitFor();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Shifts" }).textContent())
      .toBe("Assistants: 2. Shifts: 9. Cells with problems: 0.");
    // a workbook with two sheets: the first is read, the other can be chosen
    const sheet = page.getByLabel("Sheet of the workbook");
    expect(await sheet.locator("option").allTextContents()).toEqual(["Vaktplan", "April"]);
    await sheet.selectOption({ label: "April" });
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Shifts" }).textContent())
      .toBe("Assistants: 2. Shifts: 2. Cells with problems: 0.");
    await sheet.selectOption({ label: "Vaktplan" });
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Shifts" }).textContent())
      .toBe("Assistants: 2. Shifts: 9. Cells with problems: 0.");
    await page.getByLabel("Country (rules)").last().selectOption("no");
    await page.getByLabel("Name of the arrangement").fill("Kari og Ola");
    await page.getByRole("button", { name: "Create arrangement" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Kari og Ola" }).waitFor();
    await page.getByRole("columnheader", { name: "Ola Hansen" }).waitFor();
    await expect.poll(() => cell(page, 0, 0).textContent()).toContain("07–15");
    await expect.poll(() => cell(page, 1, 1).textContent()).toContain("22–07");
    await expect.poll(() => cell(page, 4, 0).textContent()).toContain("22–07 r");
  });

  it("reflows the preview at 400 % zoom (320 CSS px), also with text spacing", async () => {
    const context = await browser.newContext({
      locale: "en-GB",
      viewport: { width: 320, height: 256 },
      deviceScaleFactor: 4,
    });
    const small = await context.newPage();
    const errors = collectErrors(small);
    await small.goto(baseUrl);
    await chooseFile(small, "grid-da.csv", "text/csv", fixture("grid-da.csv"));
    await small.getByRole("heading", { name: "Preview of grid-da" }).waitFor();
    // every element that reaches past the right edge of the page
    const wider = () =>
      small.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>("body *"))
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      );
    expect(await wider()).toEqual([]);
    await chooseFile(small, "bad.csv", "text/csv", Buffer.from(BAD));
    await small.getByRole("heading", { name: "Preview of bad" }).waitFor();
    expect(await wider()).toEqual([]);
    // and with the text spacing of WCAG SC 1.4.12
    await small.addStyleTag({
      content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
        word-spacing: 0.16em !important; } p, li, h2, h3, label { margin-bottom: 2em !important; }`,
    });
    expect(await wider()).toEqual([]);
    expect(await axe(small)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the CSV and XLSX readers out of the main bundle (loaded when a file is chosen)", async () => {
    const html = await (await fetch(baseUrl)).text();
    const main = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
    expect(main).toBeDefined();
    const code = await (await fetch(new URL(main ?? "", baseUrl))).text();
    expect(code).toContain("sheet-file"); // the import UI itself is there
    expect(code).not.toContain("BAD_DELIMITERS"); // papaparse
    expect(code).not.toContain("sharedStrings"); // read-excel-file
  });

  it("threw no errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
