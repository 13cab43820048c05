/**
 * Calendars in real headless Chromium through the real sync server: the work leader downloads an
 * assistant's shifts as iCalendar before sharing; the assistant, on their invite link, downloads
 * their own, makes a subscription address, the server answers it with their shift, and after
 * revoking it answers 404.
 */
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, collectErrors, launch } from "./browser.js";

const baseUrl = inject("baseUrl");

let browser: Browser;
let leader: Page;
let anna: Page;
const errors: string[][] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB", acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  errors.push(collectErrors(page));
  return page;
}

const live = (p: Page) => p.locator("#live").textContent();

/** Clicks `button` and returns the downloaded file's name and text. */
async function download(p: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    p.waitForEvent("download"),
    p.getByRole("button", { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

beforeAll(async () => {
  browser = await launch();
  leader = await newPage();
  anna = await newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe("calendar export and feeds", () => {
  let link = "";

  it("lets the leader download an assistant's shifts before sharing", async () => {
    await leader.goto(baseUrl);
    await leader.getByLabel("Name", { exact: true }).fill("Calendar rota");
    await leader.getByLabel("Name", { exact: true }).press("Enter");
    await leader.getByRole("heading", { name: "Calendar rota" }).waitFor();
    await leader.getByLabel("Name", { exact: true }).fill("Anna");
    await leader.getByLabel("Name", { exact: true }).press("Enter");
    await leader.getByRole("columnheader", { name: "Anna" }).waitFor();
    await leader.locator('[role="gridcell"][tabindex="0"]').focus();
    await leader.keyboard.press("Control+Home");
    await leader.keyboard.type("7-15");
    await leader.keyboard.press("Enter");

    await leader.getByRole("button", { name: "Availability, wishes and swaps" }).click();
    await leader.getByText("A calendar subscription needs the arrangement to be shared").waitFor();
    const file = await download(leader, "Export Anna's shifts (iCal)");
    expect(file.name).toBe("Anna.ics");
    expect(file.text).toContain("BEGIN:VEVENT");
    expect(file.text).toContain("SUMMARY:Shift 07:00–15:00");
    expect(file.text).toContain("X-WR-CALNAME:Calendar rota: Anna");
    await expect.poll(() => live(leader)).toContain("Shifts saved in Anna.ics: 1.");

    await leader.getByRole("button", { name: "Sharing" }).click();
    await leader.getByRole("button", { name: "Share this arrangement" }).click();
    await leader.getByText("Your role: Work leader").waitFor();
    await leader.getByLabel("Invite as").selectOption({ label: "Assistant" });
    await leader.getByLabel("Which assistant").selectOption({ label: "Anna" });
    await leader.getByRole("button", { name: "Create invite link" }).click();
    await expect.poll(() => live(leader)).toContain("Invite link created");
    link = await leader.getByLabel("Invite link", { exact: true }).inputValue();
  });

  it("lets the assistant download their shifts and subscribe to them, then revoke", async () => {
    await anna.goto(link);
    await anna.getByRole("heading", { name: "Calendar rota" }).waitFor();
    const own = await download(anna, "Export my shifts (iCal)");
    expect(own.text).toContain("SUMMARY:Shift 07:00–15:00");

    await anna.getByRole("button", { name: "Make a subscription address" }).click();
    await expect.poll(() => live(anna)).toContain("The subscription address is made.");
    const https = await anna
      .getByRole("textbox", { name: "Address for web calendars (https)" })
      .inputValue();
    const webcal = await anna
      .getByRole("textbox", { name: "Address for calendar apps (webcal)" })
      .inputValue();
    expect(webcal).toBe(https.replace(/^https?:/, "webcal:"));
    const feed = await anna.request.get(https);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await feed.text()).toContain("SUMMARY:Shift 07:00–15:00");
    expect(await axe(anna)).toEqual([]);

    const feeds = anna.getByRole("list", { name: "Subscription addresses" });
    await feeds.getByRole("button", { name: /^Revoke: Made / }).click();
    await expect.poll(() => live(anna)).toContain("The subscription address is revoked.");
    expect((await anna.request.get(https)).status()).toBe(404);
    await expect.poll(() => feeds.count()).toBe(0);
  });

  it("logged no errors in the browsers", () => {
    expect(errors.flat()).toEqual([]);
  });
});
