// The extension's language: the browser's by default; chosen on the options page by keyboard,
// the page redraws in it with focus kept on the choice, and the popup follows. (Debian's Chromium
// ships only its en-US locale, so the browser's own language cannot be switched here.)
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe } from "./browser.js";
import { loadExtension, type LoadedExtension } from "./extension-harness.js";

const baseUrl = inject("baseUrl");
let ext: LoadedExtension;

beforeAll(async () => {
  ext = await loadExtension({ plannerOrigin: new URL(baseUrl).origin });
}, 120_000);

afterAll(async () => {
  await ext?.close();
});

/** The popup's first paragraph and its document language. */
async function popupSays(): Promise<{ lang: string; text: string }> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
  const nothing = popup.locator("p").first();
  await nothing.waitFor();
  const said = {
    lang: await popup.evaluate(() => document.documentElement.lang),
    text: await nothing.innerText(),
  };
  await popup.close();
  return said;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

describe("the extension's language and shortcut", { timeout: 30_000 }, () => {
  it("is chosen on the options page by keyboard; the page and the popup follow; the page names the shortcut", async () => {
    expect(await popupSays()).toMatchObject({
      lang: "en",
      text: expect.stringMatching(/^Nothing waiting/) as unknown,
    });
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    // The note says what the browser has assigned (the headless Chromium here assigns none).
    const shortcut = await page.evaluate<string>(
      `chrome.commands.getAll().then((c) => c.find((x) => x.name === "_execute_action")?.shortcut ?? "")`,
    );
    const keyboard = page.getByRole("region", { name: "Keyboard" });
    await expect
      .poll(() => keyboard.innerText())
      .toContain(shortcut ? `${shortcut} opens Turnus.` : "No keyboard shortcut opens Turnus.");
    const language = page.getByLabel("The extension's language");
    expect(await language.inputValue()).toBe("browser");
    await language.focus();
    await page.keyboard.press("ArrowDown"); // "Dansk", the first after the browser's
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("da");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Portalprofiler");
    expect(await page.getByLabel("Udvidelsens sprog").inputValue()).toBe("da");
    expect(await focusedId(page)).toBe("language"); // redrawn, focus kept on the choice
    expect(await axe(page)).toEqual([]);
    expect(await popupSays()).toMatchObject({
      lang: "da",
      text: expect.stringMatching(/^Intet venter/) as unknown,
    });

    await page.getByLabel("Udvidelsens sprog").selectOption("browser");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(
      await ext.sw.evaluate<unknown>(
        "chrome.storage.local.get('language').then((r) => r.language ?? null)",
      ),
    ).toBeNull();
    expect((await popupSays()).lang).toBe("en");
    await page.close();
  });
});
