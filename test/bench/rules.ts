/**
 * `npm run bench:rules`: full check of a year × 30 assistants rota, and incremental re-checks
 * after single-shift edits. Prints figures; the last line is one JSON object.
 */
import { readRota } from "../../core/src/model/index.js";
import { RotaChecker, type Change } from "../../core/src/rules/index.js";
import { prng, yearRota } from "./year-rota.js";

const value = yearRota();
const read = readRota(value);
if (!read.ok) throw new Error(read.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
const { rota, zone } = read;

const time = <T>(f: () => T): [number, T] => {
  const t0 = performance.now();
  const r = f();
  return [performance.now() - t0, r];
};
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}
const create = () => {
  const c = RotaChecker.create(rota, zone);
  if (!c.ok) throw new Error("invalid overrides");
  return c.checker;
};

const [coldMs] = time(create);
const fullRuns: number[] = [];
let checker = create();
for (let i = 0; i < 7; i++) {
  const [ms, c] = time(create);
  fullRuns.push(ms);
  checker = c;
}
const fullMs = median(fullRuns);
const violations = checker.violations();

// Random single-shift edits: move, stretch, reassign, delete and re-add.
const rnd = prng(7);
const work = rota.shifts.filter((s) => s.kind === "work" || s.kind === "oncall");
const assistants = rota.assistants.map((a) => a.id);
const shiftHours = (h: number) => h * 3_600_000;
const incremental: number[] = [];
const EDITS = 3000;
for (let e = 0; e < EDITS; e++) {
  const s = work[Math.floor(rnd() * work.length)];
  if (!s) continue;
  const start = zone.resolve(s.start);
  const end = zone.resolve(s.end);
  if (!start.ok || !end.ok) continue;
  const kind = Math.floor(rnd() * 4);
  let change: Change;
  if (kind === 0) {
    const by = shiftHours(Math.floor(rnd() * 9) - 4);
    change = {
      type: "put-shift",
      shift: {
        ...s,
        start: zone.toLocal((start.instant + by) as never),
        end: zone.toLocal((end.instant + by) as never),
      },
    };
  } else if (kind === 1) {
    change = {
      type: "put-shift",
      shift: { ...s, end: zone.toLocal((end.instant + shiftHours(2)) as never) },
    };
  } else if (kind === 2) {
    change = {
      type: "put-shift",
      shift: { ...s, assistantId: assistants[Math.floor(rnd() * assistants.length)] },
    };
  } else {
    change = { type: "remove-shift", id: s.id };
  }
  const [ms, r] = time(() => checker.apply(change));
  if (!r.ok) continue; // e.g. a moved shift landing in the DST gap
  incremental.push(ms);
  // put the original back so the rota stays realistic
  checker.apply({ type: "put-shift", shift: s });
}

const result = {
  shifts: rota.shifts.length,
  assistants: rota.assistants.length,
  violations: violations.length,
  cold_full_ms: Number(coldMs.toFixed(1)),
  full_ms: Number(fullMs.toFixed(1)),
  edits: incremental.length,
  incremental_median_ms: Number(median(incremental).toFixed(3)),
  incremental_p95_ms: Number(quantile(incremental, 0.95).toFixed(3)),
  incremental_max_ms: Number(Math.max(...incremental).toFixed(3)),
  ratio: Number((median(incremental) / fullMs).toFixed(4)),
};
const byRule = new Map<string, number>();
for (const v of violations) byRule.set(v.rule, (byRule.get(v.rule) ?? 0) + 1);
console.log(`rota: ${result.shifts} shifts, ${result.assistants} assistants, one year`);
console.log(
  `violations: ${result.violations} (${[...byRule].map(([r, n]) => `${r} ${n}`).join(", ")})`,
);
console.log(`full check: ${result.full_ms} ms (median of 7; first run ${result.cold_full_ms} ms)`);
console.log(
  `incremental: median ${result.incremental_median_ms} ms, p95 ${result.incremental_p95_ms} ms over ${result.edits} edits; ratio ${result.ratio}`,
);
console.log(JSON.stringify(result));
