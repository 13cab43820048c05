/** The shapes shared by every rule: violations, severities and the rule contract. */
import type { AssistantId, ShiftId } from "../model/index.js";
import type { LocalDateTime } from "../time/index.js";
import type { Facts } from "./facts.js";
import type { Params } from "./profiles.js";
import type { Lang } from "./messages.js";

/** Stable public rule ids (users filter and silence by them). */
export const RULE_IDS = [
  "overlap",
  "daily-rest",
  "weekly-rest",
  "average-weekly-hours",
  "weekly-hours-cap",
  "break",
  "young-worker",
  "grant-exceeded",
  "coverage-gap",
  "late-change",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** `error`: the law or the grant is broken; `warning`: a person should look. */
export type Severity = "error" | "warning";

/** One breach, as rules.md "What a violation names" describes it. */
export interface Violation {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Absent for arrangement-wide rules. */
  readonly assistantId?: AssistantId;
  readonly shiftIds: readonly ShiftId[];
  /** Local wall-clock start of what is measured. */
  readonly from: LocalDateTime;
  /** Local wall-clock end of what is measured. */
  readonly to: LocalDateTime;
  /** What was found, in `unit`. */
  readonly measured: number;
  /** The limit it was held against, in `unit`. */
  readonly limit: number;
  readonly unit: "hours" | "minutes" | "assistants" | "days";
  /** The legal source of the rule for the arrangement's profile. */
  readonly source: string;
  /** A sentence in the user's language saying what is wrong, with the source. */
  readonly message: string;
  /** Identifies the violation across re-checks: rule, assistant and anchor. */
  readonly key: string;
}

/** A violation with the instant that anchors it (what incremental re-checks are keyed on). */
export interface Found {
  readonly anchor: number;
  readonly v: Violation;
}

/** What every rule receives: the indexed rota, its parameters and the message language. */
export interface RuleContext {
  readonly facts: Facts;
  readonly params: Params;
  readonly lang: Lang;
}

/** What every rule declares about itself. */
interface RuleBase {
  readonly id: RuleId;
  /** The legal source per profile, quoted in every violation. */
  readonly source: { readonly dk: string; readonly no: string };
  /** One sentence per language explaining the rule, for the violations panel and docs. */
  readonly summary: { readonly da: string; readonly nb: string; readonly en: string };
}

/**
 * A rule about one assistant's own shifts. `check` adds every violation whose anchor lies in
 * `[from, to)`; `affected` says which anchors a change to the assistant's shifts inside
 * `[changeFrom, changeTo]` can alter (it is asked before and after the change).
 */
export interface AssistantRule extends RuleBase {
  readonly scope: "assistant";
  check(ctx: RuleContext, assistantId: AssistantId, from: number, to: number, out: Found[]): void;
  affected(
    ctx: RuleContext,
    assistantId: AssistantId,
    changeFrom: number,
    changeTo: number,
  ): readonly [number, number];
}

/** A rule about the arrangement as a whole (grant, coverage); anchors work as for {@link AssistantRule}. */
export interface ArrangementRule extends RuleBase {
  readonly scope: "arrangement";
  check(ctx: RuleContext, from: number, to: number, out: Found[]): void;
  affected(ctx: RuleContext, changeFrom: number, changeTo: number): readonly [number, number];
}

/** A rule about single shifts in isolation (late changes against the published rota). */
export interface ShiftRule extends RuleBase {
  readonly scope: "shift";
  check(ctx: RuleContext, shiftId: ShiftId, out: Found[]): void;
}

export type Rule = AssistantRule | ArrangementRule | ShiftRule;
