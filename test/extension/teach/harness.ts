/**
 * Test harness for teach mode: the teach code and the filler bundled together with esbuild into
 * a global `TurnusTeach`, a page opened on a fixture portal with it, and axe-core run on the
 * panel only (its open shadow root included).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { comma, dmy, type Row } from "../fill/harness.js";

const repo = fileURLToPath(new URL("../../../", import.meta.url));

/** Teach mode and the filler as an IIFE that sets `window.TurnusTeach`. */
export async function bundleTeach(): Promise<string> {
  const out = await build({
    stdin: {
      contents: [
        'export { deriveProfile, startTeach } from "./extension/src/teach/index.ts";',
        'export { fieldOf, fillTimesheet, parseProfile } from "./extension/src/fill/index.ts";',
      ].join("\n"),
      resolveDir: repo,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    globalName: "TurnusTeach",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}

/** The bundle's API as the pages see it (the tests run inside `page.evaluate`). */
export type TeachApi = Record<string, (...args: unknown[]) => unknown>;

/** Opens `url` in a new page with the bundle loaded; page errors are collected in `errors`. */
export async function openWith(
  browser: Browser,
  url: string,
  bundle: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.addScriptTag({ content: bundle });
  return { page, errors };
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** axe-core's violations (`id: help (count)`) within the elements `selector` finds. */
export async function axeOn(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (selector) => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: { include: string[][] },
          options: { resultTypes: string[] },
        ) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>;
      };
    };
    const r = await w.axe.run({ include: [[selector]] }, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  }, selector);
}

/** Expects the unlabelled fixture to hold March in rows r0 … r30. */
export async function expectUnlabelledMarch(page: Page, rows: readonly Row[]): Promise<void> {
  const col = (c: number) =>
    page.$$eval(`tbody [name$="c${c}"]`, (els) => els.map((e) => (e as HTMLInputElement).value));
  const hours = (h: number | undefined) => (h ? comma(h) : "");
  expect(await col(0)).toEqual(rows.map((r) => dmy(r.date, ".")));
  expect(await col(1)).toEqual(rows.map((r) => r.start));
  expect(await col(2)).toEqual(rows.map((r) => r.end));
  expect(await col(3)).toEqual(rows.map((r) => comma(r.hours)));
  expect(await col(4)).toEqual(rows.map((r) => hours(r.categories.evening)));
  expect(await col(5)).toEqual(rows.map((r) => hours(r.categories.night)));
  expect(await col(6)).toEqual(rows.map((r) => (r.kind === "work" ? "1" : "2")));
  expect(await col(7)).toEqual(rows.map(() => ""));
  expect(await page.$eval("[name=f1]", (e) => [(e as HTMLInputElement).value])).toEqual([""]);
  expect(await page.textContent("#log")).toBe("");
}
