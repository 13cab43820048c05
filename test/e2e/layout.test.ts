/**
 * Zoom, reflow and text spacing in real headless Chromium (WCAG 2.2 SC 1.4.4, 1.4.10, 1.4.12,
 * 2.4.11): a 1280×800 window at 200 % zoom is a 640×400 CSS-pixel viewport, and at 400 % a
 * 320×256 one. On the start screen and on an arrangement with assistants, shifts and a
 * violation, in every language: the page never scrolls sideways (only the rota grid scrolls,
 * inside its own container, as a data table may), no text or control is clipped, sticks out of
 * the page or overlaps another, every toolbar control reached by Tab is fully in view and not
 * covered, and so is the grid cell moved to by arrow keys. The same holds with the text spacing
 * of SC 1.4.12 forced on every element.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectErrors, launch } from "./browser.js";

const baseUrl = inject("baseUrl");

/** SC 1.4.12: what users may set without losing content or function. */
const textSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; }
  p, li, h1, h2, h3, label { margin-bottom: 2em !important; }
`;

/**
 * What is wrong with the layout of the page, in words; empty when nothing is. The rota grid
 * (the table) may be wider than the page: its container scrolls, the page does not.
 */
function layoutProblems(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    const name = (el: Element) => {
      const text = (el.textContent ?? "").trim().slice(0, 30);
      return `<${el.tagName.toLowerCase()}${el.className ? ` class="${String(el.className)}"` : ""}>${text ? ` "${text}"` : ""}`;
    };
    /** Not shown, or shown only to screen readers (or, off-screen, until focused). */
    const hidden = (el: Element) =>
      !!el.closest(".visually-hidden, .skip-link:not(:focus)") ||
      getComputedStyle(el).visibility === "hidden" ||
      el.getClientRects().length === 0;
    // data tables (the grid, a timesheet) keep their two-dimensional layout and scroll sideways
    // inside their own container (WCAG 1.4.10's exception for data tables)
    const inGrid = (el: Element) => !!el.closest("table[role=grid], .table-scroll table");

    if (root.scrollWidth > width)
      problems.push(`page scrolls sideways: ${root.scrollWidth} > ${width}`);

    const elements = Array.from(document.body.querySelectorAll("*")).filter((el) => !hidden(el));
    for (const el of elements) {
      if (inGrid(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.left < -0.5 || r.right > width + 0.5)) {
        problems.push(`${name(el)} sticks out of the page: ${r.left}–${r.right} of ${width}`);
      }
      const style = getComputedStyle(el);
      if (style.display.startsWith("inline") && style.display !== "inline-block") continue;
      // the grid's container scrolls, and so does the text in a text field
      const scrolls =
        el.classList.contains("grid-wrap") ||
        el.classList.contains("table-scroll") ||
        /^(input|textarea)$/i.test(el.tagName);
      if (!scrolls && el.scrollWidth > el.clientWidth + 1) {
        problems.push(
          `${name(el)} is too narrow for its content: ${el.scrollWidth} > ${el.clientWidth}`,
        );
      }
      const clips = style.overflowY !== "visible" || /^(input|select|button)$/i.test(el.tagName);
      if (clips && el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 0) {
        problems.push(`${name(el)} cuts off its content: ${el.scrollHeight} > ${el.clientHeight}`);
      }
    }

    // No two pieces of text or controls may overlap (outside the grid's own cells).
    type Box = { owner: Element; rect: DOMRect; what: string };
    const boxes: Box[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const owner = n.parentElement;
      if (!owner || !n.textContent?.trim() || hidden(owner) || inGrid(owner)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width > 0)
          boxes.push({ owner, rect, what: `text "${n.textContent.trim().slice(0, 30)}"` });
      }
    }
    for (const el of elements) {
      if (!/^(input|select|button|meter|textarea)$/i.test(el.tagName) || inGrid(el)) continue;
      boxes.push({ owner: el, rect: el.getBoundingClientRect(), what: name(el) });
    }
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as Box;
        const b = boxes[j] as Box;
        if (a.owner === b.owner || a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue;
        if (overlap(a.rect, b.rect)) problems.push(`${a.what} overlaps ${b.what}`);
      }
    }
    return problems;
  });
}

/** Where the focused element is not fully in view, or is covered by something else. */
function focusProblems(p: Page): Promise<string | undefined> {
  return p.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "nothing has focus";
    const r = el.getBoundingClientRect();
    const what = `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    const root = document.documentElement;
    if (
      r.top < -0.5 ||
      r.left < -0.5 ||
      r.bottom > root.clientHeight + 0.5 ||
      r.right > root.clientWidth + 0.5
    ) {
      return `${what} is not fully in view: ${r.left},${r.top}–${r.right},${r.bottom}`;
    }
    // inside a scrolling container (the grid's), it must be in the visible part of it too
    for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.overflowX === "visible" && style.overflowY === "visible") continue;
      const b = box.getBoundingClientRect();
      const inner = {
        left: b.left + box.clientLeft,
        top: b.top + box.clientTop,
        right: b.left + box.clientLeft + box.clientWidth,
        bottom: b.top + box.clientTop + box.clientHeight,
      };
      if (
        r.left < inner.left - 0.5 ||
        r.right > inner.right + 0.5 ||
        r.top < inner.top - 0.5 ||
        r.bottom > inner.bottom + 0.5
      ) {
        return `${what} is scrolled out of its container`;
      }
    }
    for (const [x, y] of [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2],
      [r.right - 2, r.bottom - 2],
    ] as const) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(el === hit || el.contains(hit))) {
        return `${what} is covered at ${x},${y} by ${hit?.tagName ?? "nothing"}`;
      }
    }
    return undefined;
  });
}

const cell = (p: Page, row: number, col: number) =>
  p.locator(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);

/** Moves to a grid cell by keyboard from the first one. */
async function goToCell(p: Page, row: number, col: number): Promise<void> {
  await p.locator('[role="gridcell"][tabindex="0"]').focus();
  await p.keyboard.press("Control+Home");
  for (let i = 0; i < row; i++) await p.keyboard.press("ArrowDown");
  for (let i = 0; i < col; i++) await p.keyboard.press("ArrowRight");
}

/** Chooses the interface language in the header. */
async function chooseLang(p: Page, lang: "da" | "nb" | "en"): Promise<void> {
  await p.locator("header select").selectOption(lang);
  await expect.poll(() => p.evaluate(() => document.documentElement.lang)).toBe(lang);
}

/** The layout problems in each language, ending in English. */
async function problemsInEveryLanguage(p: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const lang of ["da", "nb", "en"] as const) {
    await chooseLang(p, lang);
    found[lang] = await layoutProblems(p);
  }
  return found;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const zooms = [
  { zoom: "200 %", viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  { zoom: "400 % (320 CSS px)", viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 },
];

describe.each(zooms)("a 1280×800 window at $zoom", ({ viewport, deviceScaleFactor }) => {
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    const context = await browser.newContext({ locale: "en-GB", viewport, deviceScaleFactor });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    errors = collectErrors(page);
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it("reflows the start screen in every language", async () => {
    await page.goto(baseUrl);
    await page.getByRole("heading", { name: "Your arrangements" }).waitFor();
    expect(await problemsInEveryLanguage(page)).toEqual({ da: [], nb: [], en: [] });
  });

  it("reflows an arrangement with assistants, shifts and a violation in every language", async () => {
    await page.getByLabel("Name").fill("Mette Kristensen's arrangement");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Mette Kristensen's arrangement" }).waitFor();
    for (const who of ["Anna Sofie Christiansen", "Bo", "Carla"]) {
      await page.getByLabel("Name", { exact: true }).fill(who);
      await page.keyboard.press("Enter");
      await page.getByRole("columnheader", { name: who }).waitFor();
    }
    await goToCell(page, 0, 0);
    await page.keyboard.type("15-23");
    await page.keyboard.press("Enter");
    await page.keyboard.type("7-15"); // 8 hours of rest: a daily-rest violation
    await page.keyboard.press("Enter");
    await goToCell(page, 2, 2);
    await page.keyboard.type("22-7 r");
    await page.keyboard.press("Enter");
    await expect.poll(() => cell(page, 0, 0).getAttribute("class")).toContain("has-error");
    await expect.poll(() => cell(page, 2, 2).textContent()).toContain("22–07");
    expect(await problemsInEveryLanguage(page)).toEqual({ da: [], nb: [], en: [] });
  });

  it("shows every toolbar control fully, uncovered, when Tab reaches it", async () => {
    await page.getByRole("link", { name: "All arrangements" }).focus();
    const toolbar = page.getByRole("toolbar");
    const controls = await toolbar.locator("select, button").count();
    expect(controls).toBeGreaterThan(5);
    const seen: string[] = [];
    for (let i = 0; i < controls; i++) {
      await page.keyboard.press("Tab");
      expect(await toolbar.evaluate((t) => t.contains(document.activeElement))).toBe(true);
      seen.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
      await expect.poll(() => focusProblems(page), { message: seen.at(-1) ?? "" }).toBeUndefined();
    }
    expect(new Set(seen).size).toBe(controls);
  });

  // The app scrolls the focused element into view before the next frame (not in the focus
  // event), so each check waits for that frame.
  it("keeps the focused grid cell in view, also while it is edited", async () => {
    await goToCell(page, 6, 2); // Sunday, the last assistant: the far corner
    await expect.poll(() => focusProblems(page)).toBeUndefined();
    await page.keyboard.press("Control+Home");
    await expect.poll(() => focusProblems(page)).toBeUndefined();
    await page.keyboard.press("Control+End");
    await expect.poll(() => focusProblems(page)).toBeUndefined();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("INPUT");
    await expect.poll(() => focusProblems(page)).toBeUndefined();
    await page.keyboard.type("7-99");
    await page.keyboard.press("Enter");
    await page.getByRole("alert").waitFor();
    await expect.poll(() => focusProblems(page)).toBeUndefined();
    await page.keyboard.press("Escape");
    expect(await layoutProblems(page)).toEqual([]);
    // Focus coming back to the same cell (with the window) leaves the grid where it was scrolled.
    const scrolled = await page.evaluate(() => {
      const wrap = document.querySelector(".grid-wrap") as HTMLElement;
      wrap.scrollLeft = 0;
      document.activeElement?.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
      return wrap.scrollLeft;
    });
    expect(scrolled).toBe(0);
  });

  it("reflows what opens on the arrangement screen: disclosures and the year overview", async () => {
    const closed = page.locator('button[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
    const opened = await layoutProblems(page);
    const view = page.getByRole("toolbar").locator("select");
    await view.selectOption("year");
    await page.locator(".year-overview").waitFor();
    const year = await layoutProblems(page);
    await view.selectOption("week");
    await page.locator("table.rota-grid").waitFor();
    expect({ opened, year }).toEqual({ opened: [], year: [] });
  });

  it("loses no content with the text spacing of SC 1.4.12", async () => {
    await page.addStyleTag({ content: textSpacing });
    expect(await problemsInEveryLanguage(page)).toEqual({ da: [], nb: [], en: [] });
    await page.goto(`${baseUrl}#/`);
    await page.getByRole("heading", { name: "Your arrangements" }).waitFor();
    await page.addStyleTag({ content: textSpacing });
    expect(await layoutProblems(page), "start screen").toEqual([]);
  });

  it("threw no errors in the page", () => {
    expect(errors).toEqual([]);
  });
});
