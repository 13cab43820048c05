/**
 * A realistic large rota for benchmarks: one year, 30 assistants, round-the-clock cover with a
 * mix of day, evening, night, on-call and short (split) shifts, five working days a week per
 * assistant, three weeks of summer vacation each and scattered sick days. Deterministic (seeded).
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

/** Slots of a day: [from hour, to hour (may pass 24), kind, how many]. 30 shifts a day. */
const SLOTS: Array<[number, number, "work" | "oncall", number]> = [
  [7, 15, "work", 6],
  [7, 11, "work", 4],
  [11, 15, "work", 4],
  [15, 19, "work", 4],
  [15, 23, "work", 5],
  [19, 23, "work", 3],
  [23, 31, "work", 2],
  [23, 31, "oncall", 2],
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
  const vacationStart = assistants.map(() => 150 + Math.floor(rnd() * 80));
  const offset = assistants.map((_, i) => i % 7);
  const lastEnd = new Array<number>(n).fill(-Infinity); // in hours from year start
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
      .filter((i) => (d + (offset[i] as number)) % 7 < 5)
      .filter((i) => d < (vacationStart[i] as number) || d >= (vacationStart[i] as number) + 21)
      .filter((i) => !sick.has(i));
    const todayCount = new Map<number, number>();
    for (const [from, to, kind, count] of SLOTS) {
      for (let c = 0; c < count; c++) {
        const start = d * 24 + from;
        const end = d * 24 + to;
        const rested = (i: number) => start - (lastEnd[i] as number);
        const candidates = available.filter((i) => rested(i) >= 0 && (todayCount.get(i) ?? 0) < 2);
        const good = candidates.filter(
          (i) => rested(i) >= 11 || (todayCount.get(i) === 1 && to - from <= 4),
        );
        const pool = good.length ? good : candidates.length ? candidates : available;
        pool.sort((x, y) => rested(y) - rested(x) || x - y);
        const i = pool[Math.floor(rnd() * Math.min(3, pool.length))] ?? 0;
        lastEnd[i] = end;
        todayCount.set(i, (todayCount.get(i) ?? 0) + 1);
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
    }
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
