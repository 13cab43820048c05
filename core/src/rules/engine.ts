/**
 * The checker: a full check of a rota, then incremental re-checks as shifts and assistants
 * change. Every violation is anchored at an instant (or a shift id); a change to a shift asks
 * each rule which anchors it can affect — before and after the change — and recomputes only
 * those. A property test holds the incremental result equal to a full check after every edit.
 */
import {
  AssistantSchema,
  ShiftSchema,
  jsonPath,
  resolveShiftTimes,
  type Assistant,
  type AssistantId,
  type Issue,
  type RotaFile,
  type Shift,
  type ShiftId,
} from "../model/index.js";
import type { Instant, Zone } from "../time/index.js";
import {
  addShift,
  buildFacts,
  derivePeriod,
  removeShift,
  toPShift,
  type Facts,
  type PShift,
} from "./facts.js";
import { langOf, type Lang } from "./messages.js";
import { resolveParams, type Params } from "./profiles.js";
import { RULES } from "./registry.js";
import {
  RULE_IDS,
  type ArrangementRule,
  type AssistantRule,
  type Found,
  type RuleContext,
  type ShiftRule,
  type Violation,
} from "./types.js";

/** An edit to the rota, as the planner's document layer reports it. */
export type Change =
  | { readonly type: "put-shift"; readonly shift: unknown }
  | { readonly type: "remove-shift"; readonly id: string }
  | { readonly type: "put-assistant"; readonly assistant: unknown }
  | { readonly type: "remove-assistant"; readonly id: string };

/** Violations that appeared and disappeared with a change (for live regions and flags). */
export interface CheckDiff {
  readonly added: readonly Violation[];
  readonly removed: readonly Violation[];
}

/** Options of a check. */
export interface CheckOptions {
  /** "Now" when the file names none (the app passes the real clock; core never reads it). */
  readonly now?: Instant;
  /** Message language; defaults to the rota's `locale`. */
  readonly lang?: Lang;
}

const RULE_ORDER = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));

/** How many shifts a step of {@link RotaChecker.createInSteps} checks for a shift rule. */
const SHIFTS_PER_STEP = 500;

/** The canonical order of violations: by start, rule, assistant, then key. */
export function compareViolations(a: Violation, b: Violation): number {
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  const r = (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0);
  if (r !== 0) return r;
  const aa = a.assistantId ?? "";
  const ba = b.assistantId ?? "";
  if (aa !== ba) return aa < ba ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

const identity = (v: Violation): string =>
  `${v.key}\u0000${v.severity}\u0000${v.message}\u0000${v.shiftIds.join(",")}\u0000${v.to}`;

const isHelp = (s: PShift | undefined): boolean => !!s && s.working && s.purpose === "help";

/** Removes (and returns) the entries of `list` anchored in `[from, to)`. */
function takeRange(list: Found[], from: number, to: number): { kept: Found[]; taken: Found[] } {
  const kept: Found[] = [];
  const taken: Found[] = [];
  for (const f of list) (f.anchor >= from && f.anchor < to ? taken : kept).push(f);
  return { kept, taken };
}

/**
 * A rota under check. Create it with {@link RotaChecker.create}; read {@link violations};
 * feed edits to {@link apply}, which returns what changed.
 */
export class RotaChecker {
  private readonly ctx: RuleContext;
  private readonly perAssistant = new Map<string, Map<AssistantId, Found[]>>();
  private readonly perArrangement = new Map<string, Found[]>();
  private readonly perShift = new Map<string, Map<ShiftId, Found[]>>();
  private readonly assistantRules: AssistantRule[];
  private readonly arrangementRules: ArrangementRule[];
  private readonly shiftRules: ShiftRule[];
  /** The shifts as given, by id, in first-seen order (the facts hold them resolved). */
  private readonly rawShifts: Map<ShiftId, Shift>;
  /** {@link rota}'s answer until the next change. */
  private current: RotaFile | undefined;

  private constructor(
    private readonly facts: Facts,
    params: Params,
    lang: Lang,
  ) {
    this.ctx = { facts, params, lang };
    this.rawShifts = new Map(facts.rota.shifts.map((s) => [s.id, s]));
    const enabled = RULES.filter((r) => params[r.id].enabled);
    this.assistantRules = enabled.filter((r): r is AssistantRule => r.scope === "assistant");
    this.arrangementRules = enabled.filter((r): r is ArrangementRule => r.scope === "arrangement");
    this.shiftRules = enabled.filter((r): r is ShiftRule => r.scope === "shift");
  }

  /**
   * The full check, in steps: each `yield` ends a slice of about one rule for one assistant (or
   * one arrangement rule, or {@link SHIFTS_PER_STEP} shifts of a shift rule).
   */
  private *fill(): Generator<void, void, void> {
    const { facts } = this;
    for (const r of this.assistantRules) {
      const m = new Map<AssistantId, Found[]>();
      this.perAssistant.set(r.id, m);
      for (const id of facts.assistants.keys()) {
        m.set(id, this.run(r, id, -Infinity, Infinity));
        yield;
      }
    }
    for (const r of this.arrangementRules) {
      this.perArrangement.set(r.id, this.runArr(r, -Infinity, Infinity));
      yield;
    }
    for (const r of this.shiftRules) {
      const m = new Map<ShiftId, Found[]>();
      this.perShift.set(r.id, m);
      let n = 0;
      for (const id of new Set([...facts.shifts.keys(), ...facts.published.keys()])) {
        const found = this.runShift(r, id);
        if (found.length) m.set(id, found);
        if (++n % SHIFTS_PER_STEP === 0) yield;
      }
    }
  }

  /**
   * Checks a validated rota (from `readRota`) in full. Fails only when the rota's overrides are
   * invalid, naming each with its JSON path.
   */
  static create(
    rota: RotaFile,
    zone: Zone,
    options: CheckOptions = {},
  ): { ok: true; checker: RotaChecker } | { ok: false; issues: readonly Issue[] } {
    const r = RotaChecker.createInSteps(rota, zone, options);
    if (!r.ok) return r;
    while (r.step());
    return { ok: true, checker: r.checker };
  }

  /**
   * {@link create} with the full check left to the caller, in small steps, so that a caller
   * with a clock (core has none) can spread it over several tasks. Each `step()` does one slice
   * (about one rule for one assistant) and returns whether more remain; the checker must not be
   * read or changed before `step()` has returned false. The result is the same as `create`'s.
   */
  static createInSteps(
    rota: RotaFile,
    zone: Zone,
    options: CheckOptions = {},
  ):
    | { ok: true; checker: RotaChecker; step: () => boolean }
    | { ok: false; issues: readonly Issue[] } {
    const params = resolveParams(rota.profile, rota.overrides);
    if (!params.ok) return params;
    const facts = buildFacts(rota, zone, options.now);
    const checker = new RotaChecker(facts, params.params, options.lang ?? langOf(rota.locale));
    const steps = checker.fill();
    return { ok: true, checker, step: () => steps.next().done !== true };
  }

  private run(r: AssistantRule, id: AssistantId, from: number, to: number): Found[] {
    const out: Found[] = [];
    r.check(this.ctx, id, from, to, out);
    return out;
  }

  private runArr(r: ArrangementRule, from: number, to: number): Found[] {
    const out: Found[] = [];
    r.check(this.ctx, from, to, out);
    return out;
  }

  private runShift(r: ShiftRule, id: ShiftId): Found[] {
    const out: Found[] = [];
    r.check(this.ctx, id, out);
    return out;
  }

  /** Every current violation, in canonical order. */
  violations(): Violation[] {
    const all: Violation[] = [];
    for (const m of this.perAssistant.values())
      for (const l of m.values()) for (const f of l) all.push(f.v);
    for (const l of this.perArrangement.values()) for (const f of l) all.push(f.v);
    for (const m of this.perShift.values())
      for (const l of m.values()) for (const f of l) all.push(f.v);
    return all.sort(compareViolations);
  }

  /**
   * The rota as it now stands, with every applied change (shifts in their first-seen order). The
   * same object until the next change (reading it costs a copy of every shift).
   */
  rota(): RotaFile {
    this.current ??= {
      ...this.facts.rota,
      assistants: [...this.facts.assistants.values()].map((a) => a.assistant),
      shifts: [...this.rawShifts.values()],
    };
    return this.current;
  }

  /**
   * Applies one edit and re-checks only what it can affect. Invalid edits change nothing and
   * return the problems, with JSON paths relative to the edited value.
   */
  apply(change: Change): { ok: true; diff: CheckDiff } | { ok: false; issues: readonly Issue[] } {
    this.current = undefined;
    switch (change.type) {
      case "put-shift":
        return this.putShift(change.shift);
      case "remove-shift":
        return this.removeShiftById(change.id as ShiftId);
      case "put-assistant":
        return this.putAssistant(change.assistant);
      case "remove-assistant":
        return this.removeAssistant(change.id as AssistantId);
    }
  }

  private putShift(input: unknown) {
    const parsed = ShiftSchema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false as const,
        issues: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
      };
    }
    const shift: Shift = parsed.data;
    const times = resolveShiftTimes(this.facts.zone, shift);
    if (!times.ok) return { ok: false as const, issues: times.issues };
    if (!this.facts.assistants.has(shift.assistantId)) {
      return {
        ok: false as const,
        issues: [
          {
            path: "$.assistantId",
            message: `assistant "${shift.assistantId}" is not in the assistants list`,
          },
        ],
      };
    }
    const old = this.facts.shifts.get(shift.id);
    const next = toPShift(this.facts.zone, shift);
    return { ok: true as const, diff: this.replace(old, next, shift) };
  }

  private removeShiftById(id: ShiftId) {
    const old = this.facts.shifts.get(id);
    if (!old)
      return {
        ok: false as const,
        issues: [{ path: "$.id", message: `there is no shift "${id}"` }],
      };
    return { ok: true as const, diff: this.replace(old, undefined, undefined) };
  }

  /** Swaps `old` for `next` in the facts and re-checks the affected anchors. */
  private replace(
    old: PShift | undefined,
    next: PShift | undefined,
    raw: Shift | undefined,
  ): CheckDiff {
    const both = [old, next].filter((s): s is PShift => s !== undefined);
    const cs = Math.min(...both.map((s) => s.start));
    const ce = Math.max(...both.map((s) => s.end));
    const assistants = [...new Set(both.map((s) => s.assistantId))];
    const help = isHelp(old) || isHelp(next);
    const ranges = new Map<string, [number, number]>();
    const widen = (key: string, [a, b]: readonly [number, number]) => {
      const r = ranges.get(key);
      ranges.set(key, r ? [Math.min(r[0], a), Math.max(r[1], b)] : [a, b]);
    };
    const measure = () => {
      for (const r of this.assistantRules) {
        for (const a of assistants) widen(`${r.id}\u0000${a}`, r.affected(this.ctx, a, cs, ce));
      }
      if (help) for (const r of this.arrangementRules) widen(r.id, r.affected(this.ctx, cs, ce));
    };
    const periodBefore = JSON.stringify(this.facts.period);
    measure();
    if (old) removeShift(this.facts, old);
    if (next) addShift(this.facts, next);
    this.updateRawShifts(old?.id ?? next?.id, raw);
    if (!this.facts.rota.period) this.facts.period = derivePeriod(this.facts);
    const periodMoved = JSON.stringify(this.facts.period) !== periodBefore;
    measure();

    const removed: Violation[] = [];
    const added: Violation[] = [];
    for (const r of this.assistantRules) {
      const store = this.perAssistant.get(r.id) as Map<AssistantId, Found[]>;
      for (const a of assistants) {
        const [from, to] = ranges.get(`${r.id}\u0000${a}`) as [number, number];
        const { kept, taken } = takeRange(store.get(a) ?? [], from, to);
        const fresh = this.run(r, a, from, to);
        store.set(a, kept.concat(fresh));
        for (const f of taken) removed.push(f.v);
        for (const f of fresh) added.push(f.v);
      }
    }
    for (const r of this.arrangementRules) {
      const whole = periodMoved && r.id === "coverage-gap";
      const range = whole ? ([-Infinity, Infinity] as const) : ranges.get(r.id);
      if (!range) continue;
      const { kept, taken } = takeRange(this.perArrangement.get(r.id) ?? [], range[0], range[1]);
      const fresh = this.runArr(r, range[0], range[1]);
      this.perArrangement.set(r.id, kept.concat(fresh));
      for (const f of taken) removed.push(f.v);
      for (const f of fresh) added.push(f.v);
    }
    const id = (old ?? next)?.id;
    if (id !== undefined) {
      for (const r of this.shiftRules) {
        const store = this.perShift.get(r.id) as Map<ShiftId, Found[]>;
        for (const f of store.get(id) ?? []) removed.push(f.v);
        const fresh = this.runShift(r, id);
        if (fresh.length) store.set(id, fresh);
        else store.delete(id);
        for (const f of fresh) added.push(f.v);
      }
    }
    return cancel(removed, added);
  }

  private updateRawShifts(id: ShiftId | undefined, raw: Shift | undefined): void {
    if (id === undefined) return;
    if (raw) this.rawShifts.set(id, raw);
    else this.rawShifts.delete(id);
  }

  private putAssistant(input: unknown) {
    const parsed = AssistantSchema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false as const,
        issues: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
      };
    }
    const assistant: Assistant = parsed.data;
    const existing = this.facts.assistants.get(assistant.id);
    const removed: Violation[] = [];
    const added: Violation[] = [];
    if (existing) existing.assistant = assistant;
    else
      this.facts.assistants.set(assistant.id, {
        assistant,
        all: [],
        work: [],
        maxDuration: 0,
        maxWork: 0,
      });
    for (const r of this.assistantRules) {
      const store = this.perAssistant.get(r.id) as Map<AssistantId, Found[]>;
      for (const f of store.get(assistant.id) ?? []) removed.push(f.v);
      const fresh = this.run(r, assistant.id, -Infinity, Infinity);
      store.set(assistant.id, fresh);
      for (const f of fresh) added.push(f.v);
    }
    return { ok: true as const, diff: cancel(removed, added) };
  }

  private removeAssistant(id: AssistantId) {
    const a = this.facts.assistants.get(id);
    if (!a)
      return {
        ok: false as const,
        issues: [{ path: "$.id", message: `there is no assistant "${id}"` }],
      };
    if (a.all.length > 0) {
      return {
        ok: false as const,
        issues: [
          {
            path: "$.id",
            message: `assistant "${id}" still has ${a.all.length} shifts; remove or move them first`,
          },
        ],
      };
    }
    const removed: Violation[] = [];
    for (const store of this.perAssistant.values()) {
      for (const f of store.get(id) ?? []) removed.push(f.v);
      store.delete(id);
    }
    this.facts.assistants.delete(id);
    return { ok: true as const, diff: { added: [], removed } };
  }
}

/** Drops violations that were removed and added again unchanged. */
function cancel(removed: Violation[], added: Violation[]): CheckDiff {
  const gone = new Map<string, number>();
  for (const v of removed) gone.set(identity(v), (gone.get(identity(v)) ?? 0) + 1);
  const reallyAdded: Violation[] = [];
  for (const v of added) {
    const k = identity(v);
    const n = gone.get(k) ?? 0;
    if (n > 0) gone.set(k, n - 1);
    else reallyAdded.push(v);
  }
  const reallyRemoved = removed.filter((v) => {
    const k = identity(v);
    const n = gone.get(k) ?? 0;
    if (n > 0) {
      gone.set(k, n - 1);
      return true;
    }
    return false;
  });
  return {
    added: reallyAdded.sort(compareViolations),
    removed: reallyRemoved.sort(compareViolations),
  };
}

/** Checks a validated rota in full and returns its violations in canonical order. */
export function checkRota(
  rota: RotaFile,
  zone: Zone,
  options: CheckOptions = {},
): { ok: true; violations: Violation[] } | { ok: false; issues: readonly Issue[] } {
  const r = RotaChecker.create(rota, zone, options);
  return r.ok ? { ok: true, violations: r.checker.violations() } : r;
}
