/**
 * Convention tests (STYLE.md habits 2, 3, 7, 10, 12): every rule is registered, documented with
 * its legal source, given parameters in each profile and tested; every exported core function
 * has JSDoc; every core folder has one public face without `export *`; the domain reads no
 * clock, no randomness and no browser globals.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROFILE_PARAMS, RULES, RULE_IDS } from "../../core/src/rules/index.js";

const root = path.resolve(import.meta.dirname, "../..");
const coreSrc = path.join(root, "core/src");

/** Repository-relative paths (forward slashes) of the files under `dir` whose name matches. */
function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .map((f) => path.posix.join(dir, f.split(path.sep).join("/")))
    .filter((f) => pattern.test(f) && statSync(path.join(root, f)).isFile())
    .sort();
}

const read = (rel: string): string => readFileSync(path.join(root, rel), "utf8");

const coreTs = filesUnder("core/src", /\.ts$/);
const domainTs = coreTs.filter((f) => !f.startsWith("core/src/cli/"));

/** The file of a rule: `core/src/rules/<id>.ts`. */
const ruleFile = (id: string): string => `core/src/rules/${id}.ts`;

/** The file's leading `/** ... *\/` comment, or undefined when the file does not open with one. */
function topDocComment(text: string): string | undefined {
  const m = /^\s*(\/\*\*[\s\S]*?\*\/)/.exec(text);
  return m?.[1];
}

describe("rules: registered, documented, parameterised and tested", () => {
  it("registers every id of RULE_IDS exactly once in RULES, and nothing else", () => {
    const registered = RULES.map((r) => r.id);
    expect([...registered].sort()).toEqual([...RULE_IDS].sort());
    expect(new Set(registered).size).toBe(registered.length);
  });

  it.each(RULE_IDS)("%s has a source per profile and a summary per language", (id) => {
    const rule = RULES.find((r) => r.id === id);
    expect(rule, `${id} is not in RULES`).toBeDefined();
    for (const text of [
      rule?.source.dk,
      rule?.source.no,
      rule?.summary.da,
      rule?.summary.nb,
      rule?.summary.en,
    ]) {
      expect(text?.trim() ?? "").not.toBe("");
    }
  });

  it.each(RULE_IDS)("%s has parameters with enabled and severity in both profiles", (id) => {
    for (const profile of ["dk", "no"] as const) {
      const params = PROFILE_PARAMS[profile][id];
      expect(params, `${profile}.${id}`).toBeDefined();
      expect(params.enabled, `${profile}.${id}.enabled`).toBeTypeOf("boolean");
      expect(["error", "warning"], `${profile}.${id}.severity`).toContain(params.severity);
    }
  });

  it.each(RULE_IDS)("%s lives in its own file, which defines it", (id) => {
    const file = ruleFile(id);
    expect(existsSync(path.join(root, file)), `${file} is missing`).toBe(true);
    expect(read(file)).toContain(`id: "${id}"`);
  });

  it.each(RULE_IDS)("%s cites a legal source in its file's top doc comment", (id) => {
    const file = ruleFile(id);
    const doc = topDocComment(read(file));
    expect(doc, `${file} does not open with a /** ... */ comment`).toBeDefined();
    expect(doc, `${file}: its top doc comment names no legal source`).toMatch(
      /§|bekendtgørelse|lov/,
    );
  });

  it.each(RULE_IDS)("%s has a test file that names it", (id) => {
    const file = `test/core/rules/${id}.test.ts`;
    expect(existsSync(path.join(root, file)), `${file} is missing`).toBe(true);
    expect(read(file)).toMatch(new RegExp(`["'\`]${id}["'\`]`));
  });
});

/** `export function`, `export async function`, `export class`, `export const f = (...) =>`. */
const EXPORTED_CODE =
  /^export\s+(?:(?:async\s+)?function\b|(?:abstract\s+)?class\b|const\s+[\w$]+\s*(?::.+?)?=\s*(?:async\s*)?(?:\(|<|[\w$]+\s*=>))/;

/** The exported functions and classes of `text` not directly preceded by a JSDoc comment. */
function exportsWithoutJsDoc(file: string, text: string): string[] {
  const lines = text.split(/\r?\n/);
  const missing: string[] = [];
  lines.forEach((line, i) => {
    if (!EXPORTED_CODE.test(line)) return;
    const before = lines[i - 1]?.trim() ?? "";
    let opens = i - 1;
    while (opens >= 0 && !(lines[opens]?.trim().startsWith("/*") ?? false)) opens--;
    const isJsDoc = before.endsWith("*/") && (lines[opens]?.trim().startsWith("/**") ?? false);
    if (!isJsDoc) missing.push(`${file}:${i + 1}: ${line.trim()}`);
  });
  return missing;
}

describe("docs: JSDoc on every exported core function (STYLE habit 12)", () => {
  it("finds the exports it is meant to find", () => {
    const probe = [
      "/** Documented. */",
      "export function a() {}",
      "export async function b() {}",
      "// a line comment is not JSDoc",
      "export class C {}",
      "/* nor is a plain block comment */",
      "export const d = (x: number) => x;",
      "",
      "export const e = async <T>(x: T) => x;",
      "export const f: (x: number) => number = (x) => x;",
      "export const LIMIT = 3;",
    ].join("\n");
    expect(exportsWithoutJsDoc("probe.ts", probe)).toEqual([
      "probe.ts:3: export async function b() {}",
      "probe.ts:5: export class C {}",
      "probe.ts:7: export const d = (x: number) => x;",
      "probe.ts:9: export const e = async <T>(x: T) => x;",
      "probe.ts:10: export const f: (x: number) => number = (x) => x;",
    ]);
  });

  it("has a JSDoc comment directly above every exported function, class and arrow", () => {
    const missing = coreTs.flatMap((f) => exportsWithoutJsDoc(f, read(f)));
    expect(missing).toEqual([]);
  });
});

describe("folders: one public face each (STYLE habit 7)", () => {
  const folders = readdirSync(coreSrc, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it("finds the core folders", () => {
    expect(folders).toEqual(expect.arrayContaining(["model", "rules", "time", "timesheet"]));
  });

  it("gives every core folder that holds code an index.ts", () => {
    const withCode = folders.filter(
      (name) => name !== "cli" && coreTs.some((f) => f.startsWith(`core/src/${name}/`)),
    );
    expect(withCode.length).toBeGreaterThan(0);
    const lacking = withCode.filter((name) => !existsSync(path.join(coreSrc, name, "index.ts")));
    expect(lacking).toEqual([]);
  });

  it("has no `export *` anywhere in core", () => {
    const offenders = filesUnder("core", /\.(ts|mts|js|mjs)$/).filter((f) =>
      /^\s*export\s*\*/m.test(read(f)),
    );
    expect(offenders).toEqual([]);
  });
});

/** Globals that exist only in browsers or extensions (`indexedDB` is caught as a name anywhere). */
const BROWSER_OBJECTS = new Set(["window", "document", "chrome"]);
const BROWSER_GLOBALS = new Set([...BROWSER_OBJECTS, "indexedDB"]);

/**
 * The hidden clocks, randomness and browser globals that `text` uses in code (comments and
 * strings do not count): `Date.now()`, `new Date()`, `Math.random()`, `window.`, `document.`,
 * `chrome.`, `indexedDB`. Each as `file:line: what`.
 */
function forbiddenUses(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${file}:${line + 1}: ${what}`);
  };
  const isAccess = (node: ts.Node, object: string, property: string): boolean =>
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === object &&
    node.name.text === property;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      if (isAccess(node.expression, "Date", "now")) report(node, "Date.now()");
      if (isAccess(node.expression, "Math", "random")) report(node, "Math.random()");
    }
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "Date" &&
      (node.arguments?.length ?? 0) === 0
    ) {
      report(node, "new Date()");
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const object = node.expression.text;
      if (BROWSER_OBJECTS.has(object)) report(node, `${object}.`);
      if (object === "globalThis" && BROWSER_GLOBALS.has(node.name.text)) {
        report(node, `globalThis.${node.name.text}`);
      }
    }
    if (ts.isIdentifier(node) && node.text === "indexedDB") report(node, "indexedDB");
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...new Set(found)];
}

describe("no hidden clock, randomness or browser globals in core (STYLE habits 1, 2)", () => {
  it("finds them in code but not in comments or strings", () => {
    const probe = [
      "// Date.now() window.x new Date() in a comment",
      "/** chrome.runtime and indexedDB in a doc comment */",
      'const s = "rest-window.js window.open() Math.random()";',
      "const ok = new Date(0);",
      "const t = Date.now();",
      "const d = new Date();",
      "const r = Math.random();",
      "const w = window.innerWidth;",
      "const e = document.body;",
      "chrome.runtime.sendMessage(t);",
      "const db = indexedDB.open('x');",
      "const g = globalThis.window;",
      "const n = `${Date.now()}`;",
    ].join("\n");
    expect(forbiddenUses("probe.ts", probe)).toEqual([
      "probe.ts:5: Date.now()",
      "probe.ts:6: new Date()",
      "probe.ts:7: Math.random()",
      "probe.ts:8: window.",
      "probe.ts:9: document.",
      "probe.ts:10: chrome.",
      "probe.ts:11: indexedDB",
      "probe.ts:12: globalThis.window",
      "probe.ts:13: Date.now()",
    ]);
  });

  it("reads every core file outside core/src/cli and finds none", () => {
    expect(domainTs.length).toBeGreaterThan(10);
    expect(domainTs.flatMap((f) => forbiddenUses(f, read(f)))).toEqual([]);
  });
});
