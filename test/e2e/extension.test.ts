// The companion extension in a real Chromium: built for the e2e server's origin, loaded
// unpacked; the planner page sends it a timesheet, other origins cannot, the popup shows it.
import { createServer, type Server } from "node:http";
import type { BrowserContext, Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ExtensionResponse } from "../../core/src/protocol/index.js";
import { sheet } from "../extension/sheet.js";
import { axe, createByKeyboard, launch, typeInCell } from "./browser.js";
import { loadExtension, type LoadedExtension } from "./extension-harness.js";

const baseUrl = inject("baseUrl");
let extension: LoadedExtension;
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
  other = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<!doctype html><title>Elsewhere</title><p>Another site</p>");
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  const address = other.address();
  otherUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  extension = await loadExtension({ plannerOrigin: new URL(baseUrl).origin });
  ({ context, sw, id: extensionId } = extension);
});

afterAll(async () => {
  await extension?.close();
  await new Promise<void>((resolve) => (other ? other.close(() => resolve()) : resolve()));
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

  it("refuses other bad messages, each with a message naming what is wrong", async () => {
    const page = await context.newPage();
    await page.goto(baseUrl);
    const cases: [unknown, string][] = [
      ["hello", 'message: must be "timesheet" or "clear"'],
      [{ type: "fill", version: 1 }, 'type: must be "timesheet" or "clear"'],
      [{ type: "timesheet", version: 2, payload: sheet }, "version: must be 1"],
      [
        { type: "timesheet", version: 1, payload: { ...sheet, format: "turnus-timesheet/9" } },
        'payload.format: must be "turnus-timesheet/1"',
      ],
      [
        {
          type: "timesheet",
          version: 1,
          payload: { ...sheet, rows: [{ ...sheet.rows[0], start: "7:00" }] },
        },
        "payload.rows.0.start: must be a time HH:mm",
      ],
    ];
    for (const [message, error] of cases) {
      expect(await send(page, message)).toEqual({ ok: false, error });
    }
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

  it("gets nothing from the planner before the work leader signed the month", async () => {
    await sw.evaluate("chrome.storage.session.clear()");
    const page = await context.newPage();
    await createByKeyboard(page, baseUrl, "Unsigned", ["Bo"]);
    await page.getByRole("button", { name: "Timesheets" }).click();
    await page.getByRole("button", { name: "Send to the browser extension" }).press("Enter");
    await expect
      .poll(() => page.locator("#live").textContent())
      .toContain("Sign the month as work leader before sending it to the browser extension");
    expect(await stored()).toBeNull();
    await page.close();
  });

  it("is what the planner's Send button sends the signed month to, announcing the outcome", async () => {
    const page = await context.newPage();
    await createByKeyboard(page, baseUrl, "Extension", ["Bo"]);
    await page.getByRole("button", { name: "Timesheets" }).click();
    await page.getByRole("button", { name: "Sign as work leader" }).press("Enter");
    await expect.poll(() => page.locator("#live").textContent()).toContain("Signed");
    await page.getByRole("button", { name: "Send to the browser extension" }).press("Enter");
    await expect
      .poll(() => page.locator("#live").textContent())
      .toContain("Sent to the extension.");
    expect(await stored()).toMatchObject({ assistantName: "Bo", rows: [] });
    // A shift added after signing: the signed month is no longer what the rota says.
    const today = (new Date().getDay() + 6) % 7; // this week's row of today, so this month
    await typeInCell(page, today, 0, "7-15");
    await expect.poll(() => page.locator("#live").textContent()).toContain("Shift saved");
    await page.getByRole("button", { name: "Send to the browser extension" }).press("Enter");
    await expect
      .poll(() => page.locator("#live").textContent())
      .toBe(
        "The month changed after it was signed. Sign it again before sending it to the browser extension.",
      );
    expect(await stored()).toMatchObject({ rows: [] });
    await page.close();
  });

  it("is missed, in words, by a browser without it", async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await createByKeyboard(page, baseUrl, "No extension", ["Bo"]);
      await page.getByRole("button", { name: "Timesheets" }).click();
      await page.getByRole("button", { name: "Sign as work leader" }).press("Enter");
      await page.getByRole("button", { name: "Send to the browser extension" }).press("Enter");
      await expect
        .poll(() => page.locator("#live").textContent())
        .toContain("The Turnus browser extension is not installed in this browser.");
    } finally {
      await browser.close();
    }
  });

  it("shows what is waiting in the popup, accessibly, and Forget the month empties it", async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await page.getByText("Bo", { exact: true }).waitFor();
    await expect(page.locator("dl").innerText()).resolves.toMatch(/Rows\s*0/);
    expect(await axe(page)).toEqual([]);
    await page.getByRole("button", { name: "Forget the month" }).click();
    await page.getByText("Nothing waiting.", { exact: false }).waitFor();
    await expect(page.getByRole("status").innerText()).resolves.toBe("Forgotten.");
    expect(await stored()).toBeNull();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
