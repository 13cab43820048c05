/**
 * Test harness for the form filler: serves test/fixtures/portals on 127.0.0.1, bundles
 * extension/src/fill/index.ts with esbuild into a global `TurnusFill`, and builds a 31-row
 * March 2026 payload by hand.
 */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Frame, Page } from "playwright-core";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const portals = join(repo, "test/fixtures/portals");

/** A static server for the fixture portals on a random port; `close` stops it. */
export async function servePortals(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (req.method !== "GET" || path.includes("..")) {
      res.writeHead(405).end(); // the portals never reach the server with a form post
      return;
    }
    readFile(join(portals, path)).then(
      (body) => {
        const type = extname(path) === ".html" ? "text/html; charset=utf-8" : "text/plain";
        res.writeHead(200, { "content-type": type }).end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The filler bundled as an IIFE that sets `window.TurnusFill`. */
export async function bundleFiller(): Promise<string> {
  const out = await build({
    entryPoints: [join(repo, "extension/src/fill/index.ts")],
    bundle: true,
    format: "iife",
    globalName: "TurnusFill",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}

/** A payload row, shaped like core's TimesheetRow as far as the filler reads it. */
export interface Row {
  date: string;
  start: string;
  end: string;
  hours: number;
  kind: "work" | "oncall";
  categories: {
    evening?: number | undefined;
    night?: number | undefined;
    oncall?: number | undefined;
  };
}

/** 31 rows, one per day of March 2026: early, late and on-call shifts, quarter hours. */
export function march(): Row[] {
  return Array.from({ length: 31 }, (_, i) => {
    const d = i + 1;
    const date = `2026-03-${String(d).padStart(2, "0")}`;
    if (d % 5 === 0)
      return {
        date,
        start: "23:00",
        end: "24:00",
        hours: 1,
        kind: "oncall",
        categories: { night: 1, oncall: 1 },
      };
    if (d % 3 === 0)
      return { date, start: "08:00", end: "15:15", hours: 7.25, kind: "work", categories: {} };
    if (d % 2 === 0)
      return {
        date,
        start: "15:00",
        end: "23:00",
        hours: 8,
        kind: "work",
        categories: { evening: 6, night: 0 },
      };
    return { date, start: "07:00", end: "15:30", hours: 8.5, kind: "work", categories: {} };
  });
}

/** The report's shape as the tests read it. */
export interface Report {
  filled: { row: number; field: string; previous: string; written: string; read: string }[];
  changed: { row: number; field: string; written: string; read: string }[];
  failed: { row: number; field: string; reason: string }[];
  rowsAdded: number;
  skippedFrames: number;
}

/**
 * Injects the filler into `target` (a page or frame) and fills `rows`, with `profile` if
 * given; returns the report and the milliseconds the fill took in the page.
 */
export async function fill(
  target: Page | Frame,
  bundle: string,
  rows: readonly Row[],
  profile?: unknown,
): Promise<{ report: Report; ms: number }> {
  await target.addScriptTag({ content: bundle });
  return target.evaluate(
    async ({ rows, profile }) => {
      const api = (
        window as unknown as { TurnusFill: Record<string, (...a: unknown[]) => unknown> }
      ).TurnusFill;
      const options = profile === undefined ? {} : { profile: api.parseProfile!(profile) };
      const t0 = performance.now();
      const report = (await api.fillTimesheet!(document, rows, options)) as Report;
      return { report, ms: performance.now() - t0 };
    },
    { rows, profile },
  );
}

/** `YYYY-MM-DD` as `dd<sep>mm<sep>yyyy`. */
export const dmy = (iso: string, sep: string) => iso.split("-").reverse().join(sep);
/** Hours with a decimal comma. */
export const comma = (h: number) => String(h).replace(".", ",");
