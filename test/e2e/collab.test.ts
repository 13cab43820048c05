/**
 * Collaboration in real headless Chromium through the real sync server (test/e2e/setup.ts): a
 * work leader shares an arrangement and invites a co-leader; the co-leader opens the invite link
 * in another browser context (the token leaves the address at once); each sees the other's edits
 * and where the other is; one goes offline, edits, comes back, and both converge; a viewer's
 * link gives a read-only grid. Keyboard only, as in the other tests.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, cellAt, collectErrors, createByKeyboard, launch, typeInCell } from "./browser.js";

const baseUrl = inject("baseUrl");

let browser: Browser;
const contexts: BrowserContext[] = [];
let leader: Page;
let co: Page;
let coContext: BrowserContext;
const errors: string[][] = [];
const pages: Page[] = [];

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "en-GB" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(baseUrl).origin,
  });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  errors.push(collectErrors(page));
  pages.push(page);
  return { context, page };
}

const cell = cellAt;

const connection = (p: Page) => p.locator(".sync-state").textContent();

/** Opens the sharing panel and sets the name the others see. */
async function openSharing(p: Page, name: string): Promise<void> {
  await p.getByRole("button", { name: "Sharing" }).click();
  const field = p.getByLabel("Your name (shown to others)");
  await field.fill(name);
  await field.press("Enter");
}

/** Makes an invite link for `role` (the option's text) and returns it. */
async function inviteLink(p: Page, role: string): Promise<string> {
  await p.getByLabel("Invite as").selectOption({ label: role });
  await p.getByRole("button", { name: "Create invite link" }).click();
  await expect.poll(() => p.locator("#live").textContent()).toContain("Invite link created");
  const link = await p.getByLabel("Invite link", { exact: true }).inputValue();
  expect(link).toMatch(/#\/join\/[\w-]+\/[\w.-]+$/);
  return link;
}

beforeAll(async () => {
  browser = await launch();
  leader = (await newPage()).page;
  const second = await newPage();
  co = second.page;
  coContext = second.context;
});

afterAll(async () => {
  await browser?.close();
});

describe("collaboration", () => {
  let coLink = "";
  let arrangementId = "";

  it("shares a new arrangement and invites a co-leader", async () => {
    await createByKeyboard(leader, baseUrl, "Shared rota", ["Anna", "Bo"]);
    arrangementId = /#\/a\/([\w-]+)$/.exec(leader.url())?.[1] ?? "";
    expect(arrangementId).not.toBe("");
    await leader.getByRole("button", { name: "Sharing" }).click();
    await leader.getByRole("button", { name: "Share this arrangement" }).click();
    await leader.getByText("Your role: Work leader").waitFor();
    await expect.poll(() => connection(leader)).toContain("Synced");
    const field = leader.getByLabel("Your name (shown to others)");
    await field.fill("Lea");
    await field.press("Enter");
    coLink = await inviteLink(leader, "Co-leader");
    await leader.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => leader.locator("#live").textContent()).toContain("Link copied");
    expect(await leader.getByRole("listitem").filter({ hasText: "Co-leader" }).count()).toBe(1);
    expect(await axe(leader)).toEqual([]);
  });

  it("opens the invite link in another browser: the token leaves the address", async () => {
    // what the leader's live region says from now on
    await leader.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { liveSaid: string[] }).liveSaid = said;
      const live = document.querySelector("#live") as Element;
      new MutationObserver(() => said.push(live.textContent ?? "")).observe(live, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await co.goto(coLink);
    await co.getByRole("heading", { name: "Shared rota" }).waitFor();
    expect(co.url()).toBe(`${baseUrl}#/a/${arrangementId}`);
    expect(await co.evaluate(() => location.href)).not.toContain("join");
    await co.getByRole("columnheader", { name: "Bo" }).waitFor();
    await expect.poll(() => connection(co)).toContain("Synced");
    await openSharing(co, "Cora");
    await co.getByText("Your role: Co-leader").waitFor();
    // the leader hears that someone came (and sees them in the list)
    await expect
      .poll(() => leader.evaluate(() => (window as unknown as { liveSaid: string[] }).liveSaid))
      .toContainEqual(expect.stringContaining("Joined:"));
  });

  it("shows each one's edits and presence to the other", async () => {
    await typeInCell(leader, 0, 0, "7-15");
    await expect.poll(() => cell(co, 0, 0).textContent()).toContain("7–15");
    await typeInCell(co, 1, 1, "8-16");
    await expect.poll(() => cell(leader, 1, 1).textContent()).toContain("8–16");
    // after the commit the co-leader's cursor moved down to Wednesday, Bo
    await expect.poll(() => cell(leader, 2, 1).locator(".peer-label").textContent()).toBe("Cora");
    await expect.poll(() => leader.locator(".presence").textContent()).toContain("Cora (");
    await expect.poll(() => co.locator(".presence").textContent()).toContain("Lea (");
    expect(await axe(leader)).toEqual([]);
  });

  it("keeps editing offline and converges after coming back", async () => {
    await coContext.setOffline(true);
    await expect.poll(() => connection(co)).toContain("Offline — changes are kept on this device");
    await typeInCell(co, 3, 0, "9-17");
    await typeInCell(leader, 4, 1, "10-18");
    await expect.poll(() => cell(co, 3, 0).textContent()).toContain("9–17");
    await new Promise((r) => setTimeout(r, 500));
    expect(await cell(leader, 3, 0).textContent()).not.toContain("9–17");
    expect(await co.locator(".sync-bar").textContent()).toContain("not yet sent");
    await coContext.setOffline(false);
    await expect.poll(() => connection(co), { timeout: 20_000 }).toContain("Synced");
    await expect.poll(() => cell(leader, 3, 0).textContent()).toContain("9–17");
    await expect.poll(() => cell(co, 4, 1).textContent()).toContain("10–18");
    for (const [r, c] of [
      [0, 0],
      [1, 1],
      [3, 0],
      [4, 1],
    ] as const) {
      expect(await cell(co, r, c).textContent()).toContain(
        (await cell(leader, r, c).locator(".shifts").textContent()) ?? "-",
      );
    }
  });

  it("tells what happened when a shift changed offline was also changed by someone else", async () => {
    await coContext.setOffline(true);
    await expect.poll(() => connection(co)).toContain("Offline — changes are kept on this device");
    // the same shift (the 9–17 from before, edited in place) on both sides
    await typeInCell(co, 3, 0, "8-16");
    await typeInCell(leader, 3, 0, "6-14");
    await expect.poll(() => cell(leader, 3, 0).textContent()).toContain("06–14");
    await coContext.setOffline(false);
    await expect.poll(() => connection(co), { timeout: 20_000 }).toContain("Synced");
    const notice = co.locator(".conflict-notice");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("Changed by others while you were offline");
    await expect.poll(() => co.locator("#live").textContent()).toContain("while you were offline");
    // both replicas hold the same shift afterwards, whichever edit was kept
    const kept = (await cell(leader, 3, 0).locator(".shifts").textContent()) ?? "";
    await expect.poll(() => cell(co, 3, 0).locator(".shifts").textContent()).toBe(kept);
    expect(await axe(co)).toEqual([]);
    await notice.getByRole("button").click();
    await expect.poll(() => notice.count()).toBe(0);
  });

  it("gives a viewer's link a read-only grid", async () => {
    const viewerLink = await inviteLink(leader, "Viewer (read only)");
    const { page: viewer } = await newPage();
    await viewer.goto(viewerLink);
    await viewer.getByRole("heading", { name: "Shared rota" }).waitFor();
    await expect.poll(() => cell(viewer, 0, 0).textContent()).toContain("7–15");
    expect(await viewer.getByRole("grid").getAttribute("aria-readonly")).toBe("true");
    await viewer.getByText("This rota is read-only for you").first().waitFor();
    await typeInCell(viewer, 5, 0, "7-15");
    await expect.poll(() => viewer.locator("#live").textContent()).toContain("read-only");
    expect(await cell(viewer, 5, 0).locator(".shifts").textContent()).toBe("");
    expect(await cell(leader, 5, 0).locator(".shifts").textContent()).toBe("");
    expect(await axe(viewer)).toEqual([]);
  });

  it("reports a revoked invite as refused on the device that used it", async () => {
    await leader.getByRole("button", { name: "Revoke: Viewer (read only)" }).click();
    await expect.poll(() => leader.locator("#live").textContent()).toContain("Invite revoked");
    await leader.getByText(/Viewer \(read only\).*\(revoked\)/).waitFor();
    const viewer = pages.at(-1) as Page;
    await expect.poll(() => connection(viewer)).toContain("The server refused access");
  });

  it("keeps a device's data when the local database gains the sync tokens (Dexie 1 → 2)", async () => {
    // not through newPage: the browser's own request for a favicon on the manifest is a 404
    const context = await browser.newContext({ locale: "en-GB" });
    contexts.push(context);
    const page = await context.newPage();
    // a database as the planner before sharing left it (Dexie version 1 is IndexedDB version 10)
    await page.goto(`${baseUrl}manifest.webmanifest`);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open("turnus-local", 10);
          req.onupgradeneeded = () => {
            const db = req.result;
            db.createObjectStore("arrangements", { keyPath: "id" }).createIndex(
              "updatedAt",
              "updatedAt",
            );
            db.createObjectStore("settings", { keyPath: "key" });
            const recent = db.createObjectStore("recent", { keyPath: "id", autoIncrement: true });
            recent.createIndex("at", "at");
            recent.createIndex("arrangementId", "arrangementId");
          };
          req.onsuccess = () => {
            const tx = req.result.transaction("arrangements", "readwrite");
            tx.objectStore("arrangements").put({
              id: "rOld0000001",
              name: "Kept from before",
              createdAt: 1,
              updatedAt: 1,
            });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
          req.onerror = () => reject(new Error(String(req.error)));
        }),
    );
    const pageErrors = collectErrors(page);
    await page.goto(baseUrl);
    await page.getByRole("link", { name: "Kept from before" }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it("threw or logged no errors in any page", () => {
    expect(errors.flat()).toEqual([]);
  });
});
