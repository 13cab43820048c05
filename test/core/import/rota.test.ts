/** From a preview to a turnus-rota/1 file that readRota accepts. */
import { describe, expect, it } from "vitest";
import { previewSheet, previewToRota, type SheetPreview } from "../../../core/src/import/index.js";
import { readRota } from "../../../core/src/model/index.js";

describe("previewToRota", () => {
  it("writes the assistants, readable shifts, period, profile, zone and language", () => {
    const preview = previewSheet(
      [
        ["Dato", "Anna", "Bo"],
        ["02.03.2026", "7-15", "x"],
        ["03.03.2026", "", "22-7 r"],
      ],
      { profile: "no", templates: [{ short: "D", text: "7-15" }] },
    );
    expect(preview.issues).toHaveLength(1);
    const r = previewToRota(preview);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const read = readRota(r.text);
    expect(read.ok).toBe(true);
    expect(JSON.parse(r.text)).toEqual({
      format: "turnus-rota/1",
      profile: "no",
      timeZone: "Europe/Oslo",
      locale: "nb",
      period: { from: "2026-03-02", to: "2026-03-03" },
      assistants: [
        { id: "a1", name: "Anna" },
        { id: "a2", name: "Bo" },
      ],
      shifts: [
        {
          id: "s1",
          assistantId: "a1",
          start: "2026-03-02T07:00",
          end: "2026-03-02T15:00",
          kind: "work",
          breakMinutes: 30,
        },
        {
          id: "s2",
          assistantId: "a2",
          start: "2026-03-03T22:00",
          end: "2026-03-04T07:00",
          kind: "oncall",
          breakMinutes: 30,
        },
      ],
      templates: [{ short: "D", text: "7-15" }],
    });
    expect(r.rota.shifts).toHaveLength(2);
  });

  it("keeps notes and takes the language the caller chose", () => {
    const preview = previewSheet(
      [
        ["Date", "Start", "End", "Assistant", "Note"],
        ["2026-03-02", "7", "15", "Anna", "first day"],
      ],
      { profile: "dk", locale: "en" },
    );
    const r = previewToRota(preview);
    if (!r.ok) throw new Error("refused");
    expect(r.rota.locale).toBe("en");
    expect(r.rota.shifts[0]?.note).toBe("first day");
  });

  it("names the cell of a shift that readRota refuses", () => {
    const preview = previewSheet(
      [
        ["Dato", "Anna"],
        ["02.03.2026", "7-15"],
      ],
      { profile: "dk" },
    );
    const broken: SheetPreview = {
      ...preview,
      shifts: preview.shifts.map((s) => ({ ...s, assistantId: "nobody" as never })),
    };
    const r = previewToRota(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.message)).toEqual([
      'row 2, column Anna: shift s1 is for assistant "nobody", who is not in the assistants list',
    ]);
    const badZone = previewToRota({ ...preview, timeZone: "Mars/Olympus" });
    expect(badZone.ok).toBe(false);
    if (!badZone.ok) {
      expect(badZone.issues.map((i) => i.message)).toEqual([
        '$.timeZone: "Mars/Olympus" is not a known IANA time zone (such as Europe/Copenhagen)',
      ]);
    }
  });

  it("gives an empty but valid rota for a sheet without shifts", () => {
    const r = previewToRota(previewSheet([["Dato", "Anna"]], { profile: "dk" }));
    expect(r.ok).toBe(true);
  });
});
