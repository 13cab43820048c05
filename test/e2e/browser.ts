/** Launching Debian's Chromium headless through playwright-core (no browser downloads here). */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";

/** The Chromium binary: `CHROMIUM_PATH`, else Debian's. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that keep Chromium quiet on a machine without internet. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A headless Chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** Runs axe-core inside the page and lists its violations as `id: help (count)`. */
export async function axe(p: Page): Promise<string[]> {
  await p.addScriptTag({ content: axeSource });
  return p.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
        ) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>;
      };
    };
    const r = await w.axe.run(document);
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  });
}

/** Collects errors thrown or logged in a page (a test asserts there are none). */
export function collectErrors(p: Page): string[] {
  const errors: string[] = [];
  p.on("pageerror", (e) => errors.push(e.message));
  p.on("console", (m) => {
    // "Failed to load resource" does not say which: add the address
    if (m.type() === "error") errors.push(`${m.text()} ${m.location().url ?? ""}`.trim());
  });
  return errors;
}

/**
 * Creates an arrangement on the start screen at `baseUrl` and adds its assistants, by keyboard
 * only (focus a field, type, Enter), waiting for each to show.
 */
export async function createByKeyboard(
  p: Page,
  baseUrl: string,
  name: string,
  assistants: readonly string[],
): Promise<void> {
  await p.goto(baseUrl);
  await p.getByLabel("Name").focus();
  await p.keyboard.type(name);
  await p.keyboard.press("Enter");
  await p.getByRole("heading", { name }).waitFor();
  for (const who of assistants) {
    await p.getByLabel("Name").focus();
    await p.keyboard.type(who);
    await p.keyboard.press("Enter");
    await p.getByRole("columnheader", { name: who }).waitFor();
  }
}

/** The grid cell at `row` (a day) and `col` (an assistant). */
export const cellAt = (p: Page, row: number, col: number) =>
  p.locator(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);

/** Types `text` into a grid cell (row = day from the first shown, col = assistant) by keyboard. */
export async function typeInCell(p: Page, row: number, col: number, text: string): Promise<void> {
  await p.locator('[role="gridcell"][tabindex="0"]').focus();
  await p.keyboard.press("Control+Home");
  for (let i = 0; i < row; i++) await p.keyboard.press("ArrowDown");
  for (let i = 0; i < col; i++) await p.keyboard.press("ArrowRight");
  await p.keyboard.type(text);
  await p.keyboard.press("Enter");
}
