/** Signed monthly timesheets in the rota document: stored per assistant and month, round-tripped. */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readRota, type SignoffRecord } from "../../../core/src/model/index.js";
import { exportRota, importRota } from "../../../planner/src/doc/index.js";
import { putSignoff, readSignoffs } from "../../../planner/src/doc/signoffs.js";
import { docWith, fixtureText } from "./helpers.js";

const record = (assistantId: string, month: string, extra: object = {}) =>
  ({
    assistantId,
    month,
    timesheet: { format: "turnus-timesheet/1", rows: [] },
    leader: { name: "Lis", at: "2026-04-01T10:00" },
    ...extra,
  }) as unknown as SignoffRecord;

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe("sign-offs in the rota document", () => {
  it("keeps each month's sign-offs in order; replacing changes only the current one", () => {
    const doc = new Y.Doc();
    expect(putSignoff(doc, record("a1", "2026-03")).ok).toBe(true);
    const both = record("a1", "2026-03", { assistant: { name: "Anna", at: "2026-04-02T09:00" } });
    expect(putSignoff(doc, both, true).ok).toBe(true);
    expect(putSignoff(doc, record("a1", "2026-03", { leader: undefined, reopened: {} })).ok).toBe(
      true,
    );
    const { records, issues } = readSignoffs(doc);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.assistant?.name, r.leader?.name])).toEqual([
      ["Anna", "Lis"],
      [undefined, undefined],
    ]);
  });

  it("refuses a sign-off that does not validate, naming the field", () => {
    const doc = new Y.Doc();
    const r = putSignoff(doc, record("a1", "2026-13"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe("$.month");
    expect(readSignoffs(doc).records).toEqual([]);
  });

  it("merges sign-offs of different assistants made on two devices at once", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    putSignoff(a, record("a1", "2026-03"));
    putSignoff(b, record("a2", "2026-03"));
    sync(a, b);
    expect(readSignoffs(a).records.map((r) => r.assistantId)).toEqual(["a1", "a2"]);
    expect(readSignoffs(b)).toEqual(readSignoffs(a));
  });

  it("comes in with an imported rota file and goes out with an export", () => {
    const base = JSON.parse(fixtureText("spec-example.rota.json")) as Record<string, unknown>;
    const file = { ...base, signoffs: [record("a1", "2026-03")] };
    const doc = new Y.Doc();
    const imported = importRota(doc, JSON.stringify(file), "With sign-offs");
    expect(imported.ok).toBe(true);
    expect(readSignoffs(doc).records).toHaveLength(1);
    // not kept twice (as an unknown top-level field too)
    const out = exportRota(doc);
    if (!out.ok) throw new Error("export failed");
    const again = readRota(out.text);
    expect(again.ok && again.rota.signoffs?.length).toBe(1);
    // and read back into a document, still one
    expect(readSignoffs(docWith(out.text)).records).toHaveLength(1);
  });
});
