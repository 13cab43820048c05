/**
 * `npm run build:extension`'s output: a loadable MV3 folder whose manifest asks for the minimal
 * permissions, lets only the planner's origin message it, exposes nothing to web pages, and a
 * zip with the manifest at its root. No remote code: no script imported from the network, no
 * `eval(` or `new Function(` written in the code (zod can compile validators with `Function`; the
 * extension's scripts set it `jitless`, and MV3's CSP would refuse it anyway).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExtension } from "../e2e/extension-harness.js";

const temp = mkdtempSync(path.join(tmpdir(), "turnus-ext-build-"));
let plain: string;
let withPortal: string;

/** The manifest of the build in `dir`. */
const manifestOf = (dir: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Record<string, unknown>;

/** Every .js file of the build in `dir`, with its text. */
function scripts(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".js"))
    .map((f) => [f, readFileSync(path.join(dir, f), "utf8")]);
}

beforeAll(async () => {
  plain = await buildExtension(
    { plannerOrigin: "https://turnus.example" },
    path.join(temp, "plain"),
  );
  withPortal = await buildExtension(
    { plannerOrigin: "https://turnus.example", portalOrigins: ["https://tid.kommune.example/x"] },
    path.join(temp, "portal"),
  );
}, 120_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("the built extension", { timeout: 30_000 }, () => {
  it("asks for activeTab, scripting and storage only, other origins one at a time", () => {
    const m = manifestOf(plain);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(["activeTab", "scripting", "storage"]);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(["https://*/*", "http://*/*"]);
    expect(manifestOf(withPortal).host_permissions).toEqual(["https://tid.kommune.example/*"]);
  });

  it("opens from the keyboard: Alt+Shift+T opens the popup", () => {
    expect(manifestOf(plain).commands).toEqual({
      _execute_action: { suggested_key: { default: "Alt+Shift+T" }, description: "Open Turnus" },
    });
  });

  it("lets only the planner's origin message it or see its content script", () => {
    const m = manifestOf(plain) as {
      externally_connectable: { matches: string[] };
      content_scripts: { matches: string[] }[];
    };
    expect(m.externally_connectable.matches).toEqual(["https://turnus.example/*"]);
    expect(m.content_scripts.flatMap((c) => c.matches)).toEqual(["https://turnus.example/*"]);
  });

  it("exposes no file to web pages and keeps the default extension CSP", () => {
    const m = manifestOf(plain);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
  });

  it("has the frame script it injects, and no remote code", () => {
    const files = scripts(plain);
    expect(files.map(([f]) => f)).toContain(path.join("src", "content", "frame.js"));
    const frame = files.find(([f]) => f.endsWith("frame.js"))![1];
    expect(frame).toMatch(/\(\{jitless:!0\}\)/); // zod told not to compile validators
    for (const [file, text] of files) {
      expect.soft(text, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
      expect.soft(text, file).not.toMatch(/\bnew Function\s*\(|\beval\s*\(/);
    }
  });

  it("zips the folder with the manifest at the root, for the Chrome Web Store", () => {
    const zip = readFileSync(path.join(path.dirname(plain), "turnus-extension.zip"));
    expect(zip.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    // file names are stored as written; the manifest sits at the root, not in a folder
    expect(zip.includes(Buffer.from("manifest.json"))).toBe(true);
    expect(zip.includes(Buffer.from("extension/manifest.json"))).toBe(false);
  });
});
