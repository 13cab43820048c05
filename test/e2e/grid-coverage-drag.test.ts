/**
 * The rota grid's day rows and pointer editing, in real headless Chromium: each day row draws
 * its coverage on a 24-hour axis and names a shortfall in words (row header's accessible name);
 * shifts dragged with the mouse move (Ctrl: copy) as one undo step, announced; a cell holding two
 * shifts is edited whole.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, collectErrors, launch } from "./browser.js";

const baseUrl = inject("baseUrl");

let browser: Browser;
let page: Page;
let pageErrors: string[] = [];

const ALL_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const rota = {
  format: "turnus-rota/1",
  profile: "dk",
  timeZone: "Europe/Copenhagen",
  locale: "en",
  period: { from: "2026-03-02", to: "2026-03-08" },
  assistants: [
    { id: "a1", name: "Anna" },
    { id: "a2", name: "Bo" },
  ],
  shifts: [
    {
      id: "s1",
      assistantId: "a1",
      start: "2026-03-02T07:00",
      end: "2026-03-02T15:00",
      kind: "work",
    },
    {
      id: "s2",
      assistantId: "a1",
      start: "2026-03-02T17:00",
      end: "2026-03-02T21:00",
      kind: "work",
    },
  ],
  need: [{ days: ALL_DAYS, from: "07:00", to: "15:00", assistants: 1 }],
};

const cell = (row: number, col: number) =>
  page.locator(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);
const shiftsIn = async (row: number, col: number) =>
  ((await cell(row, col).locator(".shifts").textContent()) ?? "").replace(/[⛔⚠]/g, "").trim();
const rowHeader = (row: number) => page.locator(`tbody tr[aria-rowindex="${row + 2}"] th`);
const live = () => page.locator("#live").textContent();

/** Opens a cell's editor with `key` and waits until the editor has focus. */
async function openEditor(row: number, col: number, key: "Enter" | "F2" = "Enter") {
  await cell(row, col).click();
  await page.keyboard.press(key);
  const editor = cell(row, col).locator("input");
  await expect.poll(() => editor.evaluate((e) => e === document.activeElement)).toBe(true);
  return editor;
}

/** Drags with the mouse from the middle of one cell to the middle of another. */
async function drag(from: [number, number], to: [number, number], modifier?: "Control") {
  const a = await cell(...from).boundingBox();
  const b = await cell(...to).boundingBox();
  if (!a || !b) throw new Error("cell not on screen");
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 5, { steps: 2 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  if (modifier) await page.keyboard.down(modifier);
  await page.mouse.up();
  if (modifier) await page.keyboard.up(modifier);
}

beforeAll(async () => {
  browser = await launch();
  // tall enough for the whole week: a drag needs both of its ends on screen
  const context = await browser.newContext({
    locale: "en-GB",
    viewport: { width: 1280, height: 1600 },
  });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  pageErrors = collectErrors(page);
  await page.goto(baseUrl);
  await page.getByLabel("Import rota file").setInputFiles({
    name: "week.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(rota)),
  });
  await page.getByRole("columnheader", { name: "Anna" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe("coverage on each day row", () => {
  it("names a day's shortfall in the row header and draws the day's axis", async () => {
    expect(await rowHeader(0).getAttribute("aria-label")).toBe("Monday, 2 March 2026");
    await expect
      .poll(() => rowHeader(1).getAttribute("aria-label"))
      .toBe("Tuesday, 3 March 2026. Too few assistants 07:00–15:00: 0 of 1");
    expect(await rowHeader(1).locator(".coverage-gaps").textContent()).toBe(
      "⚠ 07:00–15:00: 0 of 1",
    );
    expect(await rowHeader(0).locator(".coverage-gaps").count()).toBe(0);
    const axis = rowHeader(1).locator("svg.coverage-axis");
    expect(await axis.getAttribute("aria-hidden")).toBe("true");
    // the short stretch is hatched across 07:00–15:00: a third of the axis from 7/24 of it
    const short = axis.locator("rect.axis-short");
    expect(await short.count()).toBe(1);
    expect(Number(await short.getAttribute("x"))).toBeCloseTo((7 / 24) * 96, 5);
    expect(Number(await short.getAttribute("width"))).toBeCloseTo((8 / 24) * 96, 5);
  });

  it("drops the shortfall as soon as a shift covers it", async () => {
    await cell(1, 1).click();
    await page.keyboard.type("7-15");
    await page.keyboard.press("Enter");
    await expect.poll(() => rowHeader(1).getAttribute("aria-label")).toBe("Tuesday, 3 March 2026");
    expect(await rowHeader(1).locator(".coverage-gaps").count()).toBe(0);
    expect(await rowHeader(1).locator("rect.axis-staffed").count()).toBe(1);
  });
});

describe("a cell with two shifts", () => {
  it("opens both for editing with Enter, saves both, and undoes them in one step", async () => {
    const editor = await openEditor(0, 0);
    expect(await editor.inputValue()).toBe("07–15 17–21");
    await editor.fill("7-15, 18-22");
    await page.keyboard.press("Enter");
    await expect.poll(() => shiftsIn(0, 0)).toBe("07–15, 18–22");
    await page.keyboard.press("Control+z");
    await expect.poll(() => shiftsIn(0, 0)).toBe("07–15, 17–21");
  });

  it("drops the second shift when one is typed, adds one when three are", async () => {
    await (await openEditor(0, 0, "F2")).fill("8-16");
    await page.keyboard.press("Enter");
    await expect.poll(() => shiftsIn(0, 0)).toBe("08–16");
    await (await openEditor(0, 0)).fill("6-9 12-15 22-7 r");
    await page.keyboard.press("Enter");
    await expect.poll(() => shiftsIn(0, 0)).toBe("06–09, 12–15, 22–07 r");
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Control+z");
    await expect.poll(() => shiftsIn(0, 0)).toBe("07–15, 17–21");
  });

  it("keeps the cell as it was when one of its texts is not a shift", async () => {
    await (await openEditor(0, 0)).fill("7-15, lunch");
    await page.keyboard.press("Enter");
    await expect.poll(() => cell(0, 0).getByRole("alert").textContent()).toContain("lunch");
    await page.keyboard.press("Escape");
    await expect.poll(() => shiftsIn(0, 0)).toBe("07–15, 17–21");
  });
});

describe("cell buttons (no key combinations needed)", () => {
  it("cuts and pastes with buttons, through the grid's own copy when the clipboard is closed", async () => {
    const buttons = page.getByRole("group", { name: "Cells" });
    await cell(0, 0).click();
    await buttons.getByRole("button", { name: "Cut" }).click();
    await expect.poll(() => shiftsIn(0, 0)).toBe("");
    await expect.poll(live).toContain("2 shifts cut");
    // this context may not read the clipboard: Paste falls back to the grid's own copy
    expect(
      await page.evaluate(async () => {
        const name = "clipboard-read" as PermissionName;
        return (await navigator.permissions.query({ name })).state;
      }),
    ).not.toBe("granted");
    await cell(5, 1).click();
    await buttons.getByRole("button", { name: "Paste" }).click();
    await expect.poll(() => shiftsIn(5, 1)).toBe("07–15, 17–21");
    await expect.poll(live).toContain("2 shifts pasted");
    await cell(6, 1).click();
    await buttons.getByRole("button", { name: "Fill down" }).click();
    await expect.poll(() => shiftsIn(6, 1)).toBe("07–15, 17–21");
    await buttons.getByRole("button", { name: "Clear cells" }).click();
    await expect.poll(() => shiftsIn(6, 1)).toBe("");
    for (let i = 0; i < 4; i++) await page.keyboard.press("Control+z");
    await expect.poll(() => shiftsIn(0, 0)).toBe("07–15, 17–21");
    expect(await shiftsIn(5, 1)).toBe("");
  });
});

describe("a month of rows", () => {
  it("is built a slice of rows per task, and the keyboard reaches its last day at once", async () => {
    // note the number of day rows after each batch of DOM changes
    await page.evaluate(() => {
      const w = window as unknown as { rowCounts: number[] };
      w.rowCounts = [];
      const body = document.querySelector(".rota-grid tbody") as Element;
      new MutationObserver(() => w.rowCounts.push(body.children.length)).observe(body, {
        childList: true,
      });
    });
    await page.getByRole("combobox", { name: "View" }).selectOption("month");
    await expect.poll(() => page.locator(".rota-grid tbody tr").count()).toBe(31);
    const counts = await page.evaluate(
      () => (window as unknown as { rowCounts: number[] }).rowCounts,
    );
    expect(counts[0]).toBeLessThan(31);
    expect(counts[counts.length - 1]).toBe(31);
    expect(await page.getByRole("grid").getAttribute("aria-rowcount")).toBe("32");
    // back to the week and straight on to the month's last day
    await page.getByRole("combobox", { name: "View" }).selectOption("week");
    await expect.poll(() => page.locator(".rota-grid tbody tr").count()).toBe(7);
    await page.getByRole("combobox", { name: "View" }).selectOption("month");
    await cell(0, 0).focus();
    await page.keyboard.press("Control+End");
    await expect.poll(() => cell(30, 1).evaluate((e) => e === document.activeElement)).toBe(true);
    await page.getByRole("combobox", { name: "View" }).selectOption("week");
  });
});

describe("the violations panel", () => {
  it("says the rota is being checked until the first check has come", async () => {
    // what the panel says, from the first moment of the page
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { panelSaid: string[] }).panelSaid = seen;
      new MutationObserver(() => {
        const p = document.querySelector('[aria-labelledby="violations-heading"] > p');
        const text = p?.textContent ?? "";
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.reload();
    await page.getByRole("columnheader", { name: "Anna" }).waitFor();
    await expect.poll(() => page.locator("#violations-heading").textContent()).toMatch(/\(\d+\)/);
    const said = await page.evaluate(
      () => (window as unknown as { panelSaid: string[] }).panelSaid,
    );
    expect(said[0]).toBe("Checking the rota …");
    expect(said).not.toContain("No violations.");
  });

  it("lists the first 25 of a rule's violations, and all of them on request", async () => {
    const days = Array.from({ length: 30 }, (_, i) => `2026-04-${String(i + 1).padStart(2, "0")}`);
    const many = {
      ...rota,
      period: { from: "2026-04-01", to: "2026-04-30" },
      need: [],
      // 8 hours without a break, every day: 30 break violations
      shifts: days.map((d, i) => ({
        id: `b${i}`,
        assistantId: "a1",
        start: `${d}T07:00`,
        end: `${d}T15:00`,
        kind: "work",
        breakMinutes: 0,
      })),
    };
    const other = await page.context().newPage();
    await other.goto(baseUrl);
    await other.getByLabel("Import rota file").setInputFiles({
      name: "april.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(many)),
    });
    const group = other.getByRole("region", { name: /Break \(30\)/ });
    await group.waitFor();
    expect(await group.locator("li").count()).toBe(25);
    const button = group.getByRole("button", { name: "Show all 30" });
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await button.click();
    await expect.poll(() => group.locator("li").count()).toBe(30);
    const less = group.getByRole("button", { name: "Show only the first 25" });
    expect(await less.getAttribute("aria-expanded")).toBe("true");
    await less.click();
    await expect.poll(() => group.locator("li").count()).toBe(25);
    await other.close();
  });
});

describe("dragging shifts", () => {
  it("moves a cell's shifts to another day and assistant, one undo step, announced", async () => {
    await drag([0, 0], [2, 1]);
    await expect.poll(() => shiftsIn(2, 1)).toBe("07–15, 17–21");
    expect(await shiftsIn(0, 0)).toBe("");
    await expect.poll(live).toContain("2 shifts moved");
    // the moved cell is selected and focused, so the keyboard carries on from there
    expect(await cell(2, 1).evaluate((e) => e === document.activeElement)).toBe(true);
    // the row of 2 March is now short, that of 4 March covered
    await expect
      .poll(() => rowHeader(0).getAttribute("aria-label"))
      .toContain("Too few assistants 07:00–15:00");
    await page.keyboard.press("Control+z");
    await expect.poll(() => shiftsIn(0, 0)).toBe("07–15, 17–21");
    expect(await shiftsIn(2, 1)).toBe("");
  });

  it("copies with Ctrl held, and a click without moving stays a click", async () => {
    await drag([0, 0], [3, 0], "Control");
    await expect.poll(() => shiftsIn(3, 0)).toBe("07–15, 17–21");
    expect(await shiftsIn(0, 0)).toBe("07–15, 17–21");
    await expect.poll(live).toContain("2 shifts copied");
    await cell(0, 1).click();
    expect(await cell(0, 1).getAttribute("tabindex")).toBe("0");
    expect(await shiftsIn(0, 1)).toBe("");
    expect(await shiftsIn(0, 0)).toBe("07–15, 17–21");
  });

  it("shows where the shifts would land while dragging, and has no axe violations", async () => {
    const a = await cell(0, 0).boundingBox();
    const b = await cell(4, 1).boundingBox();
    if (!a || !b) throw new Error("cell not on screen");
    await page.mouse.move(a.x + 10, a.y + 10);
    await page.mouse.down();
    await page.mouse.move(b.x + 10, b.y + 10, { steps: 5 });
    await expect.poll(() => cell(4, 1).getAttribute("class")).toContain("drop-target");
    expect(await cell(3, 1).getAttribute("class")).not.toContain("drop-target");
    // dropped outside the grid: nothing changes
    await page.mouse.move(2, 2, { steps: 3 });
    await page.mouse.up();
    expect(await shiftsIn(0, 0)).toBe("07–15, 17–21");
    expect(await page.locator(".drop-target").count()).toBe(0);
    expect(await axe(page)).toEqual([]);
  });

  it("threw no errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
