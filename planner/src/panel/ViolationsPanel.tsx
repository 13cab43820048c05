/**
 * The violations panel: violations grouped by rule, each with its explanation and legal source
 * (the message carries the source), severity as a word and a symbol, never colour alone.
 */
import { useState } from "preact/hooks";
import type { Violation } from "../../../core/src/rules/index.js";
import { ruleTitle, t, tf, type Lang } from "../i18n/messages.js";

/** Violations listed per rule until the user asks for all (a year can have hundreds). */
export const FIRST_SHOWN = 25;

export interface ViolationsPanelProps {
  readonly lang: Lang;
  readonly violations: readonly Violation[];
  readonly names: ReadonlyMap<string, string>;
  readonly summaries: ReadonlyMap<string, string>;
  /** The first check has not come yet: no count, no "no violations". */
  readonly checking?: boolean;
}

export function ViolationsPanel(props: ViolationsPanelProps) {
  const { lang, violations, names, summaries, checking = false } = props;
  /** Rules whose violations are all listed. */
  const [all, setAll] = useState<ReadonlySet<string>>(new Set());
  const groups = new Map<string, Violation[]>();
  for (const v of violations) {
    const list = groups.get(v.rule);
    if (list) list.push(v);
    else groups.set(v.rule, [v]);
  }
  return (
    <section class="panel" aria-labelledby="violations-heading">
      <h2 id="violations-heading">
        {t(lang, "violations")}
        {checking ? "" : ` (${violations.length})`}
      </h2>
      {checking ? (
        <p aria-busy="true">{t(lang, "checking")}</p>
      ) : violations.length === 0 ? (
        <p>{t(lang, "noViolations")}</p>
      ) : null}
      {[...groups].map(([rule, list]) => (
        <section key={rule} aria-labelledby={`rule-${rule}`} class="rule-group">
          <h3 id={`rule-${rule}`}>
            {ruleTitle(lang, rule)} ({list.length})
          </h3>
          <p class="rule-summary">{summaries.get(rule)}</p>
          <ul id={`rule-${rule}-list`}>
            {list.slice(0, all.has(rule) ? list.length : FIRST_SHOWN).map((v) => (
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
          {list.length > FIRST_SHOWN ? (
            <button
              type="button"
              aria-expanded={all.has(rule) ? "true" : "false"}
              aria-controls={`rule-${rule}-list`}
              onClick={() => {
                const next = new Set(all);
                if (!next.delete(rule)) next.add(rule);
                setAll(next);
              }}
            >
              {all.has(rule)
                ? tf(lang, "showFirst", { n: FIRST_SHOWN })
                : tf(lang, "showAll", { n: list.length })}
            </button>
          ) : null}
        </section>
      ))}
    </section>
  );
}
