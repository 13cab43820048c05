// Convention test (STYLE.md habits 1, 2, 7, 10): the repository's own ESLint config rejects
// forbidden imports and hidden clocks in core, and lets the legitimate imports through.
import path from "node:path";
import { ESLint, type Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

// The real eslint.config.js, minus the type-aware rules: the probe files below do not exist on
// disk, so no TypeScript program contains them. The layering rules need no types.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: tseslint.configs.disableTypeChecked as Linter.Config,
});

/** The rule ids ESLint reports for `code` as if it were the file `file` (repo-relative). */
const problems = async (file: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  const messages = result?.messages ?? [];
  const fatal = messages.filter((m) => m.fatal === true);
  expect(fatal, `parse error in probe: ${fatal.map((m) => m.message).join("; ")}`).toEqual([]);
  return messages.map((m) => m.ruleId ?? "");
};

const CORE_FILE = "core/src/rules/probe.ts";

describe("core may not import client packages or node modules", () => {
  it.each([
    "yjs",
    "y-indexeddb",
    "y-protocols/awareness",
    "@hocuspocus/provider",
    "dexie",
    "preact",
    "preact/hooks",
    "@preact/signals",
  ])("rejects %s anywhere in core", async (pkg) => {
    const code = `import * as m from "${pkg}";\nexport const x = m;\n`;
    expect(await problems(CORE_FILE, code)).toContain("no-restricted-imports");
    expect(await problems("core/src/cli/probe.ts", code)).toContain("no-restricted-imports");
  });

  it.each(["node:fs", "fs", "node:fs/promises", "path"])("rejects %s in core/src", async (mod) => {
    const code = `import * as m from "${mod}";\nexport const x = m;\n`;
    expect(await problems(CORE_FILE, code)).toContain("no-restricted-imports");
  });

  it("lets the command line use node modules", async () => {
    const code = `import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n`;
    expect(await problems("core/src/cli/probe.ts", code)).toEqual([]);
  });

  it("rejects relative imports that leave core (planner/, extension/)", async () => {
    for (const target of ["../../../planner/src/doc/index.js", "../../../extension/content/x.js"]) {
      const code = `import { x } from "${target}";\nexport const y = x;\n`;
      expect(await problems(CORE_FILE, code)).toContain("turnus/layering");
    }
  });

  it.each(["yjs", "y-indexeddb", "@hocuspocus/provider"])(
    "lets only planner/src/doc import %s in the planner",
    async (pkg) => {
      const code = `import * as m from "${pkg}";\nexport const x = m;\n`;
      expect(await problems("planner/src/app/probe.ts", code)).toContain("no-restricted-imports");
      expect(await problems("planner/src/doc/probe.ts", code)).toEqual([]);
    },
  );

  it("allows client packages outside core", async () => {
    const code = `import * as Y from "yjs";\nexport const doc = new Y.Doc();\n`;
    expect(await problems("planner/src/doc/probe.ts", code)).toEqual([]);
  });
});

describe("the sync server (planner/server)", () => {
  it("may import core, yjs, Hocuspocus and node modules, not the planner UI", async () => {
    const ok = [
      `import * as m from "../../core/src/protocol/index.js";`,
      `import * as m from "yjs";`,
      `import * as m from "@hocuspocus/server";`,
      `import * as m from "node:fs";`,
    ];
    for (const line of ok) {
      const code = `${line}\nexport const x = m;\n`;
      expect(await problems("planner/server/probe.ts", code), line).toEqual([]);
    }
    for (const target of ["../src/doc/index.js", "../src/app/store.js", "preact"]) {
      const code = `import * as m from "${target}";\nexport const x = m;\n`;
      expect(await problems("planner/server/probe.ts", code), target).toContain(
        "no-restricted-imports",
      );
    }
  });
});

describe("the browser extension (extension/src)", () => {
  it("may import core and its own folders, not the planner, Yjs, Dexie or Hocuspocus", async () => {
    const ok = [
      `import * as m from "../../../core/src/timesheet/index.js";`,
      `import * as m from "../fill/index.js";`,
      `import * as m from "preact";`,
      `import * as m from "zod";`,
    ];
    for (const line of ok) {
      const code = `${line}\nexport const x = m;\n`;
      expect(await problems("extension/src/popup/probe.ts", code), line).toEqual([]);
    }
    for (const target of [
      "../../../planner/src/app/store.js",
      "yjs",
      "y-indexeddb",
      "dexie",
      "@hocuspocus/provider",
    ]) {
      const code = `import * as m from "${target}";\nexport const x = m;\n`;
      expect(await problems("extension/src/popup/probe.ts", code), target).toContain(
        "no-restricted-imports",
      );
    }
  });
});

describe("core folders talk to each other only through index.js", () => {
  it("accepts another folder's index and files of the own folder", async () => {
    const code = [
      `import { Zone } from "../time/index.js";`,
      `import { helper } from "./helper.js";`,
      `import { deeper } from "./sub/deeper.js";`,
      `export const x = [Zone, helper, deeper];`,
      ``,
    ].join("\n");
    expect(await problems(CORE_FILE, code)).toEqual([]);
    expect(
      await problems("core/src/rules/sub/probe.ts", `export { x } from "../probe.js";\n`),
    ).toEqual([]);
  });

  it.each([
    `import { Zone } from "../time/zone.js";\nexport const x = Zone;\n`,
    `import type { Instant } from "../time/types.js";\nexport type X = Instant;\n`,
    `export { Zone } from "../time/zone.js";\n`,
    `export * from "../time/zone.js";\n`,
    `export const load = () => import("../time/zone.js");\n`,
    `import { y } from "../time/sub/index.js";\nexport const x = y;\n`,
  ])("rejects a deep import: %s", async (code) => {
    expect(await problems(CORE_FILE, code)).toContain("turnus/layering");
  });

  it("rejects a deep import from a nested file too", async () => {
    const code = `import { Zone } from "../../time/zone.js";\nexport const x = Zone;\n`;
    expect(await problems("core/src/rules/sub/probe.ts", code)).toContain("turnus/layering");
  });

  it("keeps the command line a leaf: core does not import it", async () => {
    const code = `import { main } from "../cli/index.js";\nexport const x = main;\n`;
    expect(await problems(CORE_FILE, code)).toContain("turnus/layering");
  });

  it("lets the command line import core folders through their index", async () => {
    const ok = `import { Zone } from "../time/index.js";\nexport const x = Zone;\n`;
    const deep = `import { Zone } from "../time/zone.js";\nexport const x = Zone;\n`;
    expect(await problems("core/src/cli/probe.ts", ok)).toEqual([]);
    expect(await problems("core/src/cli/probe.ts", deep)).toContain("turnus/layering");
  });

  it("holds tests to the same public face", async () => {
    const file = "test/core/time/probe.test.ts";
    const ok = `import { Zone } from "../../../core/src/time/index.js";\nexport const x = Zone;\n`;
    const deep = `import { Zone } from "../../../core/src/time/zone.js";\nexport const x = Zone;\n`;
    expect(await problems(file, ok)).toEqual([]);
    expect(await problems(file, deep)).toContain("turnus/layering");
  });
});

describe("no hidden clock, randomness or timers in core/src", () => {
  it.each([
    "export const t = Date.now();",
    "export const t = new Date();",
    "export const t = Date();",
    "export const r = Math.random();",
    "export const t = Temporal.Now.instant();",
    "export const id = crypto.randomUUID();",
    "setTimeout(() => undefined, 10);",
    "setInterval(() => undefined, 10);",
  ])("rejects %s", async (code) => {
    const found = await problems("core/src/time/probe.ts", `${code}\n`);
    expect(found.some((id) => id.startsWith("no-restricted-"))).toBe(true);
  });

  it("accepts a clock passed in and dates built from a value", async () => {
    const code = `export const at = (now: () => number) => new Date(now());\n`;
    expect(await problems("core/src/time/probe.ts", code)).toEqual([]);
  });

  it("lets the command line read the clock", async () => {
    expect(await problems("core/src/cli/probe.ts", "export const t = Date.now();\n")).toEqual([]);
  });
});

describe("tests", () => {
  it("may not leave .only in", async () => {
    const code = `import { it } from "vitest";\nit.only("x", () => undefined);\n`;
    expect(await problems("test/core/probe.test.ts", code)).toContain("no-restricted-properties");
  });
});
