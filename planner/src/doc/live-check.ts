/**
 * Live checking of an arrangement document through core's incremental checker: one full check
 * when opened, then each transaction's changed assistants and shifts are validated (as
 * {@link docToRota} does) and fed to `RotaChecker.apply` as `Change`s. Never a full re-check per
 * keystroke. A change to the settings (`meta`), or a transaction touching very many entities (an
 * import arriving from another device), rebuilds the checker instead.
 *
 * The invariant, held by a test: after every transaction, `violations()` equals a fresh full
 * `checkRota` of `docToRota(doc)` with the same `now`, and `issues()` names what it left out.
 *
 * Opening a large rota, the first full check may be deferred ({@link LiveCheckOptions.defer}):
 * the document is read at once (so the rota can be shown), and the check runs in later tasks,
 * in slices of a few milliseconds (core's `RotaChecker.createInSteps`), announced by an update
 * with `first: true`. Until then `checked()` is false and `violations()` empty; a transaction
 * meanwhile finishes the check first, so the invariant holds from then on.
 */
import type * as Y from "yjs";
import {
  effectiveShift,
  type Assistant,
  type Issue,
  type RotaFile,
  type Shift,
} from "../../../core/src/model/index.js";
import {
  RotaChecker,
  compareViolations,
  type Change,
  type CheckDiff,
  type Lang,
  type Violation,
} from "../../../core/src/rules/index.js";
import type { Instant, LocalDate, Zone } from "../../../core/src/time/index.js";
import {
  readDocState,
  readStoredAssistant,
  readStoredShift,
  type AssistantState,
  type DocState,
} from "./convert.js";
import { docMaps, type DocMaps } from "./schema.js";

/** What subscribers receive after each transaction that touched the rota. */
export interface LiveCheckUpdate {
  /** Every current violation, in core's canonical order. */
  readonly violations: readonly Violation[];
  /** Violations that appeared with this transaction (for a screen-reader live region). */
  readonly added: readonly Violation[];
  /** Violations that went away with this transaction. */
  readonly removed: readonly Violation[];
  /** What is left out of the check because it has problems (document paths). */
  readonly issues: readonly Issue[];
  /**
   * True for the update that brings a deferred first check: `added` is then every violation,
   * which the document did not just gain (a screen reader need not hear them as news).
   */
  readonly first?: true;
}

/** How a {@link LiveCheck} runs. */
export interface LiveCheckOptions {
  /** Message language; defaults to the arrangement's locale. */
  readonly lang?: Lang;
  /** A transaction touching more assistants and shifts than this rebuilds (default 200). */
  readonly rebuildAbove?: number;
  /**
   * Defers the first full check: `true` starts it in a task after the next frame (so that what
   * the constructor read can be painted first) and goes on in the following tasks; a function
   * is called for each slice and runs it by calling back. Without it, the constructor checks at
   * once.
   */
  readonly defer?: boolean | ((run: () => void) => void);
  /** How long one slice of a deferred first check runs before it yields (default 8 ms). */
  readonly sliceMs?: number;
}

/** Calls `run` in a task of its own, soon (without the clamping of nested timeouts). */
function nextTask(run: () => void): void {
  if (typeof MessageChannel !== "function") {
    setTimeout(run, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

/**
 * Calls `run` once, in a task after the frame that follows the next one: what the current task
 * rendered is painted, and whatever waited for that frame has had its turn, before `run` blocks
 * the page. Where frames do not come (a hidden tab, outside a browser) it runs after a timeout.
 */
export function afterNextFrame(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame === "function") {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(once, 0)));
    setTimeout(once, FRAME_TIMEOUT_MS);
  } else {
    setTimeout(once, 0);
  }
}

/** How long {@link afterNextFrame} waits for frames before running anyway. */
const FRAME_TIMEOUT_MS = 500;

/** A violation's identity across re-checks (as core's checker compares them). */
const identity = (v: Violation): string =>
  `${v.key}\u0000${v.severity}\u0000${v.message}\u0000${v.shiftIds.join(",")}\u0000${v.to}`;

/** `removed` and `added` with the pairs that cancel out dropped (same identity, both sides). */
function net(removed: readonly Violation[], added: readonly Violation[]): CheckDiff {
  const count = new Map<string, number>();
  for (const v of removed) count.set(identity(v), (count.get(identity(v)) ?? 0) + 1);
  const cancelled = new Map<string, number>();
  const reallyAdded = added.filter((v) => {
    const k = identity(v);
    const left = (count.get(k) ?? 0) - (cancelled.get(k) ?? 0);
    if (left <= 0) return true;
    cancelled.set(k, (cancelled.get(k) ?? 0) + 1);
    return false;
  });
  const reallyRemoved = removed.filter((v) => {
    const k = identity(v);
    const n = cancelled.get(k) ?? 0;
    if (n <= 0) return true;
    cancelled.set(k, n - 1);
    return false;
  });
  return {
    added: reallyAdded.sort(compareViolations),
    removed: reallyRemoved.sort(compareViolations),
  };
}

/** Thrown inside an incremental update when core refuses a change; the update then rebuilds. */
class Diverged extends Error {}

/**
 * Keeps the violations of an arrangement document current as it changes, locally or remotely.
 * Subscribe for {@link LiveCheckUpdate}s; call {@link destroy} when the arrangement closes.
 */
export class LiveCheck {
  private readonly maps: DocMaps;
  private readonly listeners = new Set<(update: LiveCheckUpdate) => void>();
  private checker: RotaChecker | undefined;
  private currentZone: Zone | undefined;
  /**
   * Rules run on the plan for the future and on what actually happened for the past (core's
   * `effectiveShift`, for shifts begun before `today` with an approved actual). The checker holds
   * those effective shifts; `planned` keeps the plan of each shift whose effective one differs
   * (undefined there: cancelled), so that {@link rota} still gives the plan the grid edits.
   */
  private readonly planned = new Map<string, Shift>();
  private today: LocalDate | undefined;
  private planCache: { base: RotaFile; version: number; rota: RotaFile } | undefined;
  private plannedVersion = 0;
  private current: readonly Violation[] = [];
  private fatal: readonly Issue[] = [];
  private metaIssues: readonly Issue[] = [];
  /** Assistants in the checker: key -> the raw stored value they were read from. */
  private readonly assistantsIn = new Map<string, unknown>();
  private readonly assistantIssues = new Map<string, readonly Issue[]>();
  /** Shifts in the checker: key -> raw stored value and assistant. */
  private readonly shiftsIn = new Map<string, { raw: unknown; assistantId: string }>();
  private readonly shiftIssues = new Map<string, readonly Issue[]>();
  /** While the first check is deferred: what was read, and once started, the checker's build. */
  private pending:
    { readonly state: DocState; build?: { checker: RotaChecker; step: () => boolean } } | undefined;
  private readonly onTransaction = (tx: Y.Transaction) => this.update(tx);

  /**
   * Checks `doc` in full and starts following its transactions. `now` is the clock, read at each
   * full check: "now" for `late-change` when the rota names none (the planner passes the real
   * clock; tests a fixed instant).
   */
  constructor(
    private readonly doc: Y.Doc,
    private readonly now: () => Instant,
    private readonly options: LiveCheckOptions = {},
  ) {
    this.maps = docMaps(doc);
    if (options.defer) {
      const state = this.read();
      if (state) {
        this.pending = { state };
        this.schedule(true);
      }
    } else {
      this.rebuild();
    }
    doc.on("afterTransaction", this.onTransaction);
  }

  /** False while the first full check is deferred (and `violations()` is still empty). */
  checked(): boolean {
    return this.pending === undefined;
  }

  /** Every current violation, in core's canonical order. */
  violations(): readonly Violation[] {
    return this.current;
  }

  /** What the check leaves out: unusable settings, or entities with problems (document paths). */
  issues(): readonly Issue[] {
    return [
      ...this.fatal,
      ...this.metaIssues,
      ...[...this.assistantIssues.values()].flat(),
      ...[...this.shiftIssues.values()].flat(),
    ];
  }

  /** The rota as checked (valid entities only), or undefined when the document is unreadable. */
  rota(): RotaFile | undefined {
    const base = this.pending?.state.rota ?? this.checker?.rota();
    if (!base || this.planned.size === 0) return base;
    const cached = this.planCache;
    if (cached?.base === base && cached.version === this.plannedVersion) return cached.rota;
    // the checked rota with each shift's plan in place of what actually happened
    const shifts = base.shifts.map((s) => this.planned.get(s.id) ?? s);
    const inBase = new Set(base.shifts.map((s) => s.id as string));
    for (const [id, s] of this.planned) if (!inBase.has(id)) shifts.push(s);
    const rota = { ...base, shifts };
    this.planCache = { base, version: this.plannedVersion, rota };
    return rota;
  }

  /** What the checker gets of a shift: what happened, once begun and recorded (see `planned`). */
  private effective(shift: Shift): Shift | undefined {
    if (!shift.actual || !this.today || shift.start.slice(0, 10) >= this.today) return shift;
    return effectiveShift(shift);
  }

  /** Notes a shift's plan when the checker gets something else (and forgets it otherwise). */
  private notePlan(key: string, shift: Shift | undefined, checked: Shift | undefined): void {
    const differs = shift !== undefined && checked !== shift;
    if (differs) this.planned.set(key, shift);
    else if (!this.planned.delete(key)) return;
    this.plannedVersion += 1;
  }

  /** The arrangement's time zone, or undefined when the document is unreadable. */
  zone(): Zone | undefined {
    return this.currentZone;
  }

  /** Calls `listener` after every transaction that touched the rota; returns the unsubscribe. */
  subscribe(listener: (update: LiveCheckUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Checks in full again with a fresh `now()` (e.g. each hour, for `late-change`), and emits. */
  refresh(): void {
    const first = !this.checked();
    this.emit(this.rebuild(), first);
  }

  /** Stops following the document and drops the subscribers. */
  destroy(): void {
    this.doc.off("afterTransaction", this.onTransaction);
    this.listeners.clear();
    this.pending = undefined;
  }

  private emit(diff: CheckDiff, first = false): void {
    const update: LiveCheckUpdate = {
      violations: this.current,
      ...diff,
      issues: this.issues(),
      ...(first ? { first } : {}),
    };
    for (const l of [...this.listeners]) l(update);
  }

  /** Schedules the next slice of the deferred first check. */
  private schedule(first: boolean): void {
    const { defer } = this.options;
    const run = () => this.slice();
    if (typeof defer === "function") defer(run);
    else if (first) afterNextFrame(run);
    else nextTask(run);
  }

  /** One slice of the deferred first check; the last one emits it. */
  private slice(): void {
    const build = this.startBuild();
    if (!build) return;
    const end = performance.now() + (this.options.sliceMs ?? 8);
    do {
      if (!build.step()) {
        this.finishDeferred(build.checker);
        return;
      }
    } while (performance.now() < end);
    this.schedule(false);
  }

  /** The deferred first check's build, started now if need be (undefined when none is due). */
  private startBuild(): { checker: RotaChecker; step: () => boolean } | undefined {
    const pending = this.pending;
    if (!pending) return undefined;
    if (pending.build) return pending.build;
    const created = RotaChecker.createInSteps(
      pending.state.rota,
      pending.state.zone,
      this.checkOptions(),
    );
    if (!created.ok) {
      this.pending = undefined;
      this.emit(this.adopt(created), true);
      return undefined;
    }
    pending.build = created;
    return created;
  }

  /** Finishes the deferred first check at once, if it is still due, and emits it. */
  private checkDeferred(): void {
    const build = this.startBuild();
    if (!build) return;
    while (build.step());
    this.finishDeferred(build.checker);
  }

  private finishDeferred(checker: RotaChecker): void {
    this.pending = undefined;
    this.emit(this.adopt({ ok: true, checker }), true);
  }

  /** Reads the document afresh and builds a new checker; returns the difference. */
  private rebuild(): CheckDiff {
    this.pending = undefined;
    return this.check(this.read());
  }

  /** Reads the document afresh: settings, zone, issues and what is in the check (no checker). */
  private read(): DocState | undefined {
    this.forget();
    const read = readDocState(this.doc);
    if (!read.ok) {
      this.fatal = read.issues;
      return undefined;
    }
    const state = this.withActuals(read.value);
    this.currentZone = state.zone;
    this.metaIssues = state.metaIssues;
    for (const [k, a] of state.assistants) this.assistantsIn.set(k, a.raw);
    const inCheck = new Map(state.rota.shifts.map((x) => [x.id as string, x]));
    for (const [k, s] of state.shifts) {
      const checked = inCheck.get(k);
      // a cancelled shift is not in the check
      if (checked) this.shiftsIn.set(k, { raw: s.raw, assistantId: checked.assistantId });
    }
    for (const [k, i] of state.assistantIssues) this.assistantIssues.set(k, i);
    for (const [k, i] of state.shiftIssues) this.shiftIssues.set(k, i);
    return state;
  }

  /** The state with each begun shift as it actually happened (its plan noted). */
  private withActuals(state: DocState): DocState {
    this.today = state.zone.toLocal(this.now()).slice(0, 10) as LocalDate;
    const shifts: Shift[] = [];
    for (const s of state.rota.shifts) {
      const checked = this.effective(s);
      this.notePlan(s.id, s, checked);
      if (checked) shifts.push(checked);
    }
    if (this.planned.size === 0) return state;
    return { ...state, rota: { ...state.rota, shifts } };
  }

  /** Forgets the checker and everything read. */
  private forget(): void {
    this.checker = undefined;
    this.currentZone = undefined;
    this.fatal = [];
    this.metaIssues = [];
    this.assistantsIn.clear();
    this.assistantIssues.clear();
    this.shiftsIn.clear();
    this.shiftIssues.clear();
    this.planned.clear();
    this.plannedVersion += 1;
  }

  /** Builds a new checker of what {@link read} read; returns the difference. */
  private check(state: DocState | undefined): CheckDiff {
    if (!state) {
      const before = this.current;
      this.current = [];
      return net(before, []);
    }
    return this.adopt(RotaChecker.create(state.rota, state.zone, this.checkOptions()));
  }

  private checkOptions() {
    return { now: this.now(), ...(this.options.lang ? { lang: this.options.lang } : {}) };
  }

  /** Takes a new checker (or the reason there is none); returns the difference. */
  private adopt(
    created: { ok: true; checker: RotaChecker } | { ok: false; issues: readonly Issue[] },
  ): CheckDiff {
    const before = this.current;
    if (!created.ok) {
      this.forget();
      this.fatal = created.issues;
      this.current = [];
      return net(before, []);
    }
    this.checker = created.checker;
    this.current = this.checker.violations();
    return net(before, this.current);
  }

  private update(tx: Y.Transaction): void {
    const keys = (type: Y.Map<unknown>) => {
      for (const [changed, subs] of tx.changed) {
        if ((changed as unknown) === type) return [...subs].filter((k): k is string => k !== null);
      }
      return [];
    };
    const metaKeys = keys(this.maps.meta).filter((k) => k !== "name");
    const aKeys = keys(this.maps.assistants);
    const sKeys = keys(this.maps.shifts);
    if (metaKeys.length + aKeys.length + sKeys.length === 0) return;
    const big = aKeys.length + sKeys.length > (this.options.rebuildAbove ?? 200);
    if (metaKeys.length > 0 || big) {
      const first = !this.checked();
      this.emit(this.rebuild(), first);
      return;
    }
    // A deferred first check is of the document before this transaction: it comes first.
    this.checkDeferred();
    if (!this.checker || !this.currentZone) {
      this.emit(this.rebuild());
      return;
    }
    const before = this.current;
    try {
      const diff = this.applyIncrementally(this.checker, this.currentZone, aKeys, sKeys);
      this.current = this.checker.violations();
      this.emit(diff);
    } catch (e) {
      if (!(e instanceof Diverged)) throw e;
      this.current = before;
      this.emit(this.rebuild());
    }
  }

  private stateBefore(key: string): AssistantState {
    if (this.assistantsIn.has(key)) return "valid";
    return this.assistantIssues.has(key) ? "invalid" : "absent";
  }

  /** Brings the checker in step with the changed keys, in dependency order. */
  private applyIncrementally(
    checker: RotaChecker,
    zone: Zone,
    aKeys: readonly string[],
    sKeys: readonly string[],
  ): CheckDiff {
    const removed: Violation[] = [];
    const added: Violation[] = [];
    const apply = (change: Change) => {
      const r = checker.apply(change);
      if (!r.ok) throw new Diverged(r.issues.map((i) => `${i.path}: ${i.message}`).join("; "));
      removed.push(...r.diff.removed);
      added.push(...r.diff.added);
    };

    // 1. Assistants: what each changed key now is; assistants whose state changed.
    const toPut: [string, unknown, Assistant][] = [];
    const toDrop = new Set<string>();
    const moved = new Set<string>();
    for (const key of aKeys) {
      const raw = this.maps.assistants.get(key);
      const before = this.stateBefore(key);
      let after: AssistantState = "absent";
      this.assistantIssues.delete(key);
      if (raw !== undefined) {
        const r = readStoredAssistant(key, raw);
        if (r.ok) {
          after = "valid";
          if (this.assistantsIn.get(key) !== raw) toPut.push([key, raw, r.value]);
        } else {
          after = "invalid";
          this.assistantIssues.set(key, r.issues);
        }
      }
      if (after !== "valid" && this.assistantsIn.has(key)) toDrop.add(key);
      if (after !== before) moved.add(key);
    }
    const valid = new Set(toPut.map(([k]) => k));
    const stateNow = (id: string): AssistantState =>
      valid.has(id) || (this.assistantsIn.has(id) && !toDrop.has(id))
        ? "valid"
        : this.maps.assistants.has(id)
          ? "invalid"
          : "absent";

    // 2. New and changed assistants first, so that their shifts can follow.
    for (const [key, raw, value] of toPut) {
      apply({ type: "put-assistant", assistant: value });
      this.assistantsIn.set(key, raw);
    }

    // 3. Changed shifts, and every shift of an assistant who appeared, broke or went away.
    const shiftKeys = new Set(sKeys);
    if (moved.size > 0) {
      this.maps.shifts.forEach((raw, key) => {
        const a = (raw as { value?: { assistantId?: unknown } } | null)?.value?.assistantId;
        if (typeof a === "string" && moved.has(a)) shiftKeys.add(key);
      });
      for (const [key, s] of this.shiftsIn) if (moved.has(s.assistantId)) shiftKeys.add(key);
    }
    for (const key of shiftKeys) {
      const raw = this.maps.shifts.get(key);
      const inChecker = this.shiftsIn.get(key);
      this.shiftIssues.delete(key);
      const r = raw === undefined ? undefined : readStoredShift(key, raw, zone, stateNow);
      if (r?.ok) {
        const checked = this.effective(r.value);
        this.notePlan(key, r.value, checked);
        if (checked && (inChecker?.raw !== raw || inChecker === undefined)) {
          apply({ type: "put-shift", shift: checked });
          this.shiftsIn.set(key, { raw, assistantId: checked.assistantId });
        } else if (!checked && inChecker) {
          // cancelled: out of the check, its plan still in the rota
          apply({ type: "remove-shift", id: key });
          this.shiftsIn.delete(key);
        }
        continue;
      }
      this.notePlan(key, undefined, undefined);
      if (r) this.shiftIssues.set(key, r.issues);
      if (inChecker) {
        apply({ type: "remove-shift", id: key });
        this.shiftsIn.delete(key);
      }
    }

    // 4. Assistants that went away or broke, now without shifts in the checker.
    for (const key of toDrop) {
      apply({ type: "remove-assistant", id: key });
      this.assistantsIn.delete(key);
    }
    return net(removed, added);
  }
}
