/**
 * The settings panel in real headless Chromium, by keyboard only: grant, period and need change
 * the grant meter and the coverage-gap flags; an invalid value is shown at its field and changes
 * nothing; a shift template's short name typed into a cell creates the shift; "repeat weeks"
 * copies a week and is undone in one step; no axe-core violations with the settings open.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, collectErrors, createByKeyboard, launch } from "./browser.js";

const baseUrl = inject("baseUrl");

let browser: Browser;
let page: Page;
/** Errors thrown in the page: there must be none. */
let pageErrors: string[] = [];

const cell = (row: number, col: number) =>
  page.locator(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);
/** The shifts a cell shows (without its violation symbol). */
async function shiftsIn(row: number, col: number): Promise<string> {
  const text = (await cell(row, col).locator(".shifts").textContent()) ?? "";
  return text.replace(/[⛔⚠]/g, "").trim();
}
const live = () => page.locator("#live").textContent();
const grantText = () => page.locator(".grant-list").textContent();
const violationsHeading = () => page.locator("#violations-heading").textContent();
const form = (name: string) => page.locator(`form[aria-labelledby="${name}-heading"]`);

/** The id of the element that has focus. */
const focusedId = () => page.evaluate(() => document.activeElement?.id);

/** Focuses an element and types into it, replacing what it holds (keyboard only). */
async function typeInto(selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

/**
 * Types a date into a native date field by keyboard. The field's segment order follows the
 * browser's own language (not the page's), so both orders are tried.
 */
async function typeDate(selector: string, iso: string): Promise<void> {
  const [y, m, d] = iso.split("-") as [string, string, string];
  for (const digits of [`${m}${d}${y}`, `${d}${m}${y}`]) {
    await page.locator(selector).focus();
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Delete");
    await page.keyboard.type(digits);
    if ((await page.locator(selector).inputValue()) === iso) return;
  }
  throw new Error(`could not type ${iso} into ${selector}`);
}

/** Presses a button by keyboard: focus, then Enter. */
async function press(button: ReturnType<Page["locator"]>): Promise<void> {
  await button.focus();
  await page.keyboard.press("Enter");
}

/** Opens the settings panel with the keyboard (when closed). */
async function openSettings(): Promise<void> {
  const toggle = page.getByRole("button", { name: "Settings" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await press(toggle);
  await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
}

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ locale: "en-GB" });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  pageErrors = collectErrors(page);
});

afterAll(async () => {
  await browser?.close();
});

describe("settings, templates and repeat weeks", () => {
  it("creates an arrangement with one assistant", async () => {
    await createByKeyboard(page, baseUrl, "Settings test", ["Anna"]);
    expect(await page.locator("#settings-body").isHidden()).toBe(true);
    expect(await grantText()).not.toContain("of");
  });

  it("sets grant, period and need by keyboard, and the meter and coverage flags follow", async () => {
    await openSettings();
    await typeInto("#general-grant-hours", "10");
    await typeDate("#general-period-from", "2026-03-02");
    await typeDate("#general-period-to", "2026-03-29");
    await press(page.getByRole("button", { name: "Add need" }));
    // focus moves to the new row's first weekday
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("general-need-0-days-mon");
    await typeInto("#general-need-0-from", "07:00");
    await typeInto("#general-need-0-to", "15:00");
    await press(form("general").getByRole("button", { name: "Save" }));
    await expect.poll(live).toContain("Saved");
    await expect.poll(grantText).toContain("0 of 10 planned");
    await expect.poll(() => page.getByRole("heading", { name: /Coverage gap/ }).count()).toBe(1);
    const gaps = await violationsHeading();

    expect(gaps).toBe("Violations (28)"); // 7-15 uncovered on each day of four weeks

    // not needed at weekends: those gaps go, announced as resolved
    for (const day of ["sat", "sun"]) {
      await page.locator(`#general-need-0-days-${day}`).focus();
      await page.keyboard.press("Space");
    }
    await press(form("general").getByRole("button", { name: "Save" }));
    await expect.poll(violationsHeading).toBe("Violations (20)");
    await expect.poll(live).toContain("Resolved");
  });

  it("shows an invalid value at its field, announces it, and changes nothing", async () => {
    await typeInto("#general-grant-hours", "-5");
    await press(form("general").getByRole("button", { name: "Save" }));
    const field = page.locator("#general-grant-hours");
    await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
    expect(await field.getAttribute("aria-describedby")).toContain("general-grant-hours-error");
    expect(await page.locator("#general-grant-hours-error").textContent()).toContain(
      "must not be negative",
    );
    // focus goes to the field, and the live region says why
    await expect.poll(focusedId).toBe("general-grant-hours");
    await expect.poll(live).toContain("Not saved");
    expect(await grantText()).toContain("of 10 planned");

    // a decimal comma is read as in Danish and Norwegian
    await typeInto("#general-grant-hours", "37,5");
    await press(form("general").getByRole("button", { name: "Save" }));
    await expect.poll(grantText).toContain("of 37.5 planned");
    await typeInto("#general-grant-hours", "40");
    await press(form("general").getByRole("button", { name: "Save" }));
    await expect.poll(grantText).toContain("of 40 planned");
    await expect.poll(() => field.getAttribute("aria-invalid")).toBe(null);
  });

  it("switches a rule off through its override, and refuses a parameter that is not a number", async () => {
    const overrides = form("overrides");
    // the profile's default is shown with each field
    expect(await page.locator("#overrides-daily-rest-hours-hint").textContent()).toBe(
      "Default: 11",
    );
    await typeInto("#overrides-daily-rest-hours", "abc");
    await press(overrides.getByRole("button", { name: "Save" }));
    const hours = page.locator("#overrides-daily-rest-hours");
    await expect.poll(() => hours.getAttribute("aria-invalid")).toBe("true");
    // focus goes to the invalid field (after the render that marks it): wait for it before
    // moving on, or a key meant for the next control lands in this field
    await expect.poll(focusedId).toBe("overrides-daily-rest-hours");
    expect(await page.locator("#overrides-daily-rest-hours-error").textContent()).toContain(
      "must be a number",
    );
    expect(await violationsHeading()).toBe("Violations (20)");

    await typeInto("#overrides-daily-rest-hours", "");
    const coverage = page.locator("#overrides-coverage-gap-enabled");
    await coverage.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await coverage.inputValue()).toBe("false");
    await press(overrides.getByRole("button", { name: "Save" }));
    await expect.poll(violationsHeading).toBe("Violations (0)");
    // back to the default: the gaps return
    await coverage.focus();
    await page.keyboard.press("Home");
    await press(overrides.getByRole("button", { name: "Save" }));
    await expect.poll(violationsHeading).toBe("Violations (20)");
  });

  it("renames the arrangement", async () => {
    await typeInto("#general-name", "Settings test, renamed");
    await press(form("general").getByRole("button", { name: "Save" }));
    await page.getByRole("heading", { name: "Settings test, renamed" }).waitFor();
    // undoing a change of the name alone shows the old name again (and in the form)
    await press(page.getByRole("button", { name: "Undo", exact: true }));
    await expect
      .poll(() => page.getByRole("heading", { name: "Settings test", exact: true }).count())
      .toBe(1);
    await expect.poll(() => page.locator("#general-name").inputValue()).toBe("Settings test");
  });

  it("opens at the period after a reload", async () => {
    await page.reload();
    await page.getByRole("heading", { name: "Settings test" }).waitFor();
    await expect
      .poll(() => page.getByRole("rowheader").first().getAttribute("aria-label"))
      .toMatch(/2 March/);
  });

  it("adds a template and types its short name into a cell", async () => {
    await openSettings();
    await press(page.getByRole("button", { name: "Add template" }));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("templates-templates-0-short");
    await page.keyboard.type("D");
    await page.keyboard.press("Tab");
    await page.keyboard.type("7-15");
    await press(form("templates").getByRole("button", { name: "Save" }));
    await expect.poll(live).toContain("Saved");

    await page.locator('[role="gridcell"][tabindex="0"]').focus();
    await page.keyboard.press("Control+Home");
    await page.keyboard.type("d");
    await page.keyboard.press("Enter");
    await expect.poll(() => shiftsIn(0, 0)).toBe("07–15");
    await expect.poll(grantText).toContain("8 of 40 planned");
  });

  it("refuses a template that is not a shift, at its field", async () => {
    await press(page.getByRole("button", { name: "Add template" }));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("templates-templates-1-short");
    await page.keyboard.type("X");
    await page.keyboard.press("Tab");
    await page.keyboard.type("7-99");
    await press(form("templates").getByRole("button", { name: "Save" }));
    const text = page.locator("#templates-templates-1-text");
    await expect.poll(() => text.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(focusedId).toBe("templates-templates-1-text");
    expect(await page.locator("#templates-templates-1-text-error").textContent()).toContain(
      "does not exist",
    );
    await press(page.getByRole("button", { name: "Remove template 2" }));
    // the removal puts focus on "Add template" (after its render): wait for it, or the Enter
    // meant for Save could land there and add a row
    await expect.poll(focusedId).toBe("templates-add");
    await press(form("templates").getByRole("button", { name: "Save" }));
    await expect.poll(() => page.locator("#templates-templates-1-text").count()).toBe(0);
  });

  it("has no accessibility violations with the settings open", async () => {
    expect(await axe(page)).toEqual([]);
  });

  it("repeats a week until the period's end, with a preview, and undoes it in one step", async () => {
    const repeat = form("repeat");
    expect(await page.locator("#repeat-from").inputValue()).toBe("2026-03-02");
    expect(await page.locator("#repeat-until").inputValue()).toBe("2026-03-29");
    await press(repeat.getByRole("button", { name: "Preview" }));
    await expect
      .poll(() => repeat.locator(".repeat-summary").textContent())
      .toBe("Will copy 3 shifts, replace 0 and skip 0.");
    await expect.poll(live).toContain("Will copy 3 shifts");
    expect(await grantText()).toContain("8 of 40 planned");

    await press(repeat.getByRole("button", { name: "Repeat the weeks" }));
    await expect
      .poll(() => repeat.locator(".repeat-summary").textContent())
      .toBe("Copied: 3 shifts. Replaced: 0. Skipped: 0.");
    await expect.poll(live).toContain("Copied: 3 shifts");

    await press(page.getByRole("button", { name: "Next", exact: true }));
    await expect.poll(() => shiftsIn(0, 0)).toBe("07–15");

    await press(page.getByRole("button", { name: "Undo", exact: true }));
    await expect.poll(() => shiftsIn(0, 0)).toBe("");
    await press(page.getByRole("button", { name: "Previous", exact: true }));
    // the typed shift is still there: the repeat was one step
    await expect.poll(() => shiftsIn(0, 0)).toBe("07–15");
  });

  it("threw no errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
