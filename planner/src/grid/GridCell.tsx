/**
 * One cell of the rota grid: an assistant's shifts on a day, its violations as a symbol and a
 * description (never colour alone), and whether it is active and selected. While it is being
 * edited it shows the editor instead.
 */
import type { ComponentChildren } from "preact";
import { pure } from "./pure.js";
import { t, type Lang } from "../i18n/messages.js";
import type { CellMark } from "../requests/derived.js";
import type { CellShift } from "./types.js";

export interface GridCellProps {
  readonly lang: Lang;
  readonly row: number;
  readonly col: number;
  readonly shifts: readonly CellShift[];
  readonly active: boolean;
  /** In the range selection (the active cell alone counts when there is no range). */
  readonly selected: boolean;
  /** Part of a range of more than one cell (drawn as such). */
  readonly inRange: boolean;
  /** Where the shifts being dragged would land. */
  readonly dropTarget?: boolean;
  /** Other people on this cell (shared arrangements): their names are shown on it. */
  readonly peers?: readonly { readonly name: string; readonly color: string }[] | undefined;
  /** What the assistant said of this day (cannot work, a wish): a word and a description. */
  readonly mark?: CellMark | undefined;
  /** The editor, shown instead of the shifts while the cell is edited. */
  readonly editor?: ComponentChildren;
  /** Clicked (`extend`: with Shift). Stable across renders, so that unchanged cells skip them. */
  readonly onActivate: (row: number, col: number, extend: boolean) => void;
  readonly onFocused: (row: number, col: number) => void;
}

/**
 * Memoised: an edit re-renders only the cells whose shifts, flags or state changed (the owner
 * keeps unchanged cells' shift lists and its callbacks identical).
 */
export const GridCell = pure(function GridCell(props: GridCellProps) {
  const { lang, row, col, shifts, active } = props;
  const problems = shifts.flatMap((s) => s.problems);
  const worst = problems.some((p) => p.severity === "error")
    ? "error"
    : problems.length
      ? "warning"
      : undefined;
  const descId = `cell-${row}-${col}-problems`;
  const markId = `cell-${row}-${col}-mark`;
  const { mark } = props;
  const described = [problems.length ? descId : "", mark ? markId : ""].filter(Boolean).join(" ");
  const classes = [
    "cell",
    worst && `has-${worst}`,
    active && "active",
    props.inRange && "selected",
    props.dropTarget && "drop-target",
    props.peers?.length && "has-peer",
    mark && `mark-${mark.kind}`,
    mark?.kind === "unavailable" && shifts.length && "planned-unavailable",
  ];
  const peerColor = props.peers?.[0]?.color;
  return (
    <td
      role="gridcell"
      data-row={row}
      data-col={col}
      tabIndex={active ? 0 : -1}
      aria-selected={props.selected}
      aria-describedby={described || undefined}
      aria-invalid={worst === "error" ? true : undefined}
      class={classes.filter(Boolean).join(" ")}
      style={peerColor ? { "--peer-color": peerColor } : undefined}
      onMouseDown={(e) => {
        // Shift+click extends the range: keep focus (and the anchor) where it is until the click
        if (e.shiftKey) e.preventDefault();
      }}
      onClick={(e) => props.onActivate(row, col, e.shiftKey)}
      onFocus={() => props.onFocused(row, col)}
    >
      {props.peers?.map((p, i) => (
        <span key={i} class="peer-label" style={{ "--peer-color": p.color }}>
          {p.name}
        </span>
      ))}
      {props.editor ?? (
        <span class="shifts">
          {shifts.map((s) => s.text).join(", ")}
          {worst ? (
            <span class="flag" aria-hidden="true">
              {worst === "error" ? " ⛔" : " ⚠"}
            </span>
          ) : null}
        </span>
      )}
      {mark ? (
        <>
          <span class="mark-label" aria-hidden="true">
            {mark.label}
          </span>
          <span id={markId} class="visually-hidden">
            {mark.description}
          </span>
        </>
      ) : null}
      {problems.length ? (
        <span id={descId} class="visually-hidden">
          {problems
            .map((p) => `${t(lang, p.severity === "error" ? "error" : "warning")}: ${p.message}`)
            .join(" ")}
        </span>
      ) : null}
    </td>
  );
});
