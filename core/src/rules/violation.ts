/** Building a violation: local times, rounding, the legal source and the message in one place. */
import type { AssistantId, ShiftId } from "../model/index.js";
import type { Instant } from "../time/index.js";
import { round2, type Texts } from "./messages.js";
import type { Found, Rule, RuleContext, Severity, Violation } from "./types.js";

/** What a rule knows about one breach. */
export interface Breach {
  readonly anchor: number;
  /** Distinguishes several violations of one rule at one anchor (e.g. young-worker's parts). */
  readonly part?: string;
  readonly assistantId?: AssistantId;
  readonly shiftIds: readonly ShiftId[];
  readonly from: number;
  readonly to: number;
  readonly measured: number;
  readonly limit: number;
  readonly unit: Violation["unit"];
  readonly severity?: Severity;
  /** The message without its source; the source is appended. */
  readonly message: Texts;
}

/** Adds a violation of `rule` for a breach to `out`. */
export function report(rule: Rule, ctx: RuleContext, b: Breach, out: Found[]): void {
  const { zone, profile } = ctx.facts;
  const source = rule.source[profile];
  const key = `${rule.id}|${b.assistantId ?? ""}|${b.part ?? ""}|${b.anchor}|${b.shiftIds[0] ?? ""}`;
  const v: Violation = {
    rule: rule.id,
    severity: b.severity ?? ctx.params[rule.id].severity,
    ...(b.assistantId !== undefined ? { assistantId: b.assistantId } : {}),
    shiftIds: b.shiftIds,
    from: zone.toLocal(b.from as Instant),
    to: zone.toLocal(b.to as Instant),
    measured: round2(b.measured),
    limit: round2(b.limit),
    unit: b.unit,
    source,
    message: `${b.message[ctx.lang]} (${source})`,
    key,
  };
  out.push({ anchor: b.anchor, v });
}
