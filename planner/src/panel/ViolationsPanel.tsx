/**
 * The violations panel: violations grouped by rule, each with its explanation and legal source
 * (the message carries the source), severity as a word and a symbol, never colour alone.
 */
import type { Violation } from "../../../core/src/rules/index.js";
import { ruleTitle, t, type Lang } from "../i18n/messages.js";

export interface ViolationsPanelProps {
  readonly lang: Lang;
  readonly violations: readonly Violation[];
  readonly names: ReadonlyMap<string, string>;
  readonly summaries: ReadonlyMap<string, string>;
}

export function ViolationsPanel({ lang, violations, names, summaries }: ViolationsPanelProps) {
  const groups = new Map<string, Violation[]>();
  for (const v of violations) {
    const list = groups.get(v.rule);
    if (list) list.push(v);
    else groups.set(v.rule, [v]);
  }
  return (
    <section class="panel" aria-labelledby="violations-heading">
      <h2 id="violations-heading">
        {t(lang, "violations")} ({violations.length})
      </h2>
      {violations.length === 0 ? <p>{t(lang, "noViolations")}</p> : null}
      {[...groups].map(([rule, list]) => (
        <section key={rule} aria-labelledby={`rule-${rule}`} class="rule-group">
          <h3 id={`rule-${rule}`}>
            {ruleTitle(lang, rule)} ({list.length})
          </h3>
          <p class="rule-summary">{summaries.get(rule)}</p>
          <ul>
            {list.slice(0, 200).map((v) => (
              <li key={v.key} class={`violation ${v.severity}`}>
                <strong>
                  {v.severity === "error" ? "⛔ " : "⚠ "}
                  {t(lang, v.severity === "error" ? "error" : "warning")}
                </strong>
                {v.assistantId ? ` · ${names.get(v.assistantId) ?? v.assistantId}` : ""}:{" "}
                {v.message}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
