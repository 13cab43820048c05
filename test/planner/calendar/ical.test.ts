// shiftsToICal: the file is parsed back (unfolded, unescaped) and its events checked against the
// rota: which shifts become events, exact instants across DST, stable UIDs, texts per language.
import { describe, expect, it } from "vitest";
import { readRota, type RotaFile, type Shift } from "../../../core/src/model/index.js";
import { shiftsToICal, shiftUid, type ICalRequest } from "../../../planner/src/calendar/ical.js";

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 2, 1, 12, 0, 0);

/** A validated rota (core's readRota) with two assistants and `shifts`. */
function rota(shifts: readonly Record<string, unknown>[], timeZone = "Europe/Copenhagen") {
  const r = readRota({
    format: "turnus-rota/1",
    profile: "dk",
    timeZone,
    assistants: [
      { id: "a1", name: "Anna" },
      { id: "a2", name: "Bo" },
    ],
    shifts,
  });
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join("; "));
  return r.rota;
}

const shift = (id: string, start: string, end: string, more: Record<string, unknown> = {}) => ({
  id,
  assistantId: "a1",
  start,
  end,
  ...more,
});

/** A property as parsed back: its parameters and its (unescaped) value. */
interface Prop {
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}
type Component = ReadonlyMap<string, Prop>;

const unescapeText = (v: string) =>
  v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));

/** Parses iCalendar text (RFC 5545 3.1: CRLF lines, folding) into its calendar and events. */
function parse(text: string): { calendar: Component; events: Component[] } {
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // every line ends with CRLF
  const lines = text.split("\r\n").filter((l) => l !== "");
  for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const unfolded: string[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line)) unfolded[unfolded.length - 1] += line.slice(1);
    else unfolded.push(line);
  }
  const calendar = new Map<string, Prop>();
  const events: Map<string, Prop>[] = [];
  const stack: string[] = [];
  for (const line of unfolded) {
    const colon = line.indexOf(":");
    const [name = "", ...rawParams] = line.slice(0, colon).split(";");
    const value = line.slice(colon + 1);
    if (name === "BEGIN") {
      stack.push(value);
      if (value === "VEVENT") events.push(new Map());
      continue;
    }
    if (name === "END") {
      expect(stack.pop()).toBe(value);
      continue;
    }
    const params = Object.fromEntries(rawParams.map((p) => p.split("=") as [string, string]));
    const target = stack.at(-1) === "VEVENT" ? events.at(-1) : calendar;
    target?.set(name, { params, value: unescapeText(value) });
  }
  expect(stack).toEqual([]);
  return { calendar, events };
}

/** An iCalendar UTC date-time (`20260328T210000Z`) as ms. */
function utc(value: string | undefined): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? "");
  if (!m) throw new Error(`not a UTC date-time: ${value}`);
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m.slice(1).map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

const make = (r: RotaFile, over: Partial<ICalRequest> = {}) =>
  shiftsToICal({
    rota: r,
    arrangementId: "arrTEST123456",
    assistantId: "a1",
    name: "Turnus: Anna",
    lang: "da",
    now: NOW,
    ...over,
  });

const get = (c: Component | undefined, name: string) => c?.get(name)?.value;

describe("shiftsToICal", () => {
  it("makes one event per working shift of the assistant, none for absences or others", () => {
    const r = rota([
      shift("w1", "2026-04-06T07:00", "2026-04-06T15:00"),
      shift("o1", "2026-04-07T22:00", "2026-04-08T07:00", { kind: "oncall" }),
      shift("v1", "2026-04-09T07:00", "2026-04-09T15:00", { kind: "vacation" }),
      shift("k1", "2026-04-10T07:00", "2026-04-10T15:00", { kind: "sick" }),
      shift("c1", "2026-04-11T07:00", "2026-04-11T15:00", { kind: "child-sick" }),
      shift("l1", "2026-04-12T07:00", "2026-04-12T15:00", { kind: "leave" }),
      { ...shift("b1", "2026-04-06T15:00", "2026-04-06T23:00"), assistantId: "a2" },
    ]);
    const out = make(r);
    const { calendar, events } = parse(out.text);
    expect(out.events).toBe(2);
    expect(out.issues).toEqual([]);
    expect(events.map((e) => get(e, "UID"))).toEqual([
      shiftUid("arrTEST123456", "w1"),
      shiftUid("arrTEST123456", "o1"),
    ]);
    expect(get(calendar, "X-WR-CALNAME")).toBe("Turnus: Anna");
    expect(get(calendar, "X-WR-TIMEZONE")).toBe("Europe/Copenhagen");
    expect(get(calendar, "VERSION")).toBe("2.0");
  });

  it("leaves out cancelled shifts and sick days, and follows a swap to who worked it", () => {
    const r = rota([
      shift("kept", "2026-04-06T07:00", "2026-04-06T15:00"),
      shift("cancel", "2026-04-07T07:00", "2026-04-07T15:00", { actual: { status: "cancelled" } }),
      shift("sick", "2026-04-08T07:00", "2026-04-08T15:00", { actual: { status: "sick" } }),
      shift("swap", "2026-04-09T07:00", "2026-04-09T15:00", {
        actual: {
          status: "worked",
          start: "2026-04-09T08:00",
          end: "2026-04-09T15:00",
          assistantId: "a2",
        },
      }),
      {
        ...shift("late", "2026-04-10T07:00", "2026-04-10T15:00"),
        assistantId: "a2",
        actual: { status: "worked", start: "2026-04-10T07:00", end: "2026-04-10T16:00" },
      },
    ]);
    const anna = parse(make(r).text).events;
    expect(anna.map((e) => get(e, "UID"))).toEqual([shiftUid("arrTEST123456", "kept")]);
    const bo = parse(make(r, { assistantId: "a2" }).text).events;
    expect(bo.map((e) => get(e, "SUMMARY"))).toEqual(["Vagt 08:00–15:00", "Vagt 07:00–16:00"]);
    expect(utc(get(bo[1], "DTEND")) - utc(get(bo[1], "DTSTART"))).toBe(9 * HOUR);
  });

  it("writes exact instants: a night into the last Sunday of March lasts 8 h, of October 10 h", () => {
    const r = rota([
      shift("spring", "2026-03-28T22:00", "2026-03-29T07:00"),
      shift("autumn", "2026-10-24T22:00", "2026-10-25T07:00"),
      shift("plain", "2026-06-01T22:00", "2026-06-02T07:00"),
    ]);
    const [spring, plain, autumn] = parse(make(r).text).events; // in time order
    expect(get(spring, "DTSTART")).toBe("20260328T210000Z"); // 22:00 CET
    expect(get(spring, "DTEND")).toBe("20260329T050000Z"); // 07:00 CEST
    expect(utc(get(spring, "DTEND")) - utc(get(spring, "DTSTART"))).toBe(8 * HOUR);
    expect(utc(get(autumn, "DTEND")) - utc(get(autumn, "DTSTART"))).toBe(10 * HOUR);
    expect(utc(get(plain, "DTEND")) - utc(get(plain, "DTSTART"))).toBe(9 * HOUR);
    // the summary keeps the wall-clock times the assistant knows
    expect(get(spring, "SUMMARY")).toBe("Vagt 22:00–07:00");
  });

  it("uses the rota's zone, whatever the machine's zone is", () => {
    const r = rota([shift("oslo", "2026-07-01T07:00", "2026-07-01T15:00")], "Europe/Oslo");
    const nz = rota([shift("nz", "2026-07-01T07:00", "2026-07-01T15:00")], "Pacific/Auckland");
    expect(get(parse(make(r).text).events[0], "DTSTART")).toBe("20260701T050000Z");
    expect(get(parse(make(nz).text).events[0], "DTSTART")).toBe("20260630T190000Z");
    expect(get(parse(make(nz).text).calendar, "X-WR-TIMEZONE")).toBe("Pacific/Auckland");
  });

  it("keeps UIDs stable between files and distinct between arrangements", () => {
    const r = rota([shift("s 1;x", "2026-04-06T07:00", "2026-04-06T15:00")]);
    const first = get(parse(make(r).text).events[0], "UID");
    const again = get(parse(make(r, { now: NOW + 86_400_000 }).text).events[0], "UID");
    const other = get(parse(make(r, { arrangementId: "arrOTHER4567" }).text).events[0], "UID");
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(first).toBe("s%201%3Bx.arrTEST123456@turnus");
  });

  it("stamps every event with `now` and makes the same text for the same input", () => {
    const r = rota([shift("w1", "2026-04-06T07:00", "2026-04-06T15:00")]);
    expect(get(parse(make(r).text).events[0], "DTSTAMP")).toBe("20260301T120000Z");
    expect(make(r).text).toBe(make(r).text);
    expect(() => make(r, { now: Number.NaN })).toThrow(RangeError);
  });

  it("writes the summary in the language asked for and marks on-call shifts", () => {
    const r = rota([
      shift("w1", "2026-04-06T07:00", "2026-04-06T15:00"),
      shift("o1", "2026-04-07T22:00", "2026-04-08T07:00", { kind: "oncall" }),
    ]);
    const summaries = (lang: "da" | "nb" | "en") =>
      parse(make(r, { lang }).text).events.map((e) => get(e, "SUMMARY"));
    expect(summaries("da")).toEqual(["Vagt 07:00–15:00", "Rådighedsvagt 22:00–07:00"]);
    expect(summaries("nb")).toEqual(["Vakt 07:00–15:00", "Passiv vakt 22:00–07:00"]);
    expect(summaries("en")).toEqual(["Shift 07:00–15:00", "On call 22:00–07:00"]);
    const kinds = parse(make(r).text).events.map((e) => get(e, "X-TURNUS-KIND"));
    expect(kinds).toEqual(["work", "oncall"]);
  });

  it("puts the break and the note in the description, escaped", () => {
    const r = rota([
      shift("w1", "2026-04-06T07:00", "2026-04-06T15:00", {
        breakMinutes: 30,
        note: "Keys; at the neighbour, door code 1234 — long enough to be folded onto two lines",
      }),
    ]);
    const [event] = parse(make(r, { lang: "en" }).text).events;
    expect(get(event, "DESCRIPTION")).toBe(
      "Break: 30 min.\nKeys; at the neighbour, door code 1234 — long enough to be folded onto two lines",
    );
  });

  it("leaves out shifts whose times do not exist and names them", () => {
    const good = rota([shift("ok", "2026-04-06T07:00", "2026-04-06T15:00")]);
    const bad: Shift[] = [
      // 02:30 does not exist on 29 March 2026 in Copenhagen (the clocks jump 02:00 -> 03:00)
      shift("gap", "2026-03-29T02:30", "2026-03-29T07:00") as Shift,
      shift("back", "2026-04-07T15:00", "2026-04-07T07:00") as Shift,
    ];
    const out = make({ ...good, shifts: [...good.shifts, ...bad] });
    expect(out.events).toBe(1);
    expect(out.issues.map((i) => i.path)).toEqual(["$.shifts[1].start", "$.shifts[2].end"]);
    expect(parse(out.text).events).toHaveLength(1);
  });

  it("gives an empty calendar and an issue for an unknown zone", () => {
    const r = rota([shift("ok", "2026-04-06T07:00", "2026-04-06T15:00")]);
    const out = make({ ...r, timeZone: "Mars/Olympus" as RotaFile["timeZone"] });
    expect(out.events).toBe(0);
    expect(out.issues.map((i) => i.path)).toEqual(["$.timeZone"]);
    expect(parse(out.text).events).toEqual([]);
  });
});
