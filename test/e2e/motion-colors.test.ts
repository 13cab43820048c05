/**
 * Motion and forced colours in real headless Chromium. The planner moves nothing: no element
 * animates or transitions, with or without `prefers-reduced-motion` (WCAG 2.2 SC 2.3.3), and
 * when reduced motion is asked for, a safety net stops any animation or transition that a
 * future style might bring, pseudo-elements and smooth scrolling included. In forced colours
 * (Windows high contrast) the focus outline and the violation flags stay visible: they never
 * depend on a background colour or a box shadow, which forced colours remove.
 */
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectErrors, launch } from "./browser.js";

const baseUrl = inject("baseUrl");

/** Everything in the page that moves or would move: running animations, non-zero durations. */
function motion(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const found = document
      .getAnimations()
      .map(
        (a) =>
          `animation ${a.constructor.name} on ${String((a.effect as KeyframeEffect | null)?.target?.nodeName)}`,
      );
    const moving = (d: string) => d.split(",").some((s) => parseFloat(s) > 0);
    for (const el of [document.documentElement, ...Array.from(document.querySelectorAll("*"))]) {
      for (const pseudo of [null, "::before", "::after", "::marker"]) {
        const s = getComputedStyle(el, pseudo);
        const what = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className)}` : ""}${pseudo ?? ""}`;
        if (moving(s.transitionDuration) || moving(s.transitionDelay)) {
          found.push(`${what} transitions ${s.transitionProperty} for ${s.transitionDuration}`);
        }
        if (s.animationName !== "none" || moving(s.animationDuration)) {
          found.push(`${what} animates ${s.animationName} for ${s.animationDuration}`);
        }
      }
      if (getComputedStyle(el).scrollBehavior === "smooth") {
        found.push(`${el.tagName.toLowerCase()} scrolls smoothly`);
      }
    }
    return found;
  });
}

/**
 * Styles a later change might bring: transitions and animations on elements, pseudo-elements
 * and smooth scrolling. Reduced motion must stop all of them.
 */
const movingStyles = `
  @keyframes turnus-test-spin { to { transform: rotate(1turn); } }
  html { scroll-behavior: smooth; }
  button, td, a { transition: background-color 2s, outline-offset 1s 0.5s; }
  button::after { content: ""; display: inline-block; width: 4px; height: 4px;
    animation: turnus-test-spin 1s linear infinite; transition: opacity 1s; }
  h2::before { content: ""; animation: turnus-test-spin 2s infinite; }
  .cell:focus { animation: turnus-test-spin 1s infinite; }
`;

const cell = (p: Page, row: number, col: number) =>
  p.locator(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);

/** Moves to a grid cell by keyboard from the first one. */
async function goToCell(p: Page, row: number, col: number): Promise<void> {
  await p.locator('[role="gridcell"][tabindex="0"]').focus();
  await p.keyboard.press("Control+Home");
  for (let i = 0; i < row; i++) await p.keyboard.press("ArrowDown");
  for (let i = 0; i < col; i++) await p.keyboard.press("ArrowRight");
}

/**
 * Opens a new arrangement with two assistants and a daily-rest violation on Monday and
 * Tuesday of the first assistant, calling `check` on each state along the way: the start
 * screen, the arrangement, a focused and a hovered control, a cell being edited, a typing
 * mistake, a flagged cell and a selected range.
 */
async function walkThrough(p: Page, name: string, check: (state: string) => Promise<void>) {
  await p.goto(baseUrl);
  await p.getByRole("heading", { name: "Your arrangements" }).waitFor();
  await check("start screen");
  await p.getByLabel("Name").fill(name);
  await p.keyboard.press("Enter");
  await p.getByRole("heading", { name }).waitFor();
  for (const who of ["Anna", "Bo"]) {
    await p.getByLabel("Name", { exact: true }).fill(who);
    await p.keyboard.press("Enter");
    await p.getByRole("columnheader", { name: who }).waitFor();
  }
  await check("arrangement");
  await p.getByRole("button", { name: "Next" }).hover();
  await p.getByRole("button", { name: "Previous" }).focus();
  await check("a hovered and a focused button");
  await goToCell(p, 0, 0);
  await p.keyboard.type("15-23");
  await check("a cell being edited");
  await p.keyboard.press("Enter");
  await p.keyboard.type("7-99");
  await p.keyboard.press("Enter");
  await p.getByRole("alert").waitFor();
  await check("a typing mistake");
  await p.keyboard.press("Control+a");
  await p.keyboard.type("7-15");
  await p.keyboard.press("Enter");
  await expect.poll(() => cell(p, 0, 0).getAttribute("class")).toContain("has-error");
  await cell(p, 0, 0).hover();
  await check("a flagged cell");
  await goToCell(p, 0, 0);
  await p.keyboard.press("Shift+ArrowDown");
  await p.keyboard.press("Shift+ArrowRight");
  await check("a selected range");
}

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** A page in a new context with `options`, closed after the suite. */
function pageWith(options: BrowserContextOptions) {
  const state: { page: Page; errors: string[] } = { page: undefined as never, errors: [] };
  beforeAll(async () => {
    const context = await browser.newContext({ locale: "en-GB", ...options });
    state.page = await context.newPage();
    state.page.setDefaultTimeout(10_000);
    state.errors = collectErrors(state.page);
  });
  afterAll(async () => {
    await state.page?.context().close();
  });
  return state;
}

describe("motion", () => {
  const normal = pageWith({ reducedMotion: "no-preference" });

  it("moves nothing, even when reduced motion is not asked for", async () => {
    const found: Record<string, string[]> = {};
    await walkThrough(normal.page, "Motion", async (state) => {
      found[state] = await motion(normal.page);
    });
    expect(Object.values(found).flat()).toEqual([]);
    expect(Object.keys(found)).toHaveLength(7);
  });

  it("stops any animation and transition when reduced motion is asked for", async () => {
    const { page } = normal;
    await page.addStyleTag({ content: movingStyles });
    await goToCell(page, 1, 1);
    expect((await motion(page)).length).toBeGreaterThan(0); // the styles do move things
    await page.emulateMedia({ reducedMotion: "reduce" });
    await goToCell(page, 1, 1);
    await page.getByRole("button", { name: "Next" }).hover();
    expect(await motion(page)).toEqual([]);
  });

  it("threw no errors in the page", () => {
    expect(normal.errors).toEqual([]);
  });
});

describe("reduced motion", () => {
  const reduced = pageWith({ reducedMotion: "reduce" });

  it("moves nothing anywhere in the app", async () => {
    const found: Record<string, string[]> = {};
    await walkThrough(reduced.page, "Reduced motion", async (state) => {
      found[state] = await motion(reduced.page);
    });
    expect(Object.values(found).flat()).toEqual([]);
    expect(Object.keys(found)).toHaveLength(7);
  });

  it("threw no errors in the page", () => {
    expect(reduced.errors).toEqual([]);
  });
});

/** The focus outline of the focused element, and the colours it must stand out from. */
function focusRing(p: Page) {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    let bg = "rgba(0, 0, 0, 0)";
    for (
      let e: Element | null = el;
      e && /rgba\(.*, 0\)|transparent/.test(bg);
      e = e.parentElement
    ) {
      bg = getComputedStyle(e).backgroundColor;
    }
    return {
      tag: el.tagName,
      style: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      color: s.outlineColor,
      background: bg,
    };
  });
}

describe("forced colours (Windows high contrast)", () => {
  const forced = pageWith({ forcedColors: "active" });

  it("uses forced colours", async () => {
    await walkThrough(forced.page, "Forced colours", () => Promise.resolve());
    expect(await forced.page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(
      true,
    );
  });

  it("keeps the focus outline visible on controls and grid cells", async () => {
    const { page } = forced;
    await page.getByRole("button", { name: "Previous" }).focus();
    await page.keyboard.press("Tab");
    const button = await focusRing(page);
    await goToCell(page, 2, 1);
    const gridCell = await focusRing(page);
    await goToCell(page, 0, 0); // flagged
    const flagged = await focusRing(page);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("INPUT");
    const editor = await focusRing(page);
    await page.keyboard.press("Escape");
    for (const ring of [button, gridCell, flagged, editor]) {
      expect(ring.style, ring.tag).not.toBe("none");
      expect(ring.width, ring.tag).toBeGreaterThanOrEqual(2);
      expect(ring.color, ring.tag).not.toBe(ring.background);
    }
  });

  it("keeps the violation flags visible as text, in a colour of its own", async () => {
    const { page } = forced;
    const flag = await cell(page, 0, 0).evaluate((td) => {
      const symbol = td.querySelector(".flag") as HTMLElement;
      const r = symbol.getBoundingClientRect();
      return {
        text: symbol.textContent?.trim(),
        visible: r.width > 0 && r.height > 0 && getComputedStyle(symbol).visibility === "visible",
        color: getComputedStyle(symbol).color,
        background: getComputedStyle(td).backgroundColor,
        outline: getComputedStyle(td).outlineStyle,
      };
    });
    expect(flag.text).toBe("⛔");
    expect(flag.visible).toBe(true);
    expect(flag.color).not.toBe(flag.background);
  });

  it("threw no errors in the page", () => {
    expect(forced.errors).toEqual([]);
  });
});
