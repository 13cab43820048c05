// Filling the fixture portals through the BUILT extension in a real Chromium: the built planner
// hands a month over, the popup (opened as a page aimed at the portal's tab) fills every frame
// it may reach, the page shows the report and highlights, Undo puts everything back, the month
// is forgotten after use, and a frame from an origin not yet allowed is named, not skipped.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Timesheet } from "../../core/src/timesheet/index.js";
import { comma, dmy, servePortals } from "../extension/fill/harness.js";
import { axeOn, expectUnlabelledMarch } from "../extension/teach/harness.js";
import { axe } from "./browser.js";
import { loadExtension, type LoadedExtension } from "./extension-harness.js";

const baseUrl = inject("baseUrl");
let ext: LoadedExtension;
let planner: Page;
let site: { url: string; close: () => Promise<void> };
let other: { url: string; close: () => Promise<void> };
let stranger: Server;
let strangerUrl: string;

/** March 2026 for Bo: early, late and short on-call shifts, one a day, quarter hours. */
function marchRota() {
  const shifts = Array.from({ length: 31 }, (_, i) => {
    const d = i + 1;
    const day = `2026-03-${String(d).padStart(2, "0")}`;
    const next = `2026-03-${String(d + 1).padStart(2, "0")}`;
    const [start, end, kind] =
      d % 5 === 0
        ? ["22:00", d === 31 ? "23:45" : `${next}T00:00`, "oncall"]
        : d % 3 === 0
          ? ["08:00", "15:15", "work"]
          : d % 2 === 0
            ? ["15:00", "23:00", "work"]
            : ["07:00", "15:30", "work"];
    return {
      id: `s${d}`,
      assistantId: "a1",
      start: `${day}T${start}`,
      end: end.includes("T") ? end : `${day}T${end}`,
      kind,
    };
  });
  return {
    format: "turnus-rota/1",
    profile: "dk",
    timeZone: "Europe/Copenhagen",
    locale: "en",
    period: { from: "2026-03-01", to: "2026-03-31" },
    assistants: [{ id: "a1", name: "Bo" }],
    shifts,
  };
}

/** What the extension holds in chrome.storage.session. */
const stored = (): Promise<Timesheet | null> =>
  ext.sw.evaluate<Timesheet | null>(
    "chrome.storage.session.get('timesheet').then((r) => r.timesheet ?? null)",
  );

/** The planner's Send button, as the person uses it; the month the extension received. */
async function handOver(): Promise<Timesheet> {
  await planner.getByRole("button", { name: "Send to the browser extension" }).press("Enter");
  await expect.poll(stored).not.toBeNull();
  return (await stored())!;
}

/** The id of the tab showing `url`. */
const tabOf = (url: string): Promise<number> =>
  ext.sw.evaluate<number>(
    `chrome.tabs.query({ url: ${JSON.stringify(url)} }).then((tabs) => tabs[0]?.id ?? -1)`,
  );

/** The popup, as a page aimed at `page`'s tab. */
async function popupFor(page: Page): Promise<Page> {
  const tab = await tabOf(page.url());
  expect(tab).toBeGreaterThan(0);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.id}/src/popup/index.html?tab=${tab}`);
  return popup;
}

/** Presses the popup's Fill button by keyboard and waits for the outcome in its status. */
async function fillFromPopup(popup: Page): Promise<string> {
  await popup.getByRole("button", { name: "Fill in the form on this page" }).press("Enter");
  const status = popup.getByRole("status");
  await expect.poll(() => status.innerText()).toMatch(/fields filled|found no|may not read/);
  return status.innerText();
}

/** The frame host page with `src` in its iframe, once `selector` shows in the frame. */
async function framed(src: string, selector: string): Promise<{ page: Page; frame: Frame }> {
  const page = await ext.context.newPage();
  await page.goto(`${site.url}/frame-host.html`);
  await page.$eval("#portal", (f, src) => ((f as HTMLIFrameElement).src = src), src);
  const frame = (await (await page.$("#portal"))!.contentFrame())!;
  await frame.waitForSelector(selector);
  return { page, frame };
}

const values = (target: Page | Frame, selector: string) =>
  target.$$eval(selector, (els) => els.map((e) => (e as HTMLInputElement).value));
const time = (t: string) => (t === "24:00" ? "00:00" : t);

beforeAll(async () => {
  [site, other] = await Promise.all([servePortals(), servePortals()]);
  stranger = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end('<!doctype html><html lang="sv"><title>Tid</title><label>Datum <input></label>');
  });
  await new Promise<void>((resolve) => stranger.listen(0, "127.0.0.1", resolve));
  strangerUrl = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}`;
  ext = await loadExtension({
    plannerOrigin: new URL(baseUrl).origin,
    portalOrigins: [site.url, other.url],
  });
  planner = await ext.context.newPage();
  await planner.goto(baseUrl);
  await planner.getByLabel("Import rota file").setInputFiles({
    name: "march.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(marchRota())),
  });
  await planner.getByRole("columnheader", { name: "Bo" }).waitFor();
  await planner.getByRole("button", { name: "Timesheets" }).click();
  await planner.locator("#timesheet-month").fill("2026-03");
  await planner.getByRole("button", { name: "Sign as work leader" }).press("Enter");
  await planner.getByText("Signed by the work leader", { exact: false }).waitFor();
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await other?.close();
  await new Promise<void>((resolve) => (stranger ? stranger.close(() => resolve()) : resolve()));
});

describe("filling portals through the built extension", { timeout: 60_000 }, () => {
  it("fills the Danish table (add-row button), reports, highlights, forgets the month", async () => {
    const sheet = await handOver();
    expect(sheet.rows).toHaveLength(31);
    const rows = sheet.rows;
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${site.url}/dk-kommune.html`);
    const popup = await popupFor(page);
    // the popup names the page it will fill and the month's hours, to catch a wrong one
    await expect.poll(() => popup.locator("dl").innerText()).toContain(new URL(site.url).origin);
    expect(await popup.locator("dl").innerText()).toMatch(
      new RegExp(`Hours in total\\s*${sheet.totals.hours}`),
    );
    // the live region must stay the same element through the fill, or its news is not read out
    await popup.getByRole("status").evaluate((e) => e.setAttribute("data-before", ""));
    const status = await fillFromPopup(popup);
    expect(status).toContain(`${31 * 7} fields filled, 0 changed by the page, 0 not filled.`);
    expect(await popup.getByRole("status").getAttribute("data-before")).toBe("");
    // the Fill button went away with the month: focus is on the outcome, not lost
    expect(await popup.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("status");
    expect(status).toContain("30 rows added with the page's button.");
    expect(status).toContain("The month is no longer kept by the extension.");
    expect(await stored()).toBeNull();

    expect(await values(page, '[name="dato[]"]')).toEqual(rows.map((r) => dmy(r.date, "-")));
    expect(await values(page, '[name="fra[]"]')).toEqual(rows.map((r) => time(r.start)));
    expect(await values(page, '[name="til[]"]')).toEqual(rows.map((r) => time(r.end)));
    expect(await values(page, '[name="timer[]"]')).toEqual(rows.map((r) => comma(r.hours)));
    const category = (h: number | undefined) => (h ? comma(h) : "");
    expect(await values(page, '[name="aften[]"]')).toEqual(
      rows.map((r) => category(r.categories.evening)),
    );
    expect(await values(page, '[name="nat[]"]')).toEqual(
      rows.map((r) => category(r.categories.night)),
    );
    expect(await values(page, '[name="vagttype[]"]')).toEqual(
      rows.map((r) => (r.kind === "work" ? "A" : "R")),
    );
    expect(await page.textContent("#log")).toBe(""); // never submitted

    // The page's own report: a banner with the counts, and every written field marked.
    const banner = page.locator("turnus-report").getByRole("status");
    await expect.poll(() => banner.innerText()).toContain(`Turnus filled ${31 * 7} fields.`);
    expect(await page.locator('[data-turnus-fill="filled"]').count()).toBe(31 * 7);
    const first = page.locator('[name="fra[]"]').first();
    expect(await first.getAttribute("aria-description")).toBe("Filled by Turnus");
    const outline = () => first.evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(await outline()).toBe("solid");
    await first.focus(); // the page's own focus ring shows while the field has focus
    expect(await outline()).not.toBe("solid");
    await first.blur();
    expect(await axe(popup)).toEqual([]);
    expect(await axeOn(page, "turnus-report")).toEqual([]);

    // Undo from the popup: every field holds what it held, marks and banner gone.
    await popup.getByRole("button", { name: "Undo the fill" }).press("Enter");
    await expect.poll(() => popup.getByRole("status").innerText()).toMatch(/^Undone: 217 fields/);
    expect(new Set(await values(page, '[name="fra[]"]'))).toEqual(new Set([""]));
    expect(await page.locator("[data-turnus-fill]").count()).toBe(0);
    expect(await page.locator("turnus-report").count()).toBe(0);
    expect(await page.locator("style[data-turnus-ui]").count()).toBe(0);
    expect(await first.getAttribute("aria-description")).toBeNull();
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it("fills the Norwegian shadow-root form; Undo in the page's banner restores it", async () => {
    const sheet = await handOver();
    const page = await ext.context.newPage();
    await page.goto(`${site.url}/no-timeliste.html`);
    const popup = await popupFor(page);
    expect(await fillFromPopup(popup)).toContain(`${31 * 5} fields filled`);
    const shadow = (sel: string) =>
      page.evaluate(
        (sel) =>
          Array.from(
            document.querySelector("nav-timeliste")!.shadowRoot!.querySelectorAll(sel),
            (e) => (e as HTMLInputElement).value,
          ),
        sel,
      );
    expect(await shadow('[id^="dato-"]')).toEqual(sheet.rows.map((r) => dmy(r.date, ".")));
    expect(await shadow('[id^="fra-"]')).toEqual(sheet.rows.map((r) => r.start));
    expect(await shadow('[id^="til-"]')).toEqual(sheet.rows.map((r) => r.end));
    expect(await shadow('[id^="timer-"]')).toEqual(sheet.rows.map((r) => comma(r.hours)));
    expect(await shadow('[name^="type-"]')).toEqual(
      sheet.rows.map((r) => (r.kind === "work" ? "arbeid" : "hvil")),
    );
    const undo = page.locator("turnus-report").getByRole("button", { name: "Undo the fill" });
    await undo.press("Enter");
    await expect
      .poll(() => page.locator("turnus-report").getByRole("status").innerText())
      .toBe("Undone: 155 fields hold what they held before.");
    expect(new Set(await shadow('[id^="timer-"]'))).toEqual(new Set([""]));
    await popup.close();
    await page.close();
  });

  it("fills the Swedish report inside a cross-origin frame the extension may reach", async () => {
    const sheet = await handOver();
    const { page, frame } = await framed(`${other.url}/se-fk3059.html`, '[name="timmar-31"]');
    const popup = await popupFor(page);
    expect(await fillFromPopup(popup)).toContain(`${31 * 3} fields filled, 0 changed`);
    expect(await values(frame, '[name^="datum-"]')).toEqual(sheet.rows.map((_, i) => `${i + 1}`));
    expect(await values(frame, '[name^="fran-"]')).toEqual(sheet.rows.map((r) => r.start));
    expect(await values(frame, '[name^="till-"]')).toEqual(sheet.rows.map((r) => r.end));
    expect(await values(frame, '[name^="timmar-"]')).toEqual(sheet.rows.map((r) => comma(r.hours)));
    // the report is shown where the fields are: in the frame, not over the host page
    expect(await frame.locator("turnus-report").count()).toBe(1);
    expect(await page.locator("turnus-report").count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it("names a frame from an origin it may not read and keeps the month", async () => {
    const sheet = await handOver();
    const { page } = await framed(`${strangerUrl}/`, "input");
    const popup = await popupFor(page);
    expect(await fillFromPopup(popup)).toBe(
      `Part of the page comes from ${strangerUrl}, which Turnus may not read yet.`,
    );
    await popup.getByRole("button", { name: `Let Turnus fill forms on ${strangerUrl}` }).waitFor();
    expect(await stored()).toEqual(sheet);
    await popup.close();
    await page.close();
  });

  it("fills the controlled single-page form so that its store holds every value", async () => {
    const sheet = await handOver();
    const page = await ext.context.newPage();
    await page.goto(`${site.url}/spa-controlled.html`);
    const popup = await popupFor(page);
    expect(await fillFromPopup(popup)).toContain(`${31 * 5} fields filled, 0 changed`);
    const store = await page.evaluate(
      () => (window as unknown as { __store: { rows: unknown[] } }).__store.rows,
    );
    expect(store).toEqual(
      sheet.rows.map((r) => ({
        date: r.date,
        start: time(r.start),
        end: time(r.end),
        hours: String(r.hours),
        type: r.kind === "work" ? "W" : "O",
      })),
    );
    await popup.close();
    await page.close();
  });

  it("uses a saved profile whose address matches, and says so", async () => {
    const profile = {
      id: "no-bpa-timeliste",
      name: "Timeliste BPA",
      urlPattern: "^http://127\\.0\\.0\\.1:\\d+/no-timeliste\\.html$",
      rowSelector: "fieldset.linje",
      columns: { date: '[id^="dato-"]', hours: '[id^="timer-"]' },
      dateFormat: "dd.mm.yyyy",
      decimal: "comma",
    };
    await ext.sw.evaluate(`chrome.storage.local.set({ profiles: [${JSON.stringify(profile)}] })`);
    const sheet = await handOver();
    const page = await ext.context.newPage();
    await page.goto(`${site.url}/no-timeliste.html`);
    const popup = await popupFor(page);
    const status = await fillFromPopup(popup);
    // the profile names only date and hours: start and end are reported as missing
    expect(status).toContain("Used the saved form profile Timeliste BPA.");
    expect(status).toContain(
      `${31 * 2} fields filled, 0 changed by the page, ${31 * 2} not filled.`,
    );
    await popup.getByRole("heading", { name: "Look at these" }).waitFor();
    expect(await popup.getByRole("listitem").first().innerText()).toBe(
      `${sheet.rows[0]!.date}, Start time: no field found in the row`,
    );
    // a fill that left fields out keeps nothing back: the month is forgotten all the same
    expect(await stored()).toBeNull();
    await ext.sw.evaluate(`chrome.storage.local.remove("profiles")`);
    await popup.close();
    await page.close();
  });

  it("says so when the page holds no form, and keeps the month", async () => {
    const sheet = await handOver();
    const page = await ext.context.newPage();
    await page.goto(`${site.url}/frame-host.html`);
    const popup = await popupFor(page);
    expect(await fillFromPopup(popup)).toBe(
      "Turnus found no timesheet form on this page. Choose Teach Turnus this form.",
    );
    expect(await stored()).toEqual(sheet);
    await popup.close();
    await page.close();
  });

  it("is taught a form it does not know, by keyboard, and fills it with the saved profile", async () => {
    const page = await ext.context.newPage();
    await page.goto(`${site.url}/unlabelled.html`);
    const popup = await popupFor(page);
    await popup.getByRole("button", { name: "Teach Turnus this form" }).press("Enter");
    await expect
      .poll(() => popup.getByRole("status").innerText())
      .toBe("Teach mode is on in the page.");
    await page.bringToFront();
    const dialog = page.getByRole("dialog", { name: "Teach Turnus this form" });
    await dialog.waitFor();
    // date, start, end, hours, evening, night, shift type: the n-th choice after "Nothing"
    await page.keyboard.press("Tab");
    for (const n of [1, 2, 3, 4, 6, 7, 5]) {
      for (let i = 0; i < n; i++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Tab"); // past the notes field, left as "Nothing"
    await page.keyboard.press("Enter"); // Save profile
    await dialog.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    const profiles = await ext.sw.evaluate<{ name: string; rowSelector: string }[]>(
      "chrome.storage.local.get('profiles').then((r) => r.profiles ?? [])",
    );
    expect(profiles).toHaveLength(1);
    expect(profiles[0]!.rowSelector).toBe("#frmTid tbody > tr");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("[data-turnus-ui]").count()).toBe(0);

    const sheet = await handOver();
    const again = await popupFor(page);
    const status = await fillFromPopup(again);
    expect(status).toContain(`Used the saved form profile ${profiles[0]!.name}.`);
    expect(status).toContain(`${31 * 7} fields filled, 0 changed by the page, 0 not filled.`);
    await expectUnlabelledMarch(page, sheet.rows);
    await ext.sw.evaluate(`chrome.storage.local.remove("profiles")`);
    await popup.close();
    await again.close();
    await page.close();
  });
});
