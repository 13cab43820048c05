/** Copy, paste, fill and delete of a grid range as data, and turning writes into shift changes. */
import { describe, expect, it } from "vitest";
import {
  clearWrites,
  copyRange,
  fillWrites,
  moveWrites,
  pasteWrites,
} from "../../../planner/src/grid/range-ops.js";
import type { CellShift, GridModel } from "../../../planner/src/grid/types.js";
import { outcome, planWrites, type ReadText } from "../../../planner/src/grid/write-plan.js";
import { writeSummary } from "../../../planner/src/i18n/messages.js";

const days = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"];
const assistants = [
  { id: "a1", name: "Anna" },
  { id: "a2", name: "Bo" },
  { id: "a3", name: "Cai" },
];
const shift = (id: string, text: string, start: string, end: string, kind = "work"): CellShift => ({
  id,
  text,
  record: { id, assistantId: id.startsWith("b") ? "a2" : "a1", start, end, kind },
  problems: [],
});
const model: GridModel = {
  days,
  assistants,
  cells: new Map([
    ["2026-03-02|a1", [shift("s1", "07–15", "2026-03-02T07:00", "2026-03-02T15:00")]],
    [
      "2026-03-03|a2",
      [
        shift("b1", "07–15", "2026-03-03T07:00", "2026-03-03T15:00"),
        shift("b2", "22–07 r", "2026-03-03T22:00", "2026-03-04T07:00", "oncall"),
      ],
    ],
  ]),
};
const rect = (top: number, left: number, bottom: number, right: number) => ({
  top,
  left,
  bottom,
  right,
});

describe("copyRange", () => {
  it("copies days as rows and assistants as columns, a cell's shifts joined by a space", () => {
    const { tsv, snapshot } = copyRange(model, rect(0, 0, 1, 1));
    expect(tsv).toBe("07–15\t\r\n\t07–15 22–07 r");
    expect(snapshot.dates).toEqual(["2026-03-02", "2026-03-03"]);
    expect(snapshot.shifts[1]?.[1]?.map((s) => s["id"])).toEqual(["b1", "b2"]);
  });
});

describe("pasteWrites", () => {
  it("pastes from the selection's top-left cell and leaves out what does not fit", () => {
    const plan = pasteWrites(model, "7-15\t8-16\r\nx\t\r\n9-17\t10-18\r\n", rect(2, 2, 2, 2));
    expect(plan?.writes.map((w) => [w.date, w.assistantId, w.content])).toEqual([
      ["2026-03-04", "a3", { text: "7-15" }],
      ["2026-03-05", "a3", { text: "x" }],
    ]);
    expect(plan?.leftOut).toBe(4);
    expect(plan?.area).toEqual(rect(2, 2, 3, 2));
  });

  it("pads ragged rows: a missing cell clears its target", () => {
    const plan = pasteWrites(model, "7-15\t8-16\n9-17", rect(0, 0, 0, 0));
    expect(plan?.writes.map((w) => w.content)).toEqual([
      { text: "7-15" },
      { text: "8-16" },
      { text: "9-17" },
      { text: "" },
    ]);
  });

  it("fills the whole selection with one pasted cell", () => {
    const plan = pasteWrites(model, "7-15\r\n", rect(1, 0, 2, 1));
    expect(plan?.writes.map((w) => [w.row, w.col])).toEqual([
      [1, 0],
      [1, 1],
      [2, 0],
      [2, 1],
    ]);
    expect(plan?.leftOut).toBe(0);
  });

  it("pastes the app's own copy as the shifts themselves, moved from their day", () => {
    const { tsv, snapshot } = copyRange(model, rect(1, 1, 1, 1));
    const plan = pasteWrites(model, tsv.replace(/\r\n/g, "\n"), rect(3, 0, 3, 0), snapshot);
    const content = plan?.writes[0]?.content;
    expect(content && "shifts" in content ? content.from : undefined).toBe("2026-03-03");
    expect(content && "shifts" in content ? content.shifts.length : 0).toBe(2);
  });

  it("has nothing to paste from empty text", () => {
    expect(pasteWrites(model, "", rect(0, 0, 0, 0))).toBeUndefined();
  });
});

describe("fillWrites", () => {
  it("fills down from the range's top row into the rows below", () => {
    const plan = fillWrites(model, rect(0, 0, 2, 1), "down");
    expect(plan?.writes.map((w) => [w.row, w.col, w.content])).toEqual([
      [1, 0, { sameAs: { date: "2026-03-02", assistantId: "a1" } }],
      [1, 1, { sameAs: { date: "2026-03-02", assistantId: "a2" } }],
      [2, 0, { sameAs: { date: "2026-03-02", assistantId: "a1" } }],
      [2, 1, { sameAs: { date: "2026-03-02", assistantId: "a2" } }],
    ]);
    expect(plan?.area).toEqual(rect(0, 0, 2, 1));
  });

  it("fills right from the range's left column, on the same day", () => {
    const plan = fillWrites(model, rect(1, 1, 1, 2), "right");
    expect(plan?.writes.map((w) => [w.row, w.col, w.content])).toEqual([
      [1, 2, { sameAs: { date: "2026-03-03", assistantId: "a2" } }],
    ]);
  });

  it("fills a one-row range from the cell above, and has nothing above the first day", () => {
    expect(fillWrites(model, rect(1, 0, 1, 0), "down")?.area).toEqual(rect(0, 0, 1, 0));
    expect(fillWrites(model, rect(0, 0, 0, 1), "down")).toBeUndefined();
    expect(fillWrites(model, rect(0, 0, 3, 0), "right")).toBeUndefined();
  });
});

describe("clearWrites", () => {
  it("empties only the cells of the range that have shifts", () => {
    expect(clearWrites(model, rect(0, 0, 3, 2)).map((w) => [w.row, w.col])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe("planWrites", () => {
  const stored = [...model.cells.values()].flat().map((s) => ({
    ...(s.record as { start: string; end: string }),
    id: s.id,
    assistantId: s.record?.["assistantId"] as string,
  }));
  const readText: ReadText = (text, date) =>
    /^\d+-\d+$/.test(text)
      ? {
          ok: true,
          shift: {
            start: `${date}T${text.split("-")[0]?.padStart(2, "0")}:00`,
            end: `${date}T20:00`,
          },
        }
      : { ok: false, reason: `"${text}" is not a shift` };

  it("replaces a cell's shifts with the pasted ones, and reports cells that do not read", () => {
    const plan = pasteWrites(model, "7-15 8-9\tnope\t\r\n", rect(0, 0, 0, 0));
    const { cells, failures } = planWrites(plan?.writes ?? [], stored, readText);
    expect(cells).toEqual([
      {
        index: 0,
        remove: ["s1"],
        put: [
          { assistantId: "a1", start: "2026-03-02T07:00", end: "2026-03-02T20:00" },
          { assistantId: "a1", start: "2026-03-02T08:00", end: "2026-03-02T20:00" },
        ],
      },
    ]);
    // the empty third cell was empty already: nothing to do
    expect(failures).toEqual([{ index: 1, reason: '"nope" is not a shift' }]);
  });

  it("moves copied shifts to the target day and assistant, keeping kind and clock times", () => {
    const fill = fillWrites(model, rect(1, 1, 3, 1), "down");
    const { cells } = planWrites(fill?.writes ?? [], stored, readText);
    expect(cells[1]?.put).toEqual([
      { assistantId: "a2", start: "2026-03-05T07:00", end: "2026-03-05T15:00", kind: "work" },
      { assistantId: "a2", start: "2026-03-05T22:00", end: "2026-03-06T07:00", kind: "oncall" },
    ]);
  });

  it("clears cells by removing all their shifts", () => {
    const { cells } = planWrites(clearWrites(model, rect(0, 0, 3, 2)), stored, readText);
    expect(cells).toEqual([
      { index: 0, remove: ["s1"], put: [] },
      { index: 1, remove: ["b1", "b2"], put: [] },
    ]);
  });
});

describe("outcome and its announcement", () => {
  it("counts what was written and lists refused cells in order", () => {
    const plan = {
      cells: [
        { index: 0, remove: ["s1"], put: [{ assistantId: "a1", start: "x", end: "y" }] },
        { index: 2, remove: ["s2", "s3"], put: [] },
        { index: 3, remove: [], put: [{ assistantId: "a1", start: "x", end: "y" }] },
      ],
      failures: [{ index: 1, reason: "not a shift" }],
    };
    const done = outcome(plan, [[], [], [{ message: "the time does not exist" }]]);
    expect(done).toEqual({
      put: 1,
      removed: 3,
      cleared: 1,
      failures: [
        { index: 1, reason: "not a shift" },
        { index: 3, reason: "the time does not exist" },
      ],
    });
    const counts = { ...done, failed: 2, leftOut: 1 };
    expect(writeSummary("en", "paste", counts)).toBe(
      "1 shift pasted, 1 cell cleared, 2 cells not understood, 1 cell outside the rota left out.",
    );
    expect(writeSummary("da", "delete", { ...counts, failed: 0, leftOut: 0 })).toBe(
      "3 vagter slettet.",
    );
    expect(writeSummary("nb", "fill", { ...counts, failed: 1, cleared: 0, leftOut: 0 })).toBe(
      "1 vakt fylt ut, 1 celle ikke endret.",
    );
  });
});

describe("moveWrites (dragging a range)", () => {
  const noText: ReadText = () => ({ ok: false, reason: "no text expected" });
  const stored = [...model.cells.values()].flat().map((c) => ({
    ...(c.record as { id: string; assistantId: string; start: string; end: string }),
  }));

  it("moves a cell's shifts, kinds kept, to another day and assistant and empties the source", () => {
    const move = moveWrites(model, rect(1, 1, 1, 1), 1, 1);
    expect(move?.area).toEqual(rect(2, 2, 2, 2));
    const plan = planWrites(move?.writes ?? [], stored, noText);
    expect(plan.failures).toEqual([]);
    expect(plan.cells).toEqual([
      {
        index: 0,
        remove: [],
        put: [
          { assistantId: "a3", start: "2026-03-04T07:00", end: "2026-03-04T15:00", kind: "work" },
          { assistantId: "a3", start: "2026-03-04T22:00", end: "2026-03-05T07:00", kind: "oncall" },
        ],
      },
      { index: 1, remove: ["b1", "b2"], put: [] },
    ]);
  });

  it("copies instead of moving when asked: the source keeps its shifts", () => {
    const copy = moveWrites(model, rect(0, 0, 0, 0), 0, 2, true);
    expect(copy?.writes.map((w) => `${w.row},${w.col}`)).toEqual(["0,2"]);
  });

  it("moves a range over itself: a target cell is written once, with its source's content", () => {
    const move = moveWrites(model, rect(0, 0, 1, 1), 1, 0);
    const cells = move?.writes.map((w) => `${w.row},${w.col}`);
    expect(cells).toEqual(["1,0", "1,1", "2,0", "2,1", "0,0"]);
    const plan = planWrites(move?.writes ?? [], stored, noText);
    // Anna's 2 March shift goes to 3 March; Bo's 3 March shifts go to 4 March
    expect(plan.cells.map((c) => [c.index, c.remove, c.put.map((p) => p.start)])).toEqual([
      [0, [], ["2026-03-03T07:00"]],
      [1, ["b1", "b2"], []],
      [3, [], ["2026-03-04T07:00", "2026-03-04T22:00"]],
      [4, ["s1"], []],
    ]);
  });

  it("refuses a move that goes nowhere or leaves the grid", () => {
    expect(moveWrites(model, rect(0, 0, 0, 0), 0, 0)).toBeUndefined();
    expect(moveWrites(model, rect(0, 0, 0, 0), -1, 0)).toBeUndefined();
    expect(moveWrites(model, rect(3, 0, 3, 0), 1, 0)).toBeUndefined();
    expect(moveWrites(model, rect(0, 1, 0, 2), 0, 1)).toBeUndefined();
  });
});
