/** Shift templates in the document: settings edits, reading, and import/export round trips. */
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { templateMap } from "../../../core/src/model/index.js";
import {
  LOCAL_ORIGIN,
  createUndoManager,
  docMaps,
  docToRota,
  exportRota,
  setSettings,
} from "../../../planner/src/doc/index.js";
import { docWith, replica, smallRota } from "./helpers.js";

const TEMPLATES = [
  { short: "D", text: "7-15", name: "Day" },
  { short: "N", text: "22-7", x_colour: "#00f" },
  { short: "R", text: "22-7 r" },
];

const templatesOf = (doc: Y.Doc) => {
  const r = docToRota(doc);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.rota.templates;
};

describe("shift templates in the document", () => {
  it("survive import, docToRota, export and re-import unchanged", () => {
    const doc = docWith(smallRota({ templates: TEMPLATES }));
    expect(templatesOf(doc)).toEqual(TEMPLATES);
    expect(docMaps(doc).meta.get("templates")).toEqual(TEMPLATES);
    const exported = exportRota(doc);
    if (!exported.ok) throw new Error("export failed");
    expect((JSON.parse(exported.text) as { templates: unknown }).templates).toEqual(TEMPLATES);
    expect(templatesOf(docWith(exported.text))).toEqual(TEMPLATES);
    expect(templatesOf(replica(doc))).toEqual(TEMPLATES);
  });

  it("are set, changed and removed by setSettings, as one undo step each", () => {
    const doc = docWith(smallRota());
    const undo = createUndoManager(doc, { captureTimeout: 0 });
    const seen: unknown[] = [];
    doc.on("afterTransaction", (tx: Y.Transaction) => seen.push(tx.origin));
    expect(setSettings(doc, { templates: TEMPLATES })).toEqual({ ok: true });
    expect(seen).toEqual([LOCAL_ORIGIN]);
    const read = docToRota(doc);
    expect(read.ok && templateMap(read.rota)).toEqual({ D: "7-15", N: "22-7", R: "22-7 r" });
    expect(setSettings(doc, { templates: null }).ok).toBe(true);
    expect(templatesOf(doc)).toBeUndefined();
    undo.undo();
    expect(templatesOf(doc)).toEqual(TEMPLATES);
    undo.destroy();
  });

  it("refuses bad templates with their paths and writes nothing", () => {
    const doc = docWith(smallRota({ templates: TEMPLATES }));
    const seen: unknown[] = [];
    doc.on("afterTransaction", (tx: Y.Transaction) => seen.push(tx.origin));
    const r = setSettings(doc, {
      templates: [
        { short: "D", text: "7-99" },
        { short: "d", text: "8-16" },
        { short: "7-15", text: "7-15" },
      ],
    });
    expect(r.ok || r.issues.map((i) => i.path)).toEqual([
      "$.templates[0].text",
      "$.templates[1].short",
      "$.templates[2].short",
    ]);
    expect(seen).toEqual([]);
    expect(templatesOf(doc)).toEqual(TEMPLATES);
  });
});
