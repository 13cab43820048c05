/**
 * An assistant's own document in real headless Chromium through the real sync server: the work
 * leader invites an assistant; on the assistant's link they say which day they cannot work and
 * ask to swap a shift; the leader sees the day marked in the grid (in words, described to screen
 * readers) and the request, approves it by keyboard, and the shift moves to the colleague; the
 * assistant sees the answer. Bad input gets an error at its field.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, collectErrors, launch } from "./browser.js";

const baseUrl = inject("baseUrl");

let browser: Browser;
let leader: Page;
let anna: Page;
const errors: string[][] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  errors.push(collectErrors(page));
  return page;
}

const cell = (p: Page, row: number, col: number) =>
  p.locator(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);

/** Types `text` into a grid cell (row = weekday from Monday, col = assistant) by keyboard. */
async function typeInCell(p: Page, row: number, col: number, text: string): Promise<void> {
  await p.locator('[role="gridcell"][tabindex="0"]').focus();
  await p.keyboard.press("Control+Home");
  for (let i = 0; i < row; i++) await p.keyboard.press("ArrowDown");
  for (let i = 0; i < col; i++) await p.keyboard.press("ArrowRight");
  await p.keyboard.type(text);
  await p.keyboard.press("Enter");
}

/** What a cell's description says (aria-describedby), as a screen reader would read it. */
const described = (p: Page, row: number, col: number) =>
  cell(p, row, col).evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );

const live = (p: Page) => p.locator("#live").textContent();

/** This week's day `n` (0 = Monday) in the browser's own calendar, `YYYY-MM-DD`. */
const weekDay = (p: Page, n: number) =>
  p.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() - ((d.getDay() + 6) % 7) + n);
    const pad = (x: number) => String(x).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, n);

beforeAll(async () => {
  browser = await launch();
  leader = await newPage();
  anna = await newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe("availability and swap requests", () => {
  let link = "";

  it("invites an assistant to an arrangement with a shift on Sunday", async () => {
    await leader.goto(baseUrl);
    await leader.getByLabel("Name", { exact: true }).fill("Requests rota");
    await leader.getByLabel("Name", { exact: true }).press("Enter");
    await leader.getByRole("heading", { name: "Requests rota" }).waitFor();
    for (const who of ["Anna", "Bo"]) {
      await leader.getByLabel("Name", { exact: true }).fill(who);
      await leader.getByLabel("Name", { exact: true }).press("Enter");
      await leader.getByRole("columnheader", { name: who }).waitFor();
    }
    // Sunday is never before today in this week
    await typeInCell(leader, 6, 0, "7-15");
    await expect.poll(() => cell(leader, 6, 0).textContent()).toContain("7–15");
    await leader.getByRole("button", { name: "Sharing" }).click();
    await leader.getByRole("button", { name: "Share this arrangement" }).click();
    await leader.getByText("Your role: Work leader").waitFor();
    const name = leader.getByLabel("Your name (shown to others)");
    await name.fill("Lea");
    await name.press("Enter");
    await leader.getByLabel("Invite as").selectOption({ label: "Assistant" });
    await leader.getByLabel("Which assistant").selectOption({ label: "Anna" });
    await leader.getByRole("button", { name: "Create invite link" }).click();
    await expect.poll(() => live(leader)).toContain("Invite link created");
    link = await leader.getByLabel("Invite link", { exact: true }).inputValue();
  });

  it("lets the assistant say when they cannot work, with errors at the field", async () => {
    await anna.goto(link);
    await anna.getByRole("heading", { name: "Requests rota" }).waitFor();
    const panel = anna.getByRole("button", { name: "My availability, wishes and swaps" });
    expect(await panel.getAttribute("aria-expanded")).toBe("true");
    // nothing typed: the error is at the date, and focus goes there
    await anna.getByRole("button", { name: "Add days I cannot work" }).press("Enter");
    const from = anna.getByLabel("From date");
    await expect.poll(() => from.getAttribute("aria-invalid")).toBe("true");
    expect(await anna.evaluate(() => document.activeElement?.id)).toBe(
      await from.getAttribute("id"),
    );
    await from.fill(await weekDay(anna, 5));
    await anna.getByLabel("Note").first().fill("exams");
    await anna.getByRole("button", { name: "Add days I cannot work" }).press("Enter");
    await expect.poll(() => live(anna)).toContain("Added.");
    await anna
      .getByRole("list", { name: "Cannot work" })
      .getByText("cannot work (exams)")
      .waitFor();
    expect(await from.getAttribute("aria-invalid")).toBeNull();
  });

  it("lets the assistant ask to swap their shift with a colleague", async () => {
    await anna.getByLabel("Shift", { exact: true }).selectOption({ index: 0 });
    expect(await anna.getByLabel("Shift", { exact: true }).textContent()).toContain("07:00–15:00");
    await anna.getByLabel("To", { exact: true }).selectOption({ label: "Bo" });
    await anna.getByRole("button", { name: "Ask to swap" }).press("Enter");
    await expect.poll(() => live(anna)).toContain("The swap request is sent");
    await anna.getByText("(to Bo): waiting for an answer").waitFor();
    expect(await axe(anna)).toEqual([]);
  });

  it("shows the leader the day in the grid and the request, and approving moves the shift", async () => {
    await expect.poll(() => cell(leader, 5, 0).textContent()).toContain("Can't work");
    expect(await described(leader, 5, 0)).toContain("cannot work (exams)");
    // a shift typed on that day anyway says so
    await typeInCell(leader, 5, 0, "8-12");
    await expect
      .poll(() => described(leader, 5, 0))
      .toContain("Planned although the assistant cannot work");

    await leader.getByRole("button", { name: "Availability, wishes and swaps" }).click();
    const request = leader
      .getByRole("list", { name: "Swap requests waiting" })
      .getByRole("listitem");
    await expect.poll(() => request.textContent()).toContain("Anna asks to swap");
    expect(await leader.getByLabel("Give the shift to").inputValue()).not.toBe("");
    expect(await axe(leader)).toEqual([]);
    await leader.getByRole("button", { name: "Approve" }).press("Enter");
    await expect.poll(() => live(leader)).toContain("Approved: the shift is moved to Bo.");
    await expect.poll(() => cell(leader, 6, 1).textContent()).toContain("7–15");
    expect(await cell(leader, 6, 0).textContent()).not.toContain("7–15");
    await leader.getByText("No swap requests are waiting.").waitFor();
  });

  it("tells the assistant the answer, and their grid follows", async () => {
    await anna.getByText("(to Bo): approved, by Lea").waitFor();
    await expect.poll(() => cell(anna, 6, 1).textContent()).toContain("7–15");
    await anna.getByText("You have no coming shifts to swap.").waitFor();
  });

  it("removes the arrangement from the assistant's device, and the invite link brings it back", async () => {
    const id = /#\/a\/([\w-]+)$/.exec(anna.url())?.[1] ?? "";
    const stored = () =>
      anna.evaluate(async (id) => {
        const dbs = await indexedDB.databases();
        return dbs.map((d) => d.name ?? "").filter((n) => n.includes(id));
      }, id);
    expect((await stored()).length).toBe(2); // the rota and Anna's own document
    await anna.goto(baseUrl);
    await anna.getByRole("link", { name: "Requests rota" }).waitFor();
    await anna
      .getByRole("button", { name: "Remove from this device: Requests rota" })
      .press("Enter");
    await anna.getByText("The arrangement stays on the server").waitFor();
    // focus is on the confirmation, which names what it removes
    expect(await anna.evaluate(() => document.activeElement?.textContent)).toBe(
      "Yes, remove Requests rota",
    );
    expect(await axe(anna)).toEqual([]);
    await anna.keyboard.press("Enter");
    await expect
      .poll(() => anna.locator("#live").textContent())
      .toContain("Requests rota is removed from this device.");
    expect(await anna.getByRole("link", { name: "Requests rota" }).count()).toBe(0);
    await expect.poll(stored).toEqual([]);

    await anna.goto(link);
    await anna.getByRole("heading", { name: "Requests rota" }).waitFor();
    await anna
      .getByRole("list", { name: "Cannot work" })
      .getByText("cannot work (exams)")
      .waitFor();
  });

  it("logged no errors", () => {
    expect(errors.flat()).toEqual([]);
  });
});
