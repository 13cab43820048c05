/**
 * A new version, deployed while the planner is in use, is offered and taken without losing
 * anything, in real headless Chromium with the real service worker. Two builds (A and B, told
 * apart by VITE_TURNUS_BUILD, shown in the footer) are served in turn by a small static server
 * of this test's own (the global setup's build and server are left alone):
 *
 * 1. build A is served, loaded, and its service worker takes control of the page;
 * 2. build B is deployed; the tab coming back into view makes the app look for it, and the
 *    banner appears in the status region that was already there, so screen readers announce it;
 * 3. its button, reached by Tab, activates B: B's service worker controls the page (B shows
 *    even offline) and the arrangement made under A is still there; back online, the app
 *    looks for a newer version again;
 * 4. build A is deployed again (a rollback): a page load finds it and offers it the same way;
 * 5. build B again, while the tab just stays open: the hourly look finds it (the page's clock
 *    is Playwright's, moved on by an hour).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, collectErrors, launch } from "./browser.js";

const configFile = fileURLToPath(new URL("../../vite.config.ts", import.meta.url));

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".json": "application/json",
};

/** Builds the planner into `outDir` as build `id`. */
async function buildAs(outDir: string, id: string): Promise<void> {
  await build({
    configFile,
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
    define: { "import.meta.env.VITE_TURNUS_BUILD": JSON.stringify(id) },
  });
}

let work: string;
/** The folder being served: the version deployed right now. */
let deployed: string;
let server: Server;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[] = [];

/** A static server of whatever `deployed` holds, never cached by HTTP. */
function serve(): Promise<Server> {
  const s = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const file = resolve(deployed, `.${path === "/" ? "/index.html" : decodeURIComponent(path)}`);
    if (relative(deployed, file).startsWith("..")) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = types[extname(file)] ?? "application/octet-stream";
        res.writeHead(200, { "content-type": type, "cache-control": "no-cache" }).end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((done) => s.listen(0, "127.0.0.1", () => done(s)));
}

const updateChecks = () =>
  page.evaluate(() => (window as unknown as { updateChecks: number }).updateChecks);
const buildShown = () => page.locator("footer .build-id").textContent();
const status = () => page.locator(".update-status[role=status]");

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "turnus-pwa-update-"));
  await buildAs(join(work, "a"), "A");
  await buildAs(join(work, "b"), "B");
  deployed = join(work, "a");
  server = await serve();
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no server address");
  url = `http://127.0.0.1:${address.port}/`;
  browser = await launch();
  context = await browser.newContext({ locale: "en-GB" });
  await context.clock.install(); // runs in real time until the last step moves it on
  // Counts the app's own update checks: Chromium checks by itself too after each page load,
  // so the banner alone would not show that the app looked.
  await context.addInitScript(() => {
    const proto = ServiceWorkerRegistration.prototype;
    const update = Object.getOwnPropertyDescriptor(proto, "update")?.value as (
      this: ServiceWorkerRegistration,
    ) => Promise<ServiceWorkerRegistration>;
    const w = window as unknown as { updateChecks: number };
    w.updateChecks = 0;
    proto.update = function (this: ServiceWorkerRegistration) {
      w.updateChecks++;
      return update.call(this);
    };
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  errors = collectErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (work) await rm(work, { recursive: true, force: true });
});

describe("a new version", () => {
  it("serves build A, whose service worker takes control", async () => {
    await page.goto(url);
    await page.getByLabel("Name").fill("Made under A");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Made under A" }).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.goto(`${url}#/`);
    await page.reload(); // controlled from this load on
    await page.getByRole("link", { name: "Made under A" }).waitFor();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    expect(await buildShown()).toBe("A");
    expect(await status().textContent()).toBe("");
  });

  it("is offered in an announced banner when the tab comes back into view", async () => {
    // the status region present before the banner, and this very document, are kept
    await status().evaluate((el) => {
      (window as unknown as { statusBefore: Element }).statusBefore = el;
    });
    deployed = join(work, "b");
    const checks = await updateChecks();
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    expect(await updateChecks()).toBe(checks + 1);
    await status().getByText("A new version is ready.").waitFor();
    expect(
      await status().evaluate(
        (el) => (window as unknown as { statusBefore?: Element }).statusBefore === el,
      ),
    ).toBe(true);
    expect(await buildShown()).toBe("A"); // nothing is forced on the user
    expect(await axe(page)).toEqual([]); // the banner and the footer too
    // the banner reflows at 400 % zoom too
    await page.setViewportSize({ width: 320, height: 256 });
    expect(
      await page.evaluate(() => {
        const banner = document.querySelector(".banner") as HTMLElement;
        const root = document.documentElement;
        return [banner.scrollWidth <= banner.clientWidth, root.scrollWidth <= root.clientWidth];
      }),
    ).toEqual([true, true]);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it("is taken by keyboard from the banner, keeping the data", async () => {
    await page.getByLabel("Language").focus();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({
      name: document.activeElement?.textContent,
      inStatus: !!document.activeElement?.closest("[role=status]"),
    }));
    expect(focused).toEqual({ name: "Reload", inStatus: true });
    await page.keyboard.press("Enter");
    await expect.poll(buildShown, { timeout: 15_000 }).toBe("B");
    await page.getByRole("link", { name: "Made under A" }).waitFor();
    expect(await status().textContent()).toBe("");
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        controlled: navigator.serviceWorker.controller?.state,
        waiting: registration?.waiting ?? null,
      };
    });
    expect(worker).toEqual({ controlled: "activated", waiting: null });
    // B's service worker serves B: offline, the page still comes from its cache
    await context.setOffline(true);
    await page.reload();
    await page.getByRole("link", { name: "Made under A" }).waitFor();
    expect(await buildShown()).toBe("B");
    // back online, the app looks for a newer version at once
    const checks = await updateChecks();
    await context.setOffline(false);
    await expect.poll(updateChecks).toBe(checks + 1);
  });

  it("is offered after a page load too (a rollback to A)", async () => {
    deployed = join(work, "a");
    await page.reload();
    await status().getByRole("button", { name: "Reload" }).click();
    await expect.poll(buildShown, { timeout: 15_000 }).toBe("A");
    await page.getByRole("link", { name: "Made under A" }).waitFor();
  });

  it("is looked for every hour while the tab stays open", async () => {
    deployed = join(work, "b");
    const checks = await updateChecks();
    await page.clock.fastForward("59:00");
    expect(await updateChecks()).toBe(checks);
    await page.clock.fastForward("01:00");
    expect(await updateChecks()).toBe(checks + 1);
    await status().getByRole("button", { name: "Reload" }).click();
    await expect.poll(buildShown, { timeout: 15_000 }).toBe("B");
  });

  it("threw no errors in the page", () => {
    expect(errors).toEqual([]);
  });
});
