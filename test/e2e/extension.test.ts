// The companion extension in a real Chromium: built for the e2e server's origin, loaded
// unpacked; the planner page sends it a timesheet, other origins cannot, the popup shows it.
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ExtensionResponse } from "../../core/src/protocol/index.js";
import { sheet } from "../extension/sheet.js";
import { axe, chromiumArgs, chromiumPath, createByKeyboard, launch } from "./browser.js";

const baseUrl = inject("baseUrl");
const temp = mkdtempSync(path.join(tmpdir(), "turnus-ext-"));
const extDir = path.join(temp, "extension");
let context: BrowserContext;
let sw: Worker;
let extensionId: string;
let other: Server;
let otherUrl: string;

/** Sends `message` to the extension from `page`: its answer, or "no chrome.runtime". */
const send = (page: Page, message: unknown): Promise<ExtensionResponse | "no chrome.runtime"> =>
  page.evaluate(
    async ([id, m]) => {
      const w = window as unknown as {
        chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } };
      };
      const sendMessage = w.chrome?.runtime?.sendMessage;
      if (sendMessage === undefined) return "no chrome.runtime" as const;
      return (await sendMessage(id, m)) as ExtensionResponse;
    },
    [extensionId, message] as const,
  );

/** What the extension holds in chrome.storage.session. */
const stored = (): Promise<unknown> =>
  sw.evaluate("chrome.storage.session.get('timesheet').then((r) => r.timesheet ?? null)");

beforeAll(async () => {
  const saved = { ...process.env };
  process.env.TURNUS_PLANNER_ORIGIN = new URL(baseUrl).origin;
  process.env.TURNUS_EXTENSION_OUT = extDir;
  try {
    await build({ configFile: "extension/vite.config.ts", logLevel: "warn" });
  } finally {
    process.env = saved;
  }
  other = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<!doctype html><title>Elsewhere</title><p>Another site</p>");
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  const address = other.address();
  otherUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  context = await chromium.launchPersistentContext(path.join(temp, "profile"), {
    executablePath: chromiumPath,
    headless: true,
    bypassCSP: true, // axe is injected as an inline script, which the popup's CSP forbids
    args: [...chromiumArgs, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  sw = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  extensionId = new URL(sw.url()).host;
});

afterAll(async () => {
  await context?.close();
  await new Promise<void>((resolve) => (other ? other.close(() => resolve()) : resolve()));
  rmSync(temp, { recursive: true, force: true });
});

describe("the companion extension", () => {
  it("holds a valid timesheet sent from the planner's page", async () => {
    const page = await context.newPage();
    await page.goto(baseUrl);
    expect(await send(page, { type: "timesheet", version: 1, payload: sheet })).toEqual({
      ok: true,
    });
    expect(await stored()).toEqual(sheet);
    await page.close();
  });

  it("refuses a bad payload, naming the field, and keeps what it held", async () => {
    const page = await context.newPage();
    await page.goto(baseUrl);
    const bad = { ...sheet, month: "March" };
    expect(await send(page, { type: "timesheet", version: 1, payload: bad })).toEqual({
      ok: false,
      error: "payload.month: must be a month YYYY-MM",
    });
    expect(await stored()).toEqual(sheet);
    await page.close();
  });

  it("cannot be reached from another origin", async () => {
    const page = await context.newPage();
    await page.goto(otherUrl);
    // the manifest lets only the planner's origin see the extension at all
    expect(await send(page, { type: "clear", version: 1 })).toBe("no chrome.runtime");
    expect(await stored()).toEqual(sheet);
    await page.close();
  });

  it("tells the planner's page its id (content script, same origin only)", async () => {
    const page = await context.newPage();
    await page.goto(baseUrl);
    const id = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          window.addEventListener("message", (e: MessageEvent<{ type?: string; id?: string }>) => {
            if (e.data.type === "turnus-extension" && e.data.id) resolve(e.data.id);
          });
          window.postMessage({ type: "turnus-extension-ping" }, location.origin);
        }),
    );
    expect(id).toBe(extensionId);
    await page.close();
  });

  it("is what the planner's Send button sends to, announcing the outcome", async () => {
    const page = await context.newPage();
    await createByKeyboard(page, baseUrl, "Extension", ["Bo"]);
    await page.getByRole("button", { name: "Timesheets" }).click();
    await page.getByRole("button", { name: "Send to the browser extension" }).press("Enter");
    await expect
      .poll(() => page.locator("#live").textContent())
      .toContain("Sent to the extension.");
    expect(await stored()).toMatchObject({ assistantName: "Bo", rows: [] });
    await page.close();
  });

  it("is missed, in words, by a browser without it", async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await createByKeyboard(page, baseUrl, "No extension", ["Bo"]);
      await page.getByRole("button", { name: "Timesheets" }).click();
      await page.getByRole("button", { name: "Send to the browser extension" }).press("Enter");
      await expect
        .poll(() => page.locator("#live").textContent())
        .toContain("The Turnus browser extension is not installed in this browser.");
    } finally {
      await browser.close();
    }
  });

  it("shows what is waiting in the popup, accessibly, and Clear empties it", async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await page.getByText("Bo", { exact: true }).waitFor();
    await expect(page.locator("dl").innerText()).resolves.toMatch(/Rows\s*0/);
    expect(await axe(page)).toEqual([]);
    await page.getByRole("button", { name: "Clear" }).click();
    await page.getByText("Nothing waiting.").waitFor();
    await expect(page.getByRole("status").innerText()).resolves.toBe("Cleared.");
    expect(await stored()).toBeNull();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
