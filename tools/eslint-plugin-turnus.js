// Local ESLint plugin: the import layering of the repository, decided by where an import
// resolves to (not by how its specifier is spelled).
//
//   core/src/<A>/...  may import core/src/<B>/ only through core/src/<B>/index.js;
//   code outside core/src/<B>/ (tests, bin, later planner/extension) likewise;
//   core/src/cli is imported by nobody except core/bin and tests;
//   core/** may not import anything outside core/ (planner/, extension/, ...).
//
// Package imports (yjs, preact, node:fs, ...) are handled by no-restricted-imports.
import path from "node:path";

/** @param {string} p */
const toPosix = (p) => p.split(path.sep).join("/");

/**
 * The top-level folder of core/src a repository-relative path lies in: "" for a file directly
 * in core/src, undefined when outside core/src.
 * @param {string} rel
 */
const coreFolderOf = (rel) => {
  if (!rel.startsWith("core/src/")) return undefined;
  const parts = rel.slice("core/src/".length).split("/");
  return parts.length > 1 ? parts[0] : "";
};

/** @param {unknown} options */
const rootOption = (options) =>
  typeof options === "object" &&
  options !== null &&
  "root" in options &&
  typeof options.root === "string"
    ? options.root
    : ".";

const INDEX_FILES = new Set(["index.js", "index.ts"]);

/** @type {import("eslint").Rule.RuleModule} */
const layering = {
  meta: {
    type: "problem",
    docs: { description: "Enforce the core layering: folder index files only, nothing into cli" },
    schema: [
      {
        type: "object",
        properties: { root: { type: "string" } },
        required: ["root"],
        additionalProperties: false,
      },
    ],
    messages: {
      deepImport:
        "Import core/src/{{folder}} through its public face core/src/{{folder}}/index.js, not '{{source}}'.",
      cliImport: "Nothing but core/bin and tests may import the command line (core/src/cli).",
      coreRootImport:
        "A core folder may not import core/src/{{file}}; import the other folder's index.js.",
      outsideCore:
        "core/ may not import '{{target}}': core knows nothing outside core/ (planner, extension, ...).",
    },
  },
  create(context) {
    const root = path.resolve(rootOption(context.options[0]));
    const file = toPosix(path.relative(root, context.filename));
    if (file.startsWith("../")) return {};
    const fromFolder = coreFolderOf(file);
    const fromCore = file.startsWith("core/");

    /** @param {import("estree").Node} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = toPosix(
        path.relative(root, path.resolve(path.dirname(context.filename), source)),
      );

      if (fromCore && !target.startsWith("core/")) {
        context.report({ node, messageId: "outsideCore", data: { target } });
        return;
      }
      const toFolder = coreFolderOf(target);
      if (toFolder === undefined) return;
      if (toFolder === "") {
        // A file directly in core/src (e.g. a package barrel): not for the folders themselves.
        if (fromFolder !== undefined && fromFolder !== "") {
          context.report({
            node,
            messageId: "coreRootImport",
            data: { file: target.slice("core/src/".length) },
          });
        }
        return;
      }
      if (toFolder === fromFolder) return; // inside one folder, any file may import any other
      if (toFolder === "cli" && !(file.startsWith("core/bin/") || file.startsWith("test/"))) {
        context.report({ node, messageId: "cliImport" });
        return;
      }
      const rest = target.slice(`core/src/${toFolder}/`.length);
      if (!INDEX_FILES.has(rest)) {
        context.report({
          node,
          messageId: "deepImport",
          data: { folder: toFolder, source },
        });
      }
    };

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
    };
  },
};

export default {
  meta: { name: "turnus" },
  rules: { layering },
};
