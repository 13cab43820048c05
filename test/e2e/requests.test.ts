/**
 * An assistant's own document in real headless Chromium through the real sync server: the work
 * leader invites an assistant; on the assistant's link they say which day they cannot work and
 * ask to swap a shift; the leader sees the day marked in the grid (in words, described to screen
 * readers) and the request, approves it by keyboard, and the shift moves to the colleague; the
 * assistant sees the answer. Bad input gets an error at its field.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, cellAt, collectErrors, createByKeyboard, launch, typeInCell } from "./browser.js";

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

const cell = cellAt;

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

/** Every WebSocket frame the leader's page sent (to check what reaches the server). */
const leaderSent: string[] = [];

beforeAll(async () => {
  browser = await launch();
  leader = await newPage();
  leader.on("websocket", (ws) =>
    ws.on("framesent", (f) =>
      leaderSent.push(typeof f.payload === "string" ? f.payload : f.payload.toString("latin1")),
    ),
  );
  anna = await newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe("availability and swap requests", () => {
  let link = "";

  it("invites an assistant to an arrangement with a shift on Sunday", async () => {
    await createByKeyboard(leader, baseUrl, "Requests rota", ["Anna", "Bo"]);
    // Sunday is never before today in this week; Monday's first hour has begun (or is today's)
    await typeInCell(leader, 6, 0, "7-15");
    await expect.poll(() => cell(leader, 6, 0).textContent()).toContain("7–15");
    await typeInCell(leader, 0, 0, "0-1");
    await expect.poll(() => cell(leader, 0, 0).textContent()).toContain("00–01");
    await typeInCell(leader, 0, 1, "0-1");
    await expect.poll(() => cell(leader, 0, 1).textContent()).toContain("00–01");
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
    const fromId = await from.getAttribute("id");
    await expect.poll(() => anna.evaluate(() => document.activeElement?.id)).toBe(fromId);
    await from.fill(await weekDay(anna, 5));
    await anna.getByLabel("Note").first().fill("exams");
    await anna.getByRole("button", { name: "Add days I cannot work" }).press("Enter");
    await expect.poll(() => live(anna)).toContain("Added.");
    await anna
      .getByRole("list", { name: "Cannot work" })
      .getByText("cannot work (exams)")
      .waitFor();
    expect(await from.getAttribute("aria-invalid")).toBeNull();
    // a wish, added and taken back
    await anna.getByLabel("Date", { exact: true }).fill(await weekDay(anna, 6));
    await anna.getByRole("button", { name: "Add wish" }).press("Enter");
    const wishes = anna.getByRole("list", { name: "Wishes" });
    await expect.poll(() => wishes.textContent()).toContain("would like the day off");
    await wishes.getByRole("button", { name: /^Remove: / }).press("Enter");
    await expect.poll(() => live(anna)).toContain("Removed.");
    await expect.poll(() => wishes.count()).toBe(0);
  });

  it("lets the assistant ask to swap their shift with a colleague", async () => {
    const shift = anna.getByLabel("Shift", { exact: true });
    const sunday = shift.locator("option").filter({ hasText: "07:00–15:00" });
    await shift.selectOption(await sunday.getAttribute("value"));
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

  it("lets the assistant report actual hours, and the leader approve them into the rota", async () => {
    const hours = anna.getByRole("list", { name: "My hours" });
    const monday = hours.getByRole("listitem").filter({ hasText: "00:00–01:00" });
    await expect.poll(() => monday.textContent()).toContain("not reported");
    await monday.getByRole("button", { name: "Other times" }).press("Enter");
    await monday.getByLabel("To").fill("01:30");
    await monday.getByRole("button", { name: "Save times" }).press("Enter");
    await expect.poll(() => live(anna)).toContain("Reported: worked 00:00–01:30.");
    await expect.poll(() => monday.textContent()).toContain("reported: worked 00:00–01:30");

    const waiting = leader.getByRole("list", { name: "Hours waiting for approval" });
    await expect.poll(() => waiting.textContent()).toContain("Anna");
    expect(await waiting.textContent()).toContain("worked 00:00–01:30");
    await waiting.getByRole("button", { name: "Approve" }).press("Enter");
    await expect.poll(() => live(leader)).toContain("1 approved.");
    await leader.getByText("No reported hours are waiting.").waitFor();
    // what Anna sees comes from the rota's shift, where the leader's approval wrote it
    await expect.poll(() => monday.textContent()).toContain("approved: worked 00:00–01:30");
  });

  it("lets the leader record a cancelled shift, or one a colleague worked, straight into the rota", async () => {
    await leader.getByLabel("Assistant", { exact: true }).selectOption({ label: "Bo" });
    const record = leader.getByRole("list", { name: "Record what happened" });
    const monday = record.getByRole("listitem").filter({ hasText: "00:00–01:00" });
    await monday.getByRole("button", { name: "Cancelled" }).press("Enter");
    await expect.poll(() => monday.textContent()).toContain("approved: cancelled");
    await monday.getByLabel("Worked by").selectOption({ label: "Anna" });
    await monday
      .getByRole("button", { name: "Record that the colleague worked it" })
      .press("Enter");
    await expect.poll(() => monday.textContent()).toContain("approved: worked by Anna");
    // undone in one step, like any rota edit
    await leader.keyboard.press("Control+z");
    await expect.poll(() => monday.textContent()).toContain("approved: cancelled");
    await leader.keyboard.press("Control+y");
    await expect.poll(() => monday.textContent()).toContain("approved: worked by Anna");
    expect(await axe(leader)).toEqual([]);
  });

  it("shows the month's timesheet from the approved hours, and exports it", async () => {
    await leader.getByRole("button", { name: "Timesheets" }).click();
    const month = await weekDay(leader, 0);
    await leader.getByLabel("Timesheet month").fill(month.slice(0, 7));
    const table = leader.getByRole("table", { name: /Timesheet for Anna/ });
    const row = table.getByRole("row").filter({ hasText: "01:30" });
    await expect.poll(() => row.textContent()).toContain("planned 00:00–01:00");
    expect(await row.textContent()).toContain("1.5");
    await leader.getByLabel("Personal number (kept on this device only)").fill("010203-4567");
    await leader.getByRole("button", { name: "Save", exact: true }).last().press("Enter");
    await expect.poll(() => live(leader)).toContain("The personal number is saved on this device.");
    // an edit after saving it goes to the server; the personal number does not
    const before = leaderSent.length;
    await typeInCell(leader, 2, 1, "9-10");
    await expect.poll(() => leaderSent.length).toBeGreaterThan(before);

    const [csv] = await Promise.all([
      leader.waitForEvent("download"),
      leader.getByRole("button", { name: "Download CSV" }).press("Enter"),
    ]);
    expect(csv.suggestedFilename()).toBe(`Anna-${month.slice(0, 7)}.csv`);
    const csvText = await (await csv.createReadStream()).toArray();
    expect(Buffer.concat(csvText).toString("utf8")).toContain("01:30");
    const [pdf] = await Promise.all([
      leader.waitForEvent("download"),
      leader.getByRole("button", { name: "Download PDF" }).press("Enter"),
    ]);
    const pdfBytes = Buffer.concat(await (await pdf.createReadStream()).toArray());
    expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const [json] = await Promise.all([
      leader.waitForEvent("download"),
      leader
        .getByRole("button", { name: "Download for the browser extension (JSON)" })
        .press("Enter"),
    ]);
    const payload = JSON.parse(
      Buffer.concat(await (await json.createReadStream()).toArray()).toString("utf8"),
    ) as { format: string; rows: { start: string; end: string }[] };
    expect(payload.format).toBe("turnus-timesheet/1");
    expect(payload.rows.map((r) => `${r.start}-${r.end}`)).toContain("00:00-01:30");
    expect(await axe(leader)).toEqual([]);
    expect(leaderSent.join("\n")).not.toContain("010203-4567");
  });

  it("is signed by both, which locks the month until the leader reopens it", async () => {
    const month = (await weekDay(leader, 0)).slice(0, 7);
    const signatures = leader.getByRole("region", { name: "Signatures" });
    await leader.getByRole("button", { name: "Sign as work leader" }).press("Enter");
    await expect.poll(() => live(leader)).toContain("Signed.");
    await expect.poll(() => signatures.textContent()).toContain("Signed by the work leader: Lea");

    await anna.getByRole("button", { name: "Timesheets" }).click();
    await anna.getByLabel("Timesheet month").fill(month);
    await anna.getByRole("button", { name: "Sign my timesheet" }).press("Enter");
    await expect.poll(() => live(anna)).toContain("Signed.");
    // the leader's planner takes the assistant's signature into the rota: the month locks
    await expect
      .poll(() => signatures.textContent())
      .toContain("Locked: signed by both. This month's shifts cannot be changed.");
    await expect
      .poll(() => anna.getByRole("region", { name: "Signatures" }).textContent())
      .toContain("Locked");

    await typeInCell(leader, 0, 0, "00-01, 03-04");
    // the editor stays open with the reason (an alert, read out at once)
    await expect
      .poll(() => leader.getByRole("alert").textContent())
      .toContain(`Anna's timesheet for ${month} is signed`);
    await leader.keyboard.press("Escape");
    // the closed editor hands focus back to its cell after the render: wait, or it takes the
    // focus away from the button below between its focus and its Enter
    await expect
      .poll(() => leader.evaluate(() => document.activeElement?.getAttribute("role")))
      .toBe("gridcell");
    await leader.getByRole("button", { name: "Reopen to correct" }).press("Enter");
    await expect.poll(() => live(leader)).toContain("Reopened.");
    await typeInCell(leader, 0, 0, "00-01, 03-04");
    await expect.poll(() => cell(leader, 0, 0).textContent()).toContain("03–04");
    const corrections = leader.getByRole("list", { name: "Corrections since signing" });
    await expect.poll(() => corrections.textContent()).toContain("03:00–04:00");
    expect(await signatures.textContent()).toContain("Not signed by the work leader.");
    expect(await axe(leader)).toEqual([]);
  });

  it("removes the arrangement from the assistant's device, and the invite link brings it back", async () => {
    const id = /#\/a\/([\w-]+)$/.exec(anna.url())?.[1] ?? "";
    const stored = () =>
      anna.evaluate(async (id) => {
        const dbs = await indexedDB.databases();
        return dbs.map((d) => d.name ?? "").filter((n) => n.includes(id));
      }, id);
    expect((await stored()).length).toBe(2); // the rota and Anna's own document
    /** The device settings (Dexie's `turnus-local`) whose key names this arrangement. */
    const settings = (put?: string) =>
      anna.evaluate(
        ({ id, put }) =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open("turnus-local");
            open.onerror = () => reject(new Error(String(open.error)));
            open.onsuccess = () => {
              const tx = open.result.transaction("settings", "readwrite");
              const store = tx.objectStore("settings");
              if (put) store.put({ key: put, value: "010203-4567" });
              const keys = store.getAllKeys();
              tx.oncomplete = () => {
                open.result.close();
                resolve((keys.result as string[]).filter((k) => k.includes(id)));
              };
            };
          }),
        { id, put },
      );
    // a personal number as the timesheet panel keeps it (only on this device)
    expect(await settings(`personalNumber/${id}/a1`)).toEqual([`personalNumber/${id}/a1`]);
    await anna.goto(baseUrl);
    await anna.getByRole("link", { name: "Requests rota" }).waitFor();
    await anna
      .getByRole("button", { name: "Remove from this device: Requests rota" })
      .press("Enter");
    await anna.getByText("The arrangement stays on the server").waitFor();
    // focus is on the confirmation, which names what it removes
    await expect
      .poll(() => anna.evaluate(() => document.activeElement?.textContent))
      .toBe("Yes, remove Requests rota");
    expect(await axe(anna)).toEqual([]);
    await anna.keyboard.press("Enter");
    await expect
      .poll(() => anna.locator("#live").textContent())
      .toContain("Requests rota is removed from this device.");
    expect(await anna.getByRole("link", { name: "Requests rota" }).count()).toBe(0);
    await expect.poll(stored).toEqual([]);
    expect(await settings()).toEqual([]);

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
