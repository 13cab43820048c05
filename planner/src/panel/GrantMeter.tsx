/** Planned against granted hours for the grant periods in view (numbers come from core). */
import type { GrantUse } from "../../../core/src/grant/index.js";
import { formatDay, formatHours, t, type Lang } from "../i18n/messages.js";

export function GrantMeter({
  lang,
  uses,
}: {
  readonly lang: Lang;
  readonly uses: readonly GrantUse[];
}) {
  return (
    <section class="panel" aria-labelledby="grant-heading">
      <h2 id="grant-heading">{t(lang, "grant")}</h2>
      {uses.length === 0 ? <p>{t(lang, "noGrant")}</p> : null}
      <ul class="grant-list">
        {uses.map((u) => {
          const over = u.plannedHours > u.grantedHours;
          return (
            <li key={u.from}>
              <span>
                {formatDay(lang, u.from)}: {formatHours(lang, u.plannedHours)} {t(lang, "of")}{" "}
                {formatHours(lang, u.grantedHours)} {t(lang, "planned")}
                {over ? ` ⛔ ${t(lang, "error")}` : ""}
              </span>
              <meter
                min={0}
                max={Math.max(u.grantedHours, u.plannedHours, 1)}
                high={u.grantedHours}
                optimum={0}
                value={u.plannedHours}
                aria-label={`${t(lang, "grant")} ${formatDay(lang, u.from)}`}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
