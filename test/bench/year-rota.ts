/**
 * A realistic large rota for benchmarks: one year, 30 assistants, round-the-clock cover with a
 * mix of day, evening, night, on-call and short (split) shifts, six working days a week per
 * assistant, three weeks of vacation each (spread over the year) and scattered sick days. Deterministic (seeded).
 */

/** A small seeded PRNG (mulberry32), so every run builds the same rota. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
const dateOf = (dayIndex: number, year: number) => {
  const d = new Date(Date.UTC(year, 0, 1 + dayIndex));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/**
 * Slots of a day in start order: [from hour, to hour (past 24 = next day), kind, count, the slot
 * an assistant may have worked earlier the same day (a split shift)]. 32 slots a day.
 */
const SLOTS: Array<[number, number, "work" | "oncall", number, Line, number?]> = [
  [7, 15, "work", 4, "day"],
  [7, 11, "work", 5, "split-a"],
  [11, 15, "work", 5, "split-b"],
  [15, 19, "work", 5, "split-a", 1],
  [15, 23, "work", 4, "evening"],
  [19, 23, "work", 5, "split-b", 2],
  [23, 31, "work", 2, "night"],
  [23, 31, "oncall", 2, "night"],
];

/**
 * Each assistant keeps one line of shifts (as in real rotas), which keeps the weekly rest
 * lawful around the one day off a week; three floaters cover vacations and sickness.
 */
type Line = "day" | "evening" | "night" | "split-a" | "split-b" | "floater";
const LINES: Line[] = [
  ...Array<Line>(5).fill("day"),
  ...Array<Line>(5).fill("evening"),
  ...Array<Line>(5).fill("night"),
  ...Array<Line>(6).fill("split-a"),
  ...Array<Line>(6).fill("split-b"),
  ...Array<Line>(3).fill("floater"),
];

interface GenShift {
  id: string;
  assistantId: string;
  start: string;
  end: string;
  kind: string;
  purpose: "help";
  breakMinutes: number;
}

/** Builds the rota file value. */
export function yearRota(options: { year?: number; assistants?: number; seed?: number } = {}) {
  const year = options.year ?? 2026;
  const n = options.assistants ?? 30;
  const rnd = prng(options.seed ?? 42);
  const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  const assistants = Array.from({ length: n }, (_, i) => ({
    id: `a${i + 1}`,
    name: `Assistant ${i + 1}`,
    birthDate: `${1960 + Math.floor(rnd() * 45)}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`,
    contractHoursPerWeek: 37,
  }));
  // vacations spread over the year, as a work leader plans them: about two away at a time
  const vacationStart = assistants.map((_, i) => (i * 11 + Math.floor(rnd() * 5)) % (days - 22));
  const offset = assistants.map((_, i) => i % 7);
  const lastEnd = new Array<number>(n).fill(-Infinity); // in hours from year start
  const lastSlot = new Array<number>(n).fill(-1);
  const shifts: GenShift[] = [];
  let seq = 0;
  for (let i = 0; i < n; i++) {
    const v = vacationStart[i] as number;
    shifts.push({
      id: `v${i + 1}`,
      assistantId: `a${i + 1}`,
      start: `${dateOf(v, year)}T00:00`,
      end: `${dateOf(v + 21, year)}T00:00`,
      kind: "vacation",
      purpose: "help",
      breakMinutes: 0,
    });
  }
  for (let d = 0; d < days; d++) {
    const sick = new Set<number>();
    if (rnd() < 0.6) sick.add(Math.floor(rnd() * n));
    for (const i of sick) {
      shifts.push({
        id: `k${++seq}`,
        assistantId: `a${i + 1}`,
        start: `${dateOf(d, year)}T00:00`,
        end: `${dateOf(d + 1, year)}T00:00`,
        kind: "sick",
        purpose: "help",
        breakMinutes: 0,
      });
    }
    const available = assistants
      .map((_, i) => i)
      .filter((i) => (d + (offset[i] as number)) % 7 !== 0) // one day off a week
      .filter((i) => d < (vacationStart[i] as number) || d >= (vacationStart[i] as number) + 21)
      .filter((i) => !sick.has(i));
    const slotToday = new Map<number, number>(); // assistant -> slot index worked today
    SLOTS.forEach(([from, to, kind, count, line, splitAfter], slot) => {
      for (let c = 0; c < count; c++) {
        const start = d * 24 + from;
        const end = d * 24 + to;
        const rested = (i: number) => start - (lastEnd[i] as number);
        const onLine = (i: number) =>
          LINES[i % LINES.length] === line || LINES[i % LINES.length] === "floater";
        const free = available.filter(
          (i) => onLine(i) && (!slotToday.has(i) || slotToday.get(i) === splitAfter),
        );
        const lawful = free.filter(
          (i) => rested(i) >= 11 || (splitAfter !== undefined && slotToday.get(i) === splitAfter),
        );
        // never overlap: if nobody is free the slot stays open (a coverage gap to fill)
        const pool = lawful.length ? lawful : free.filter((i) => rested(i) >= 0);
        if (pool.length === 0) continue;
        // the line's own assistants first (floaters last), then continuity, then the longest rested
        const own = (i: number) => Number(LINES[i % LINES.length] === line);
        pool.sort(
          (x, y) =>
            own(y) - own(x) ||
            Number(lastSlot[y] === slot) - Number(lastSlot[x] === slot) ||
            rested(y) - rested(x) ||
            x - y,
        );
        const i = pool[rnd() < 0.8 ? 0 : Math.floor(rnd() * Math.min(3, pool.length))] ?? 0;
        lastEnd[i] = end;
        lastSlot[i] = slot;
        slotToday.set(i, slot);
        const endDay = to >= 24 ? d + 1 : d;
        shifts.push({
          id: `s${++seq}`,
          assistantId: `a${i + 1}`,
          start: `${dateOf(d, year)}T${pad(from)}:00`,
          end: `${dateOf(endDay, year)}T${pad(to % 24)}:00`,
          kind,
          purpose: "help",
          breakMinutes: to - from > 6 ? 30 : 0,
        });
      }
    });
  }
  return {
    format: "turnus-rota/1",
    profile: "dk",
    timeZone: "Europe/Copenhagen",
    locale: "da",
    now: `${year}-01-01T00:00`,
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    assistants,
    shifts,
    grant: { hours: 1300, per: "week" },
    need: [
      {
        days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        from: "00:00",
        to: "24:00",
        assistants: 2,
      },
      { days: ["mon", "tue", "wed", "thu", "fri"], from: "07:00", to: "23:00", assistants: 10 },
    ],
    published: { at: `${year - 1}-12-01T12:00`, shifts: shifts.slice(0, 2000) },
  };
}
