// The extension's options page (extension/src/options) in a real Chromium with the built
// extension loaded: saved portal profiles listed, imported from a file (a bad one refused with
// the field named and nothing stored lost), exported as files that import again, removed after
// a confirmation by keyboard alone, and no axe violations.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, chromiumArgs, chromiumPath, collectErrors } from "./browser.js";

const temp = mkdtempSync(path.join(tmpdir(), "turnus-ext-options-"));
const extDir = path.join(temp, "extension");
let context: BrowserContext;
let sw: Worker;
let optionsUrl: string;

/** A valid profile as written in a file (defaults left out). */
const written = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Kommune ${id}`,
  urlPattern: `^https://${id}\\.example/timer`,
  rowSelector: "tr.row",
  columns: { date: "input.date", start: "input.from", end: "input.to" },
  ...extra,
});

/** The same profile as stored: with the schema's defaults. */
const full = (id: string, extra: Record<string, unknown> = {}) => ({
  ...written(id),
  dateFormat: "yyyy-mm-dd",
  timeFormat: "HH:mm",
  decimal: "point",
  matchRowsBy: "order",
  selectMappings: {},
  ...extra,
});

/** A profiles file around `profiles`. */
const fileOf = (profiles: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: "turnus-portal-profiles", version: 1, profiles, ...over });

/** What chrome.storage.local holds under "profiles" (null when nothing), read by the worker. */
const stored = (): Promise<unknown> =>
  sw.evaluate("chrome.storage.local.get('profiles').then((r) => r.profiles ?? null)");

/** Replaces what chrome.storage.local holds under "profiles". */
const store = (entries: unknown[]): Promise<unknown> =>
  sw.evaluate(`chrome.storage.local.set({ profiles: ${JSON.stringify(entries)} })`);

/** A fresh options page, with its console errors collected. */
async function openOptions(): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(optionsUrl);
  await page.getByRole("heading", { name: "Saved profiles" }).waitFor();
  return { page, errors };
}

/** Chooses a file named `name` holding `text` in the Import field. */
const choose = (page: Page, name: string, text: string) =>
  page
    .getByLabel("Choose a profiles file (.json) to import")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });

/** The names of the profiles listed. */
const listed = (page: Page) => page.locator("li.profile h3").allInnerTexts();

/** The accessible text of the focused element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}: ${(el.textContent ?? "").trim()}` : "";
  });

beforeAll(async () => {
  const saved = { ...process.env };
  process.env.TURNUS_EXTENSION_OUT = extDir;
  try {
    await build({ configFile: "extension/vite.config.ts", logLevel: "warn" });
  } finally {
    process.env = saved;
  }
  context = await chromium.launchPersistentContext(path.join(temp, "profile"), {
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    bypassCSP: true, // axe is injected as an inline script, which the page's CSP forbids
    args: [
      ...chromiumArgs,
      "--lang=en-US",
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
    ],
  });
  sw = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  optionsUrl = `chrome-extension://${new URL(sw.url()).host}/src/options/index.html`;
});

afterAll(async () => {
  await context?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe("the options page: saved portal profiles", () => {
  it("says when nothing is saved, accessibly", async () => {
    await store([]);
    const { page, errors } = await openOptions();
    await page.getByText("No profiles saved yet.").waitFor();
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Portal profiles");
    expect(await page.title()).toBe("Turnus – portal profiles");
    expect(await page.getByRole("button", { name: "Export all" }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("imports a file: lists its profiles, stores them, says how many", async () => {
    await store([]);
    const { page, errors } = await openOptions();
    await choose(page, "kommuner.json", fileOf([written("a"), written("b")]));
    await expect
      .poll(() => page.getByRole("status").innerText())
      .toBe("Imported kommuner.json: 2 added, 0 replaced.");
    expect(await listed(page)).toEqual(["Kommune a", "Kommune b"]);
    expect(await stored()).toEqual([full("a"), full("b")]);
    await expect(page.locator("li.profile").first().innerText()).resolves.toContain(
      "^https://a\\.example/timer",
    );
    // the same id again replaces; a bare profile is a file too
    await choose(page, "a.json", JSON.stringify(written("a", { name: "Aby" })));
    await expect
      .poll(() => page.getByRole("status").innerText())
      .toBe("Imported a.json: 0 added, 1 replaced.");
    expect(await listed(page)).toEqual(["Aby", "Kommune b"]);
    expect(await stored()).toEqual([full("a", { name: "Aby" }), full("b")]);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses a bad file in an alert naming the field, and loses nothing stored", async () => {
    await store([full("a")]);
    const { page, errors } = await openOptions();
    await page.getByRole("heading", { name: "Kommune a" }).waitFor();
    await choose(page, "bad.json", fileOf([written("b"), written("c", { rowSelector: "" })]));
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.innerText()).toContain("Could not import bad.json.");
    expect(await alert.innerText()).toContain("profiles[1].rowSelector: must be a CSS selector");
    expect(await stored()).toEqual([full("a")]);
    expect(await listed(page)).toEqual(["Kommune a"]);
    expect(await axe(page)).toEqual([]);

    await choose(page, "new.json", fileOf([written("b")], { version: 2 }));
    await expect.poll(() => alert.innerText()).toContain("version 2 is newer than");
    await choose(page, "notes.json", "these are not profiles");
    await expect.poll(() => alert.innerText()).toMatch(/not JSON/);
    expect(await stored()).toEqual([full("a")]);

    // a good file afterwards clears the alert
    await choose(page, "b.json", fileOf([written("b")]));
    await expect.poll(() => alert.innerText()).toBe("");
    expect(await stored()).toEqual([full("a"), full("b")]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("exports one profile and all of them as files that import again", async () => {
    const profiles = [full("a", { decimal: "comma" }), full("b")];
    await store(profiles);
    const { page, errors } = await openOptions();
    const download = async (button: string) => {
      const [d] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: button }).click(),
      ]);
      const file = await d.path();
      return { name: d.suggestedFilename(), text: readFileSync(file, "utf8") };
    };

    const one = await download("Export Kommune a");
    expect(one.name).toBe("turnus-profile-a.json");
    expect(JSON.parse(one.text)).toEqual({
      format: "turnus-portal-profiles",
      version: 1,
      profiles: [profiles[0]],
    });
    const all = await download("Export all");
    expect(all.name).toBe("turnus-portal-profiles.json");
    expect(await page.getByRole("status").innerText()).toBe(
      "Exported turnus-portal-profiles.json.",
    );

    await store([]);
    await page.getByText("No profiles saved yet.").waitFor();
    await choose(page, all.name, all.text);
    await expect
      .poll(() => page.getByRole("status").innerText())
      .toBe("Imported turnus-portal-profiles.json: 2 added, 0 replaced.");
    expect(await stored()).toEqual(profiles);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("removes a profile by keyboard after asking, then focuses the list", async () => {
    await store([full("a"), full("b")]);
    const { page, errors } = await openOptions();
    await page.getByRole("button", { name: "Remove Kommune b" }).focus();
    await page.keyboard.press("Enter");
    const question = page.getByRole("group", {
      name: "Remove the profile “Kommune b”? This cannot be undone.",
    });
    await question.waitFor();
    expect(await focused(page)).toBe("button: Cancel");
    expect(await axe(page)).toEqual([]);

    // Escape takes it back, focus returns to Remove, nothing removed
    await page.keyboard.press("Escape");
    await question.waitFor({ state: "detached" });
    expect(await focused(page)).toBe("button: Remove Kommune b");
    expect(await stored()).toEqual([full("a"), full("b")]);

    await page.keyboard.press("Enter");
    await question.waitFor();
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe("button: Yes, remove");
    await page.keyboard.press("Enter");
    await expect.poll(() => listed(page)).toEqual(["Kommune a"]);
    expect(await stored()).toEqual([full("a")]);
    expect(await focused(page)).toBe("h2: Saved profiles");
    expect(await page.getByRole("status").innerText()).toBe("Removed “Kommune b”.");
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("hides a stored entry that no longer validates but never drops it", async () => {
    const old = { id: "old", name: "Old shape", rows: "tr" };
    await store([old, full("a")]);
    const { page, errors } = await openOptions();
    await page.getByRole("heading", { name: "Kommune a" }).waitFor();
    expect(await listed(page)).toEqual(["Kommune a"]);
    await choose(page, "b.json", fileOf([written("b")]));
    await expect.poll(() => stored()).toEqual([old, full("a"), full("b")]);
    await page.getByRole("button", { name: "Remove Kommune a" }).click();
    await page.getByRole("button", { name: "Yes, remove" }).click();
    await expect.poll(() => stored()).toEqual([old, full("b")]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a profile saved elsewhere (teach mode) without reloading", async () => {
    await store([]);
    const { page } = await openOptions();
    await page.getByText("No profiles saved yet.").waitFor();
    await store([full("t")]);
    await page.getByRole("heading", { name: "Kommune t" }).waitFor();
    await page.close();
  });
});
