/** Building small rotas for rule tests. */
import { readRota, type Issue, type RotaFile } from "../../../core/src/model/index.js";
import { checkRota, RotaChecker, type Violation } from "../../../core/src/rules/index.js";
import type { Zone } from "../../../core/src/time/index.js";

export interface ShiftSpec {
  id: string;
  a?: string;
  start: string;
  end: string;
  kind?: string;
  purpose?: string;
  breakMinutes?: number;
}

/** A rota file value with defaults for everything not given. */
export function rota(
  shifts: ShiftSpec[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const ids = [...new Set(shifts.map((s) => s.a ?? "a1"))];
  return {
    format: "turnus-rota/1",
    profile: "dk",
    timeZone: "Europe/Copenhagen",
    locale: "en",
    assistants: extra.assistants ?? ids.map((id) => ({ id, name: id })),
    shifts: shifts.map(({ a, ...s }) => ({ assistantId: a ?? "a1", kind: "work", ...s })),
    ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== "assistants")),
  };
}

/** Reads a rota value, failing the test on invalid input. */
export function read(value: unknown): { rota: RotaFile; zone: Zone } {
  const r = readRota(value);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
  return r;
}

/** All violations of a rota value. */
export function check(value: unknown): Violation[] {
  const { rota: r, zone } = read(value);
  const c = checkRota(r, zone);
  if (!c.ok) throw new Error(c.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
  return c.violations;
}

/** The violations of one rule. */
export function only(rule: string, value: unknown): Violation[] {
  return check(value).filter((v) => v.rule === rule);
}

/** A checker for a rota value. */
export function checker(value: unknown): RotaChecker {
  const { rota: r, zone } = read(value);
  const c = RotaChecker.create(r, zone);
  if (!c.ok) throw new Error("bad overrides");
  return c.checker;
}

/** Seven consecutive days of shifts. */
export function days(
  prefix: string,
  firstDate: string,
  count: number,
  from: string,
  to: string,
  a = "a1",
): ShiftSpec[] {
  const out: ShiftSpec[] = [];
  const base = Date.UTC(
    Number(firstDate.slice(0, 4)),
    Number(firstDate.slice(5, 7)) - 1,
    Number(firstDate.slice(8, 10)),
  );
  for (let i = 0; i < count; i++) {
    const d = new Date(base + i * 86_400_000).toISOString().slice(0, 10);
    const e = to <= from ? new Date(base + (i + 1) * 86_400_000).toISOString().slice(0, 10) : d;
    out.push({ id: `${prefix}${i + 1}`, a, start: `${d}T${from}`, end: `${e}T${to}` });
  }
  return out;
}

/** A rota value in the Norwegian profile (Europe/Oslo), otherwise like {@link rota}. */
export function rotaNo(
  shifts: ShiftSpec[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return rota(shifts, { profile: "no", timeZone: "Europe/Oslo", ...extra });
}

/** The problems that stop a rota value from being checked (bad overrides), or none. */
export function checkIssues(value: unknown): readonly Issue[] {
  const { rota: r, zone } = read(value);
  const c = checkRota(r, zone);
  return c.ok ? [] : c.issues;
}

/** `date` plus `n` calendar days (`YYYY-MM-DD`). */
export function plusDays(date: string, n: number): string {
  const base = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
  return new Date(base + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Shifts on the given ISO weekdays (1 = Monday … 7 = Sunday) of `weeks` consecutive weeks from
 * `firstMonday`, from `from` to `to` (next day when `to` is not after `from`). Ids are
 * `${prefix}${n}` numbered from 1 in date order.
 */
export function weekly(
  prefix: string,
  firstMonday: string,
  weeks: number,
  weekdays: readonly number[],
  from: string,
  to: string,
  extra: Partial<ShiftSpec> = {},
): ShiftSpec[] {
  const out: ShiftSpec[] = [];
  for (let w = 0; w < weeks; w++) {
    for (const wd of [...weekdays].sort((x, y) => x - y)) {
      const d = plusDays(firstMonday, w * 7 + wd - 1);
      const e = to <= from ? plusDays(d, 1) : d;
      out.push({
        id: `${prefix}${out.length + 1}`,
        start: `${d}T${from}`,
        end: `${e}T${to}`,
        ...extra,
      });
    }
  }
  return out;
}

/** The fields of a violation that locate and measure it (for compact expectations). */
export function brief(v: Violation): {
  shiftIds: readonly string[];
  from: string;
  to: string;
  measured: number;
  limit: number;
} {
  return { shiftIds: v.shiftIds, from: v.from, to: v.to, measured: v.measured, limit: v.limit };
}

/** Where a violation lies and what it measured, without its shift ids (arrangement-wide rules). */
export function span(v: Violation): { from: string; to: string; measured: number; limit: number } {
  return { from: v.from, to: v.to, measured: v.measured, limit: v.limit };
}
