/**
 * `daily-rest` (rules.md): in the 24 real hours from the start of each working shift, the longest
 * stretch without work (clipped to the window) must reach 11 h (12 h under 18).
 * Every expected value below is worked out by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { brief, only, rota, rotaNo } from "./helpers.js";

const born = (birthDate: string) => ({ assistants: [{ id: "a1", name: "A", birthDate }] });

describe("daily-rest", () => {
  it("accepts exactly 11 hours of rest", () => {
    // window from s1: Mon 07:00–Tue 07:00; work 07–20; rest 20:00–07:00 = 11 h.
    expect(
      only(
        "daily-rest",
        rota([
          { id: "s1", start: "2026-03-02T07:00", end: "2026-03-02T20:00" },
          { id: "s2", start: "2026-03-03T07:00", end: "2026-03-03T15:00" },
        ]),
      ),
    ).toEqual([]);
  });

  it("reports 10 h 59 min, with every field; a shift starting at the window's end is not in it", () => {
    // window from s1: Mon 07:00–Tue 07:00; rest 20:01–07:00 = 10 h 59 min = 10.98 h.
    // s2 starts at 07:00 Tuesday, the end of the window, so it is not inside it.
    const v = only(
      "daily-rest",
      rota([
        { id: "s1", start: "2026-03-02T07:00", end: "2026-03-02T20:01" },
        { id: "s2", start: "2026-03-03T07:00", end: "2026-03-03T15:00" },
      ]),
    );
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "daily-rest",
      severity: "error",
      assistantId: "a1",
      shiftIds: ["s1"],
      from: "2026-03-02T07:00",
      to: "2026-03-03T07:00",
      measured: 10.98,
      limit: 11,
    });
  });

  it("reports a single 14-hour shift: only 10 hours of the day are left for rest", () => {
    const v = only(
      "daily-rest",
      rota([{ id: "long", start: "2026-03-02T07:00", end: "2026-03-02T21:00" }]),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["long"],
        from: "2026-03-02T07:00",
        to: "2026-03-03T07:00",
        measured: 10,
        limit: 11,
      },
    ]);
  });

  it("measures rest after a night shift across midnight", () => {
    // window from n1: Mon 22:00–Tue 22:00; work 22–06 and 16–22; rest 06–16 = 10 h.
    // window from s2: Tue 16:00–Wed 16:00; rest 22:00–16:00 = 18 h → fine.
    const v = only(
      "daily-rest",
      rota([
        { id: "n1", start: "2026-03-02T22:00", end: "2026-03-03T06:00" },
        { id: "s2", start: "2026-03-03T16:00", end: "2026-03-03T22:00" },
      ]),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["n1", "s2"],
        from: "2026-03-02T22:00",
        to: "2026-03-03T22:00",
        measured: 10,
        limit: 11,
      },
    ]);
  });

  it("reports one violation per failing window (two quick returns in a row)", () => {
    // s1 Mon 14–22, s2 Tue 06–14, s3 Tue 22–Wed 06.
    // from s1: rest 22–06 = 8 → fail [s1, s2]; from s2: rest 14–22 = 8 → fail [s2, s3];
    // from s3 (Tue 22:00–Wed 22:00): rest 06–22 = 16 → fine.
    const v = only(
      "daily-rest",
      rota([
        { id: "s1", start: "2026-03-02T14:00", end: "2026-03-02T22:00" },
        { id: "s2", start: "2026-03-03T06:00", end: "2026-03-03T14:00" },
        { id: "s3", start: "2026-03-03T22:00", end: "2026-03-04T06:00" },
      ]),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["s1", "s2"],
        from: "2026-03-02T14:00",
        to: "2026-03-03T14:00",
        measured: 8,
        limit: 11,
      },
      {
        shiftIds: ["s2", "s3"],
        from: "2026-03-03T06:00",
        to: "2026-03-04T06:00",
        measured: 8,
        limit: 11,
      },
    ]);
  });

  it("clips the rest to the 24-hour window", () => {
    // from s1 (Mon 12:00–Tue 12:00): work 12–20, 02–06; rests 20–02 = 6, 06–12 = 6 → 6 h.
    // (The long rest after s2 lies mostly outside the window.)
    // from s2 (Tue 02:00–Wed 02:00): rest 06:00–02:00 = 20 h → fine.
    const v = only(
      "daily-rest",
      rota([
        { id: "s1", start: "2026-03-02T12:00", end: "2026-03-02T20:00" },
        { id: "s2", start: "2026-03-03T02:00", end: "2026-03-03T06:00" },
      ]),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["s1", "s2"],
        from: "2026-03-02T12:00",
        to: "2026-03-03T12:00",
        measured: 6,
        limit: 11,
      },
    ]);
  });

  it("treats touching shifts as one stretch of work and lists every shift in the window", () => {
    // from s1 (Mon 14:00–Tue 14:00): work 14–22, 06–10; rests 22–06 = 8, 10–14 = 4 → 8.
    // from s2 (Mon 18:00–Tue 18:00): work 18–22, 06–10; rests 8 and 8 → 8.
    // from s3 (Tue 06:00–Wed 06:00): rest 10:00–06:00 = 20 → fine.
    const v = only(
      "daily-rest",
      rota([
        { id: "s1", start: "2026-03-02T14:00", end: "2026-03-02T18:00" },
        { id: "s2", start: "2026-03-02T18:00", end: "2026-03-02T22:00" },
        { id: "s3", start: "2026-03-03T06:00", end: "2026-03-03T10:00" },
      ]),
    );
    expect(v.map((x) => [x.shiftIds, x.measured])).toEqual([
      [["s1", "s2", "s3"], 8],
      [["s2", "s3"], 8],
    ]);
  });

  it("counts on-call as working time and absences as rest", () => {
    const base = { id: "s1", start: "2026-03-02T15:00", end: "2026-03-02T23:00" };
    const oncall = only(
      "daily-rest",
      rota([
        base,
        { id: "s2", start: "2026-03-03T07:00", end: "2026-03-03T15:00", kind: "oncall" },
      ]),
    );
    expect(oncall.map((v) => [v.shiftIds, v.measured])).toEqual([[["s1", "s2"], 8]]);
    for (const kind of ["vacation", "sick", "child-sick", "leave"]) {
      expect(
        only(
          "daily-rest",
          rota([base, { id: "s2", start: "2026-03-03T07:00", end: "2026-03-03T15:00", kind }]),
        ),
      ).toEqual([]);
    }
  });

  it("measures rest in real hours across the March change (11 on the wall clock, 10 real)", () => {
    // s1 Sat 12:00 CET (11:00 UTC)–20:00 CET (19:00 UTC); s2 Sun 07:00 CEST (05:00 UTC)–12:00 CEST.
    // window from s1: 11:00 UTC Sat – 11:00 UTC Sun = 13:00 CEST; rest 19:00–05:00 UTC = 10 h.
    const v = only(
      "daily-rest",
      rota([
        { id: "s1", start: "2026-03-28T12:00", end: "2026-03-28T20:00" },
        { id: "s2", start: "2026-03-29T07:00", end: "2026-03-29T12:00" },
      ]),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["s1", "s2"],
        from: "2026-03-28T12:00",
        to: "2026-03-29T13:00",
        measured: 10,
        limit: 11,
      },
    ]);
  });

  it("measures rest in real hours across the October change (10 on the wall clock, 11 real)", () => {
    // s1 Sat 12:00 CEST (10:00 UTC)–21:00 CEST (19:00 UTC); s2 Sun 07:00 CET (06:00 UTC).
    // rest 19:00–06:00 UTC = 11 h → fine.
    expect(
      only(
        "daily-rest",
        rota([
          { id: "s1", start: "2026-10-24T12:00", end: "2026-10-24T21:00" },
          { id: "s2", start: "2026-10-25T07:00", end: "2026-10-25T12:00" },
        ]),
      ),
    ).toEqual([]);
    // One minute later: 10 h 59 min; the window ends 24 real hours later, 11:00 CET.
    const v = only(
      "daily-rest",
      rota([
        { id: "s1", start: "2026-10-24T12:00", end: "2026-10-24T21:01" },
        { id: "s2", start: "2026-10-25T07:00", end: "2026-10-25T12:00" },
      ]),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["s1", "s2"],
        from: "2026-10-24T12:00",
        to: "2026-10-25T11:00",
        measured: 10.98,
        limit: 11,
      },
    ]);
  });

  it("measures real hours in Oslo too, and cites aml. § 10-8 (1) in Norwegian", () => {
    const v = only(
      "daily-rest",
      rotaNo(
        [
          { id: "s1", start: "2026-03-28T12:00", end: "2026-03-28T20:00" },
          { id: "s2", start: "2026-03-29T07:00", end: "2026-03-29T12:00" },
        ],
        { locale: "nb" },
      ),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["s1", "s2"],
        from: "2026-03-28T12:00",
        to: "2026-03-29T13:00",
        measured: 10,
        limit: 11,
      },
    ]);
    expect(v[0]?.severity).toBe("error");
    expect(v[0]?.message).toContain("§ 10-8 (1)");
    expect(v[0]?.message).toContain("10 t");
  });

  it("asks 12 hours of someone under 18, judged on the date of the window's shift", () => {
    // Born 2008-04-01: under 18 on 2026-03-31, 18 on 2026-04-01.
    // s1 Tue 31 Mar 10:00–18:30, s2 Wed 06:00–12:00: rest 18:30–06:00 = 11.5 h < 12.
    // from s2 (1 April, adult): rest 12:00–06:00 = 18 h → fine.
    const young = only(
      "daily-rest",
      rota(
        [
          { id: "s1", start: "2026-03-31T10:00", end: "2026-03-31T18:30" },
          { id: "s2", start: "2026-04-01T06:00", end: "2026-04-01T12:00" },
        ],
        born("2008-04-01"),
      ),
    );
    expect(young.map(brief)).toEqual([
      {
        shiftIds: ["s1", "s2"],
        from: "2026-03-31T10:00",
        to: "2026-04-01T10:00",
        measured: 11.5,
        limit: 12,
      },
    ]);
    // The same pattern a day later: 18 on 1 April, 11.5 h is enough.
    expect(
      only(
        "daily-rest",
        rota(
          [
            { id: "s1", start: "2026-04-01T10:00", end: "2026-04-01T18:30" },
            { id: "s2", start: "2026-04-02T06:00", end: "2026-04-02T12:00" },
          ],
          born("2008-04-01"),
        ),
      ),
    ).toEqual([]);
  });

  it("lets someone born on 29 February turn 18 on 1 March in a common year", () => {
    const young = only(
      "daily-rest",
      rota(
        [
          { id: "s1", start: "2026-02-28T10:00", end: "2026-02-28T18:30" },
          { id: "s2", start: "2026-03-01T06:00", end: "2026-03-01T12:00" },
        ],
        born("2008-02-29"),
      ),
    );
    expect(young.map((v) => [v.shiftIds[0], v.measured, v.limit])).toEqual([["s1", 11.5, 12]]);
    expect(
      only(
        "daily-rest",
        rota(
          [
            { id: "s1", start: "2026-03-01T10:00", end: "2026-03-01T18:30" },
            { id: "s2", start: "2026-03-02T06:00", end: "2026-03-02T12:00" },
          ],
          born("2008-02-29"),
        ),
      ),
    ).toEqual([]);
  });

  it("asks 12 hours of someone under 18 in Norway too", () => {
    const v = only(
      "daily-rest",
      rotaNo(
        [
          { id: "s1", start: "2026-03-16T10:00", end: "2026-03-16T18:30" },
          { id: "s2", start: "2026-03-17T06:00", end: "2026-03-17T12:00" },
        ],
        born("2009-06-01"),
      ),
    );
    expect(v.map((x) => [x.measured, x.limit])).toEqual([[11.5, 12]]);
  });

  it("writes the message in Danish and English with the legal source", () => {
    const shifts = [
      { id: "s1", start: "2026-03-02T15:00", end: "2026-03-02T23:00" },
      { id: "s2", start: "2026-03-03T07:00", end: "2026-03-03T15:00" },
    ];
    const da = only("daily-rest", rota(shifts, { locale: "da" }))[0];
    const en = only("daily-rest", rota(shifts, { locale: "en" }))[0];
    expect(da?.message).toContain("hviletidsbekendtgørelsen");
    expect(da?.message).toContain("Nyborg § 29");
    expect(da?.message).toContain("8 t");
    expect(en?.message).toContain("hviletidsbekendtgørelsen");
    expect(en?.message).toContain("8 h");
    expect(da?.message).not.toEqual(en?.message);
  });
});
