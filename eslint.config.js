// ESLint flat config. `npm run lint` runs it with --max-warnings 0.
// Layering (STYLE.md habits 1, 2, 7) lives here and is tested by test/tooling/layering.test.ts.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";
import turnus from "./tools/eslint-plugin-turnus.js";

const root = import.meta.dirname;

/** Packages that belong to the planner/extension side, never to core. */
const clientPackages = {
  group: [
    ...["yjs", "yjs/**", "y-*", "@hocuspocus/**", "dexie", "dexie/**", "dexie-*"],
    ...["preact*", "@preact/**"],
  ],
  message: "core is pure domain code: Yjs, IndexedDB and Preact belong in planner/ or extension/.",
};

/** Node's built-in modules: only the command line (core/src/cli) does I/O. */
const nodeBuiltins = {
  group: ["node:*", ...builtinModules.flatMap((m) => [m, `${m}/**`])],
  message: "No I/O in core: pass data in. Only core/src/cli may use node modules.",
};

/** Hidden clocks and randomness: pass `now`, the zone and id makers in instead. */
const clockProperties = [
  ["Date", "now"],
  ["Math", "random"],
  ["Temporal", "Now"],
  ["performance", "now"],
  ["crypto", "randomUUID"],
  ["crypto", "getRandomValues"],
].map(([object, property]) => ({
  object,
  property,
  message: "No hidden clock or randomness in core: take `now` / an id maker as a parameter.",
}));

const timerGlobals = ["setTimeout", "setInterval", "setImmediate", "queueMicrotask"].map(
  (name) => ({ name, message: "No timers in core: scheduling belongs to the caller." }),
);

export default defineConfig(
  { ignores: ["dist/", "coverage/", "build/", "**/*.d.ts"] },

  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    plugins: { turnus },
    rules: {
      "turnus/layering": ["error", { root }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },

  // core/**: no client packages (yjs, dexie, preact).
  {
    files: ["core/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [clientPackages] }] },
  },

  // core/src except the CLI: no node modules, no clock, no randomness, no timers.
  {
    files: ["core/src/**"],
    ignores: ["core/src/cli/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [clientPackages, nodeBuiltins] }],
      "no-restricted-properties": ["error", ...clockProperties],
      "no-restricted-globals": ["error", ...timerGlobals],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message:
            "No hidden clock in core: `new Date()` reads the clock; take `now` as a parameter.",
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: "No hidden clock in core: `Date()` reads the clock; take `now` as a parameter.",
        },
      ],
    },
  },

  // planner/: browser code. Only planner/src/doc (and the sync server) may touch Yjs.
  {
    files: ["planner/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["planner/src/**"],
    ignores: ["planner/src/doc/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["yjs", "yjs/**", "y-*", "@hocuspocus/**"],
              message:
                "Only planner/src/doc imports Yjs (and its sync provider): use its index.ts.",
            },
          ],
        },
      ],
    },
  },

  // extension/: the MV3 companion (browser and chrome.* globals); it imports core only.
  {
    files: ["extension/src/**"],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/planner/**", "yjs", "yjs/**", "y-*", "@hocuspocus/**", "dexie*"],
              message: "The extension imports core (through index.ts) only, not the planner.",
            },
          ],
        },
      ],
    },
  },

  // planner/server: the sync server runs in Node (no browser globals) and imports core and yjs,
  // never the planner's UI code. Two pure planner modules are the exception (calendar feeds):
  // the document -> rota conversion and the iCalendar writer (Yjs, core and ical-generator only).
  {
    files: ["planner/server/**"],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/planner/src/**", "preact*", "@preact/**", "dexie*"],
              message:
                "The sync server imports core (through index.ts) and yjs, not the planner UI.",
            },
            {
              regex: String.raw`^\.\./src/(?!doc/convert\.js$|calendar/ical\.js$)`,
              message:
                "The sync server imports core (through index.ts) and yjs, not the planner UI.",
            },
          ],
        },
      ],
    },
  },

  // Tests: no focused tests left in.
  {
    files: ["test/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...["describe", "it", "test", "suite"].map((object) => ({
          object,
          property: "only",
          message: "Remove .only: the whole suite must run.",
        })),
      ],
    },
  },
);
