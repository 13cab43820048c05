/**
 * What the grid says above itself: the selected range in words (so a range is never shown by
 * styling alone), and the cells a paste or fill left as they were, with the reason for each.
 */
import { formatDay, t, tf, type Lang } from "../i18n/messages.js";
import { rectCols, rectRows, type Rect } from "./selection.js";

export interface GridStatusProps {
  readonly lang: Lang;
  readonly range: Rect | undefined;
  readonly days: readonly string[];
  readonly assistants: readonly { readonly name: string }[];
  /** One line per cell left as it was: `day, assistant: reason`. */
  readonly report: readonly string[];
}

/** `Selected: 3 × 2 cells: Mon 2 Mar – Wed 4 Mar, Anna – Bo`. */
export function describeRange(
  lang: Lang,
  range: Rect,
  days: readonly string[],
  assistants: readonly { readonly name: string }[],
): string {
  const span = (a: string, b: string) => (a === b ? a : `${a} – ${b}`);
  const from = formatDay(lang, days[range.top] as string);
  const to = formatDay(lang, days[range.bottom] as string);
  const first = assistants[range.left]?.name ?? "";
  const last = assistants[range.right]?.name ?? "";
  const size = tf(lang, "selected", { rows: rectRows(range), cols: rectCols(range) });
  return `${size}: ${span(from, to)}, ${span(first, last)}`;
}

export function GridStatus({ lang, range, days, assistants, report }: GridStatusProps) {
  return (
    <>
      {range ? (
        <p class="selection-status">{describeRange(lang, range, days, assistants)}</p>
      ) : null}
      {report.length ? (
        <div class="grid-report">
          <p>{t(lang, "cellsLeftAsTheyWere")}</p>
          <ul>
            {report.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
