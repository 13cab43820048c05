/**
 * The built extension in a real Chromium, for the browser tests and the fill benchmark: builds
 * extension/ with the given planner and portal origins into a temp folder, launches Debian's
 * Chromium with it loaded (headless, persistent profile) and finds its service worker.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Worker } from "playwright-core";
import { build } from "vite";
import { chromiumArgs, chromiumPath } from "./browser.js";

/** A Chromium with the extension loaded. */
export interface LoadedExtension {
  context: BrowserContext;
  /** The extension's service worker (for reading its storage). */
  sw: Worker;
  id: string;
  /** Closes the browser and removes the build and profile. */
  close(): Promise<void>;
}

/** What the extension is built for. */
export interface ExtensionBuild {
  plannerOrigin: string;
  portalOrigins?: readonly string[];
}

/** Builds the extension for `options` into `dir`/extension (the zip beside it); that folder. */
export async function buildExtension(options: ExtensionBuild, dir: string): Promise<string> {
  const extDir = path.join(dir, "extension");
  const saved = { ...process.env };
  process.env.TURNUS_PLANNER_ORIGIN = options.plannerOrigin;
  process.env.TURNUS_PORTAL_ORIGINS = (options.portalOrigins ?? []).join(",");
  process.env.TURNUS_EXTENSION_OUT = extDir;
  try {
    await build({ configFile: "extension/vite.config.ts", logLevel: "warn" });
  } finally {
    process.env = saved;
  }
  return extDir;
}

/** Builds the extension for `plannerOrigin` (and `portalOrigins`) and loads it in Chromium. */
export async function loadExtension(options: ExtensionBuild): Promise<LoadedExtension> {
  const temp = mkdtempSync(path.join(tmpdir(), "turnus-ext-"));
  const extDir = await buildExtension(options, temp);
  const context = await chromium.launchPersistentContext(path.join(temp, "profile"), {
    executablePath: chromiumPath,
    headless: true,
    bypassCSP: true, // axe is injected as an inline script, which extension pages forbid
    args: [...chromiumArgs, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  return {
    context,
    sw,
    id: new URL(sw.url()).host,
    async close() {
      await context.close();
      rmSync(temp, { recursive: true, force: true });
    },
  };
}
