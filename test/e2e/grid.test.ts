/**
 * Spreadsheet editing in the rota grid, in real headless Chromium, by keyboard only: a range
 * selected with Shift+arrows (aria-selected), copy as TSV, paste TSV from a spreadsheet, fill
 * down and right, cut, delete a range; each of them one undo step, announced in the live
 * region, and no axe-core violations.
 *
 * The clipboard: the context is granted `clipboard-read`/`clipboard-write` for the app's origin,
 * so the test puts spreadsheet TSV on Chromium's clipboard with `navigator.clipboard.writeText`
 * and reads the grid's copies back with `readText`. Ctrl+C/X/V themselves go through the
 * browser's real `copy`/`cut`/`paste` events on the focused cell.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, collectErrors, createByKeyboard, launch } from "./browser.js";

const baseUrl = inject("baseUrl");

let browser: Browser;
let page: Page;
/** Errors thrown in the page: there must be none. */
let pageErrors: string[] = [];

const cell = (row: number, col: number) =>
  page.locator(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);

/** The shifts a cell shows (without its violation symbol). */
async function shiftsIn(row: number, col: number): Promise<string> {
  const text = (await cell(row, col).locator(".shifts").textContent()) ?? "";
  return text.replace(/[⛔⚠]/g, "").trim();
}

/** The shifts of a block of cells, row by row, for comparing states. */
async function block(rows: number, cols: number): Promise<string[][]> {
  const out: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: string[] = [];
    for (let c = 0; c < cols; c++) line.push(await shiftsIn(r, c));
    out.push(line);
  }
  return out;
}

/** Moves to a cell by keyboard from the first one (this collapses any selection). */
async function goToCell(row: number, col: number): Promise<void> {
  await page.locator('[role="gridcell"][tabindex="0"]').focus();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < row; i++) await page.keyboard.press("ArrowDown");
  for (let i = 0; i < col; i++) await page.keyboard.press("ArrowRight");
}

/** The cells with aria-selected="true", as "row,col". */
const selectedCells = () =>
  page
    .locator('[role="gridcell"][aria-selected="true"]')
    .evaluateAll((els) => els.map((e) => `${e.dataset["row"]},${e.dataset["col"]}`));

const live = () => page.locator("#live").textContent();
const clipboardText = () => page.evaluate(() => navigator.clipboard.readText());
const putOnClipboard = (text: string) =>
  page.evaluate((t) => navigator.clipboard.writeText(t), text);

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ locale: "en-GB" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(baseUrl).origin,
  });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  pageErrors = collectErrors(page);
});

afterAll(async () => {
  await browser?.close();
});

describe("grid editing like a spreadsheet", () => {
  it("creates an arrangement with two assistants and types a shift", async () => {
    await createByKeyboard(page, baseUrl, "Grid test", ["Anna", "Bo"]);
    await goToCell(0, 0);
    await page.keyboard.type("7-15");
    await page.keyboard.press("Enter");
    await expect.poll(() => shiftsIn(0, 0)).toBe("07–15");
  });

  it("selects a range with Shift+arrows, shown by aria-selected and a visible style", async () => {
    await goToCell(0, 0);
    expect(await selectedCells()).toEqual(["0,0"]);
    expect(await page.getByRole("grid").getAttribute("aria-multiselectable")).toBe("true");
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowRight");
    await expect.poll(selectedCells).toEqual(["0,0", "0,1", "1,0", "1,1"]);
    expect(await cell(1, 1).evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await cell(0, 1).getAttribute("class")).toContain("selected");
    expect(await cell(0, 1).evaluate((e) => getComputedStyle(e).outlineStyle)).toBe("dashed");
    expect(await cell(2, 0).getAttribute("aria-selected")).toBe("false");
    expect(await page.locator(".selection-status").textContent()).toContain("2 × 2");
    await expect.poll(live).toContain("Selected: 2 × 2 cells");
    expect(await axe(page)).toEqual([]);
  });

  it("copies the range as TSV: days as rows, assistants as columns", async () => {
    await page.keyboard.press("Control+c");
    await expect.poll(clipboardText).toBe("07–15\t\r\n\t");
    await expect.poll(live).toContain("4 cells copied");
  });

  it("extends the range right even when keys come faster than frames", async () => {
    await goToCell(0, 0);
    // three Shift+ArrowDown in one task: no frame (and no focus move) in between
    await cell(0, 0).evaluate((el) => {
      for (let i = 0; i < 3; i++) {
        el.dispatchEvent(
          new KeyboardEvent("keydown", { key: "ArrowDown", shiftKey: true, bubbles: true }),
        );
      }
    });
    await expect.poll(selectedCells).toEqual(["0,0", "1,0", "2,0", "3,0"]);
    await expect.poll(() => cell(3, 0).evaluate((e) => e === document.activeElement)).toBe(true);
  });

  it("collapses the selection on plain navigation", async () => {
    await page.keyboard.press("ArrowDown");
    await expect.poll(selectedCells).toEqual(["4,0"]);
    expect(await page.locator(".selection-status").count()).toBe(0);
  });

  it("pastes spreadsheet TSV at the active cell, reports what it did not understand, and undoes it in one step", async () => {
    await goToCell(3, 0);
    // as Excel puts it: CRLF rows, a quoted cell with a line break, a trailing CRLF
    await putOnClipboard('9-17\t22-7 r\r\nxyz\t"8-12\n13-14"\r\n');
    await page.keyboard.press("Control+v");
    await expect.poll(() => shiftsIn(3, 1)).toBe("22–07 r");
    expect(await shiftsIn(3, 0)).toBe("09–17");
    expect(await shiftsIn(4, 0)).toBe("");
    expect(await shiftsIn(4, 1)).toBe("08–12, 13–14");
    const said = await live();
    expect(said).toContain("4 shifts pasted");
    expect(said).toContain("1 cell not understood");
    expect(said).toContain('"xyz" is not a shift');
    const report = page.locator(".grid-report");
    const friday = await page.getByRole("rowheader").nth(4).getAttribute("aria-label");
    expect(await report.textContent()).toContain(`${friday}, Anna`);
    expect(await report.textContent()).toContain("xyz");
    // the pasted block is selected
    await expect.poll(selectedCells).toEqual(["3,0", "3,1", "4,0", "4,1"]);
    expect(await axe(page)).toEqual([]);

    await page.keyboard.press("Control+z");
    await expect
      .poll(() => block(5, 2))
      .toEqual([
        ["07–15", ""],
        ["", ""],
        ["", ""],
        ["", ""],
        ["", ""],
      ]);
    await page.keyboard.press("Control+y");
    await expect.poll(() => shiftsIn(4, 1)).toBe("08–12, 13–14");
    expect(await shiftsIn(3, 0)).toBe("09–17");
    expect(await shiftsIn(3, 1)).toBe("22–07 r");
  });

  it("fills down with Ctrl+D and fills right with Ctrl+R, each one undo step", async () => {
    await goToCell(0, 0);
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Control+d");
    await expect.poll(() => shiftsIn(2, 0)).toBe("07–15");
    expect(await shiftsIn(1, 0)).toBe("07–15");
    await expect.poll(live).toContain("2 shifts filled in");

    await page.keyboard.press("Control+z");
    await expect.poll(() => shiftsIn(1, 0)).toBe("");
    expect(await shiftsIn(2, 0)).toBe("");
    expect(await shiftsIn(0, 0)).toBe("07–15");
    await page.keyboard.press("Control+y");
    await expect.poll(() => shiftsIn(2, 0)).toBe("07–15");

    // fill right: Monday's Anna into Bo
    await goToCell(0, 0);
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Control+r");
    await expect.poll(() => shiftsIn(0, 1)).toBe("07–15");
    await page.keyboard.press("Control+z");
    await expect.poll(() => shiftsIn(0, 1)).toBe("");
  });

  it("cuts a range and pastes it elsewhere, each one undo step", async () => {
    await goToCell(3, 0);
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Control+x");
    await expect.poll(clipboardText).toBe("09–17\t22–07 r");
    await expect.poll(() => shiftsIn(3, 1)).toBe("");
    expect(await shiftsIn(3, 0)).toBe("");
    await expect.poll(live).toContain("2 shifts cut");
    await goToCell(5, 0);
    await page.keyboard.press("Control+v");
    await expect.poll(() => shiftsIn(5, 1)).toBe("22–07 r");
    expect(await shiftsIn(5, 0)).toBe("09–17");
    // undo the paste, then the cut: each one step
    await page.keyboard.press("Control+z");
    await expect.poll(() => shiftsIn(5, 1)).toBe("");
    expect(await shiftsIn(3, 1)).toBe("");
    await page.keyboard.press("Control+z");
    await expect.poll(() => shiftsIn(3, 1)).toBe("22–07 r");
    expect(await shiftsIn(3, 0)).toBe("09–17");
  });

  it("deletes every shift in a range with Delete, and undo brings them all back", async () => {
    const before = await block(5, 2);
    expect(before).toEqual([
      ["07–15", ""],
      ["07–15", ""],
      ["07–15", ""],
      ["09–17", "22–07 r"],
      ["", "08–12, 13–14"],
    ]);
    await goToCell(0, 0);
    for (let i = 0; i < 4; i++) await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+End");
    await expect.poll(async () => (await selectedCells()).length).toBe(10);
    await page.keyboard.press("Delete");
    await expect.poll(() => block(5, 2)).toEqual(before.map((r) => r.map(() => "")));
    await expect.poll(live).toContain("7 shifts removed");

    await page.keyboard.press("Control+z");
    await expect.poll(() => block(5, 2)).toEqual(before);
  });

  it("threw no errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
