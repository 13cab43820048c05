/**
 * The year overview: every day of a year at a glance (placeholder until filled in).
 */
import type { RotaFile } from "../../../core/src/model/index.js";
import type { Violation } from "../../../core/src/rules/index.js";
import type { LocalDate, Zone } from "../../../core/src/time/index.js";
import type { Lang } from "../i18n/messages.js";

export interface YearOverviewProps {
  readonly lang: Lang;
  readonly rota: RotaFile;
  readonly zone: Zone;
  readonly violations: readonly Violation[];
  readonly year: number;
  /** Opens a day in the week view. */
  readonly onOpenDay: (date: LocalDate) => void;
}

export function YearOverview(props: YearOverviewProps) {
  return <h3>{props.year}</h3>;
}
