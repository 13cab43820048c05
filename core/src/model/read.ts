/**
 * Reading a rota file: JSON text or value -> migrated -> validated by the zod schema -> checked
 * for meaning (times exist in the zone, ends after starts, known assistants, unique ids).
 * Every problem is reported with its JSON path; nothing is repaired silently.
 */
import type { z } from "zod";
import { Zone, parseClock, parseLocalDate, type Instant } from "../time/index.js";
import type { Issue } from "./issues.js";
import { jsonPath } from "./issues.js";
import { migrate } from "./migrations.js";
import { RotaFileSchema, type RotaFile, type Shift } from "./rota-file.js";
import { templateIssues } from "./templates.js";

/** A rota that passed every check, with its zone. */
export interface ReadRota {
  readonly ok: true;
  readonly rota: RotaFile;
  readonly zone: Zone;
}
/** Every problem found, none fixed. */
export interface Rejected {
  readonly ok: false;
  readonly issues: readonly Issue[];
}

/** Start and end of a shift as instants, or the problems with them. */
export type ShiftTimes =
  | { readonly ok: true; readonly start: Instant; readonly end: Instant }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Resolves a shift's wall-clock start and end in a zone (or anything that resolves as the zone
 * does, such as a memo of it); `path` prefixes the issues.
 */
export function resolveShiftTimes(
  zone: Pick<Zone, "resolve">,
  shift: Pick<Shift, "id" | "start" | "end">,
  path = "$",
): ShiftTimes {
  return resolveTimes(
    zone,
    shift.start,
    shift.end,
    path,
    (word) =>
      `shift ${shift.id} ends (${shift.end}) ${word} it starts (${shift.start}); the end must be after the start`,
  );
}

/**
 * The times a shift actually took: its actual `start` and `end` when it was worked (issues at
 * `${path}.actual.start` / `.end`), otherwise (no actual, or an absence, which keeps the
 * planned times) its planned times as {@link resolveShiftTimes} gives them. `path` is the
 * shift's path, e.g. `$.shifts[3]`.
 */
export function resolveActualTimes(
  zone: Pick<Zone, "resolve">,
  shift: Shift,
  path = "$",
): ShiftTimes {
  const a = shift.actual;
  if (a?.start === undefined || a.end === undefined) return resolveShiftTimes(zone, shift, path);
  return resolveTimes(
    zone,
    a.start,
    a.end,
    `${path}.actual`,
    (word) =>
      `the actual hours of shift ${shift.id} end (${a.end}) ${word} they start (${a.start}); the end must be after the start`,
  );
}

function resolveTimes(
  zone: Pick<Zone, "resolve">,
  startText: string,
  endText: string,
  path: string,
  endsTooEarly: (word: "when" | "before") => string,
): ShiftTimes {
  const issues: Issue[] = [];
  const start = zone.resolve(startText);
  const end = zone.resolve(endText);
  if (!start.ok) issues.push({ path: `${path}.start`, message: start.problem.reason });
  if (!end.ok) issues.push({ path: `${path}.end`, message: end.problem.reason });
  if (!start.ok || !end.ok) return { ok: false, issues };
  if (end.instant <= start.instant) {
    return {
      ok: false,
      issues: [
        {
          path: `${path}.end`,
          message: endsTooEarly(end.instant === start.instant ? "when" : "before"),
        },
      ],
    };
  }
  return { ok: true, start: start.instant, end: end.instant };
}

function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message }));
}

function duplicates(ids: readonly string[], path: string, what: string): Issue[] {
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  ids.forEach((id, i) => {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else
      issues.push({
        path: `${path}[${i}].id`,
        message: `duplicate ${what} id "${id}" (also at ${path}[${seen}])`,
      });
  });
  return issues;
}

/** The meaning checks of a shift's actual (`path` is the shift's): times in the zone, a known assistant. */
function actualIssues(shift: Shift, zone: Zone, known: ReadonlySet<string>, path: string): Issue[] {
  const a = shift.actual;
  if (a === undefined) return [];
  const issues: Issue[] = [];
  if (a.assistantId !== undefined && !known.has(a.assistantId)) {
    issues.push({
      path: `${path}.actual.assistantId`,
      message: `shift ${shift.id} was actually worked by assistant "${a.assistantId}", who is not in the assistants list`,
    });
  }
  if (a.start !== undefined && a.end !== undefined) {
    const times = resolveActualTimes(zone, shift, path);
    if (!times.ok) issues.push(...times.issues);
  }
  if (a.approvedAt !== undefined) {
    const at = zone.resolve(a.approvedAt);
    if (!at.ok) issues.push({ path: `${path}.actual.approvedAt`, message: at.problem.reason });
  }
  return issues;
}

/** The meaning checks that the schema cannot express. */
function semanticIssues(rota: RotaFile, zone: Zone): Issue[] {
  const issues: Issue[] = [];
  issues.push(
    ...duplicates(
      rota.assistants.map((a) => a.id),
      "$.assistants",
      "assistant",
    ),
  );
  issues.push(
    ...duplicates(
      rota.shifts.map((s) => s.id),
      "$.shifts",
      "shift",
    ),
  );
  rota.assistants.forEach((a, i) => {
    if (a.birthDate !== undefined) {
      const d = parseLocalDate(a.birthDate);
      if (!d.ok) issues.push({ path: `$.assistants[${i}].birthDate`, message: d.reason });
    }
  });
  const known = new Set<string>(rota.assistants.map((a) => a.id));
  rota.shifts.forEach((s, i) => {
    const path = `$.shifts[${i}]`;
    if (!known.has(s.assistantId)) {
      issues.push({
        path: `${path}.assistantId`,
        message: `shift ${s.id} is for assistant "${s.assistantId}", who is not in the assistants list`,
      });
    }
    const times = resolveShiftTimes(zone, s, path);
    if (!times.ok) issues.push(...times.issues);
    if (s.actual !== undefined) issues.push(...actualIssues(s, zone, known, path));
  });
  rota.signoffs?.forEach((o, i) => {
    for (const who of ["leader", "assistant"] as const) {
      const at = o[who]?.at;
      if (at === undefined) continue;
      const r = zone.resolve(at);
      if (!r.ok) issues.push({ path: `$.signoffs[${i}].${who}.at`, message: r.problem.reason });
    }
  });
  if (rota.period) {
    const from = parseLocalDate(rota.period.from);
    const to = parseLocalDate(rota.period.to);
    if (!from.ok) issues.push({ path: "$.period.from", message: from.reason });
    if (!to.ok) issues.push({ path: "$.period.to", message: to.reason });
    if (from.ok && to.ok && rota.period.to < rota.period.from) {
      issues.push({
        path: "$.period.to",
        message: `the period ends (${rota.period.to}) before it starts (${rota.period.from})`,
      });
    }
  }
  if (rota.now !== undefined) {
    const now = zone.resolve(rota.now);
    if (!now.ok) issues.push({ path: "$.now", message: now.problem.reason });
  }
  rota.need?.forEach((n, i) => {
    const from = parseClock(n.from);
    const to = parseClock(n.to);
    if (from === undefined || from === 1440) {
      issues.push({
        path: `$.need[${i}].from`,
        message: `"${n.from}" is not a time of day 00:00–23:59`,
      });
    }
    if (to === undefined || to === 0) {
      issues.push({
        path: `$.need[${i}].to`,
        message: `"${n.to}" is not a time of day 00:01–24:00`,
      });
    }
    if (from !== undefined && from === to) {
      issues.push({
        path: `$.need[${i}].to`,
        message: `the need starts and ends at ${n.from}; use 00:00–24:00 for a whole day`,
      });
    }
  });
  if (rota.templates) issues.push(...templateIssues(rota.templates));
  if (rota.published) {
    const at = zone.resolve(rota.published.at);
    if (!at.ok) issues.push({ path: "$.published.at", message: at.problem.reason });
    issues.push(
      ...duplicates(
        rota.published.shifts.map((s) => s.id),
        "$.published.shifts",
        "shift",
      ),
    );
    rota.published.shifts.forEach((s, i) => {
      const times = resolveShiftTimes(zone, s, `$.published.shifts[${i}]`);
      if (!times.ok) issues.push(...times.issues);
    });
  }
  return issues;
}

/**
 * Reads a rota file from JSON text or an already parsed value. Returns the validated rota and
 * its zone, or every problem found with its JSON path. Unknown fields are kept.
 */
export function readRota(input: unknown): ReadRota | Rejected {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return {
        ok: false,
        issues: [{ path: "$", message: `not valid JSON: ${(e as Error).message}` }],
      };
    }
  }
  const migrated = migrate(value);
  if (!migrated.ok) return migrated;
  const parsed = RotaFileSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const zone = Zone.of(parsed.data.timeZone);
  if (!zone.ok) return { ok: false, issues: [{ path: "$.timeZone", message: zone.reason }] };
  const issues = semanticIssues(parsed.data, zone.zone);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, rota: parsed.data, zone: zone.zone };
}

/** The rota as JSON text, two-space indented, unknown fields included. */
export function writeRota(rota: RotaFile): string {
  return `${JSON.stringify(rota, null, 2)}\n`;
}
