/**
 * The teach panel in real Chromium on a form the heuristics cannot map: operated by keyboard
 * only, clicking page fields, Escape, the message when nothing is assigned, and axe-core on the
 * panel's shadow root.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch } from "../../e2e/browser.js";
import { bundleFiller, fill, march, servePortals } from "../fill/harness.js";
import { axeOn, bundleTeach, expectUnlabelledMarch, openWith, type TeachApi } from "./harness.js";

let browser: Browser;
let bundle: string;
let filler: string;
let site: { url: string; close: () => Promise<void> };
const rows = march();

beforeAll(async () => {
  [browser, bundle, filler, site] = await Promise.all([
    launch(),
    bundleTeach(),
    bundleFiller(),
    servePortals(),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What the tests keep on the page's window. */
interface TeachWindow {
  TurnusTeach: TeachApi;
  __saved: unknown[];
  __closed: number;
  __session: { stop(): void };
}

/**
 * Records the listeners put on the document and window from now on, as `window.__live`
 * (`[target, type]`), removing those taken off again.
 */
function trackListeners(): void {
  const live: [EventTarget, string, unknown, boolean][] = [];
  (window as unknown as { __live: typeof live }).__live = live;
  const capture = (o: unknown) =>
    typeof o === "boolean" ? o : !!(o as { capture?: boolean } | undefined)?.capture;
  const proto = EventTarget.prototype;
  type Listen = EventTarget["addEventListener"];
  const add = Reflect.get<typeof proto, "addEventListener">(proto, "addEventListener");
  const remove = Reflect.get<typeof proto, "removeEventListener">(proto, "removeEventListener");
  proto.addEventListener = function (this: EventTarget, ...a: Parameters<Listen>) {
    if (this === document || this === window) live.push([this, a[0], a[1], capture(a[2])]);
    Reflect.apply(add, this, a);
  };
  proto.removeEventListener = function (this: EventTarget, ...a: Parameters<Listen>) {
    const i = live.findIndex((l) => l[0] === this && l[1] === a[0] && l[2] === a[1]);
    if (i >= 0 && live[i]![3] === capture(a[2])) live.splice(i, 1);
    Reflect.apply(remove, this, a);
  };
}

/** Opens the unlabelled fixture and starts teach mode in `locale` (tracking listeners). */
async function teach(locale = "en", track = false): Promise<{ page: Page; errors: string[] }> {
  const opened = await openWith(browser, `${site.url}/unlabelled.html`, bundle);
  if (track) await opened.page.evaluate(trackListeners);
  await opened.page.evaluate((locale) => {
    const w = window as unknown as TeachWindow;
    w.__saved = [];
    w.__closed = 0;
    w.__session = w.TurnusTeach.startTeach!(document, {
      locale,
      onSave: (p: unknown) => void w.__saved.push(p),
      onClose: () => void w.__closed++,
    }) as { stop(): void };
  }, locale);
  return opened;
}

/** What has focus, into the panel's shadow root: `select <label> = <value>`, `button <text>`… */
const focused = (page: Page) =>
  page.evaluate(() => {
    const top = document.activeElement;
    const el = top?.shadowRoot?.activeElement ?? top;
    if (!el) return "";
    if (el instanceof HTMLSelectElement) return `select ${el.labels[0]?.textContent} = ${el.value}`;
    const name = el.getAttribute("name") ?? el.textContent ?? "";
    return `${el.localName} ${name}`.trim();
  });

/** Picks the `n`-th choice after "Nothing" in the focused select, by keyboard. */
async function choose(page: Page, n: number) {
  for (let i = 0; i < n; i++) await page.keyboard.press("ArrowDown");
}

const saved = (page: Page) => page.evaluate(() => (window as unknown as TeachWindow).__saved);
const panelCount = (page: Page) => page.locator("[data-turnus-ui]").count();
const dialog = (page: Page) => page.getByRole("dialog", { name: "Teach Turnus this form" });

describe("teach panel", { timeout: 30_000 }, () => {
  it("keyboard only: Tab, Shift+Tab, arrow keys and Enter make a profile that fills March", async () => {
    const { page, errors } = await teach();
    expect(await focused(page)).toBe("h2 Teach Turnus this form");
    const choices = [1, 2, 3, 4, 6, 7, 5]; // date, start, end, hours, evening, night, shift type
    const values = ["date", "start", "end", "hours", "evening", "night", "kind"];
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("select Field 1: dd.mm.åååå – r0c0 = ");
    for (const [i, n] of choices.entries()) {
      await choose(page, n);
      expect(await focused(page)).toMatch(new RegExp(`r0c${i} = ${values[i]}$`));
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe("select Field 7: r0c6 = kind");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("select Field 8: r0c7 = ");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("button Save profile");
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    const [profile] = await saved(page);
    expect(profile).toMatchObject({ rowSelector: "#frmTid tbody > tr", dateFormat: "dd.mm.yyyy" });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("button Close");
    await page.keyboard.press("Enter");
    expect(await panelCount(page)).toBe(0);
    const { report } = await fill(page, filler, rows, profile);
    expect(report.failed).toEqual([]);
    expect(report.filled).toHaveLength(rows.length * 7);
    await expectUnlabelledMarch(page, rows);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("clicking a page field focuses its select, adding the field when it is not listed", async () => {
    const { page, errors } = await teach();
    await page.evaluate(() => {
      const w = window as unknown as { __clicks: number };
      w.__clicks = 0;
      document.querySelector("[name=r0c2]")!.addEventListener("click", () => w.__clicks++);
    });
    expect(await dialog(page).getByRole("combobox").count()).toBe(8);
    await page.click("[name=r0c2]");
    expect(await focused(page)).toBe("select Field 3: tt:mm – r0c2 = ");
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(1);
    const field = (await page.locator("[name=r0c2]").boundingBox())!;
    const spot = (await page.locator("[data-turnus-ui] .spot").boundingBox())!;
    expect(Math.abs(spot.x + 4 - field.x)).toBeLessThan(2);
    expect(Math.abs(spot.y + 4 - field.y)).toBeLessThan(2);
    await page.click("[name=r1c3]");
    expect(await focused(page)).toBe("select Field 9: r1c3 = ");
    expect(await dialog(page).getByRole("combobox").count()).toBe(9);
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe("The field was added to the list.");
    await page.click("[name=r1c3]");
    expect(await dialog(page).getByRole("combobox").count()).toBe(9);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Escape ends teach mode: no panel, no highlight, no listener left", async () => {
    const { page, errors } = await teach("en", true);
    const live = () =>
      page.evaluate(() => (window as unknown as { __live: [unknown, string][] }).__live);
    await page.click("[name=r0c1]");
    expect(await page.locator("[data-turnus-ui] .spot").isVisible()).toBe(true);
    expect((await live()).length).toBeGreaterThan(0);
    await page.keyboard.press("Escape");
    expect(await panelCount(page)).toBe(0);
    expect(await live()).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as TeachWindow).__closed)).toBe(1);
    await page.click("[name=r0c3]");
    expect(await focused(page)).toBe("input r0c3");
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => (window as unknown as TeachWindow).__closed)).toBe(1);
    const outlines = await page.$$eval("input, select, textarea", (els) =>
      els.filter((e) => (e as HTMLElement).style.outline !== "").map((e) => e.outerHTML),
    );
    expect(outlines).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("saving without start and end or hours says what is missing, and saves nothing", async () => {
    const { page, errors } = await teach();
    const save = page.getByRole("button", { name: "Save profile" });
    await save.press("Enter");
    const alert = page.getByRole("alert");
    expect(await alert.textContent()).toBe(
      "Choose the field for the start and end time, or the field for the hours in total, before saving.",
    );
    await dialog(page).getByRole("combobox", { name: /r0c1/ }).selectOption("start");
    await dialog(page).getByRole("combobox", { name: /r0c2/ }).selectOption("start");
    await save.press("Enter");
    expect(await alert.textContent()).toBe(
      "“Start time” is chosen for more than one field. Choose it for one field.",
    );
    await dialog(page).getByRole("combobox", { name: /r0c2/ }).selectOption("end");
    await save.press("Enter");
    expect(await alert.textContent()).toBe("");
    expect(await saved(page)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fields from two rows: says to choose fields of one row", async () => {
    const { page, errors } = await teach();
    await dialog(page).getByRole("combobox", { name: /r0c1/ }).selectOption("start");
    await page.click("[name=r1c2]");
    await dialog(page).getByRole("combobox", { name: /r1c2/ }).selectOption("end");
    await page.getByRole("button", { name: "Save profile" }).press("Enter");
    expect(await page.getByRole("alert").textContent()).toBe(
      "The fields lie in different rows. Choose fields of one row only, such as the first.",
    );
    expect(await saved(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("axe-core finds no violations in the panel, its shadow root included", async () => {
    const { page, errors } = await teach();
    await page.getByRole("button", { name: "Save profile" }).press("Enter"); // shows the alert
    await page.click("[name=r0c1]"); // shows the highlight
    expect(await dialog(page).count()).toBe(1);
    expect(await axeOn(page, "[data-turnus-ui]")).toEqual([]);
    // The check reaches into the shadow root: an unlabelled select there is found.
    await page.evaluate(() => {
      const root = document.querySelector("[data-turnus-ui]")!.shadowRoot!;
      root.querySelector("ol")!.append(document.createElement("select"));
    });
    expect((await axeOn(page, "[data-turnus-ui]")).join("\n")).toMatch(/select-name/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("speaks Danish, Norwegian and Swedish", async () => {
    const names: Record<string, [string, string]> = {
      da: ["Lær Turnus denne formular", "Gem profil"],
      nb: ["Lær Turnus dette skjemaet", "Lagre profil"],
      sv: ["Lär Turnus det här formuläret", "Spara profil"],
    };
    for (const [locale, [title, save]] of Object.entries(names)) {
      const { page } = await teach(locale);
      expect(await page.getByRole("dialog", { name: title }).count()).toBe(1);
      expect(await page.getByRole("button", { name: save }).count()).toBe(1);
      const labels = await page
        .getByRole("dialog", { name: title })
        .getByRole("combobox")
        .first()
        .locator("option")
        .allTextContents();
      expect(labels).toHaveLength(11);
      expect(labels.join(" ")).not.toMatch(/[{}]/);
      await page.close();
    }
  });
});
