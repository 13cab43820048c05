/**
 * The "Grant and budget" panel: planned against granted hours for the grant periods in view
 * (core's `grantUse`), then the ledger of today's year (core's `grantLedger`, see
 * {@link GrantLedgerView}). Numbers come from core.
 */
import type { GrantUse } from "../../../core/src/grant/index.js";
import type { RotaFile } from "../../../core/src/model/index.js";
import type { LocalDate, Zone } from "../../../core/src/time/index.js";
import { formatDay, formatHours, t, type Lang } from "../i18n/messages.js";
import { GrantLedgerView } from "./GrantLedger.js";

export function GrantMeter({
  lang,
  uses,
  rota,
  zone,
  today,
}: {
  readonly lang: Lang;
  readonly uses: readonly GrantUse[];
  readonly rota: RotaFile;
  readonly zone: Zone;
  /** Today in the arrangement's zone. */
  readonly today: LocalDate;
}) {
  return (
    <section class="panel" aria-labelledby="grant-heading">
      <h2 id="grant-heading">{t(lang, "glHeading")}</h2>
      {uses.length === 0 ? <p>{t(lang, "noGrant")}</p> : null}
      <ul class="grant-list" aria-label={t(lang, "glInView")}>
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
      <GrantLedgerView lang={lang} rota={rota} zone={zone} today={today} />
    </section>
  );
}
