/**
 * The rota grid: rows are days, columns are assistants (WAI-ARIA grid pattern). One cell holds
 * the assistant's shifts starting that day. Keyboard only is enough for everything: arrows,
 * Home/End (Ctrl for the corners), PageUp/PageDown, with Shift to select a range (Ctrl+A all);
 * typing starts an edit, Enter/F2 edit, Delete removes, Escape cancels; Ctrl+C/X/V copy, cut
 * and paste TSV (spreadsheets), Ctrl+D/Ctrl+R fill down/right. Violations show as a symbol and
 * text, never colour alone; a range shows as a dashed outline and stripes as well.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { formatDay, formatDayLong, t, tf, tn, type Lang } from "../i18n/messages.js";
import { useGridClipboard } from "./clipboard.js";
import { CellEditor } from "./CellEditor.js";
import { CoverageAxis, CoverageDefs, coverageWords } from "./CoverageAxis.js";
import type { DayCoverage } from "./coverage.js";
import "./grid.css";
import { GridCell } from "./GridCell.js";
import { GridStatus } from "./GridStatus.js";
import { move } from "./navigation.js";
import { useDragMove } from "./drag.js";
import { useProgressiveRows } from "./progressive.js";
import { formatTsv } from "./tsv.js";
import {
  clearWrites,
  copyRange,
  fillWrites,
  moveWrites,
  pasteWrites,
  type Snapshot,
} from "./range-ops.js";
import { inRect, rectCols, rectRows, type Rect } from "./selection.js";
import {
  cellKey,
  type CellFailure,
  type CellShift,
  type CellWrite,
  type WriteAction,
} from "./types.js";
import { useCursor } from "./useCursor.js";
import type { CellMark } from "../requests/derived.js";

export type { CellShift, CellWrite, CellFailure, WriteAction } from "./types.js";

export interface RotaGridProps {
  readonly lang: Lang;
  readonly days: readonly string[];
  readonly assistants: readonly { readonly id: string; readonly name: string }[];
  /** Shifts per cell, keyed `date|assistantId`. */
  readonly cells: ReadonlyMap<string, readonly CellShift[]>;
  /** A day to put focus on when the grid appears (opened from the year overview). */
  readonly focusDate?: string | undefined;
  /** Each day's coverage, drawn on a 24-hour axis in the day's row header. */
  readonly coverage?: ReadonlyMap<string, DayCoverage> | undefined;
  /**
   * Saves typed text for a cell, one or more shifts, in place of the cell's shifts `replace`;
   * returns a reason when the text is not shifts.
   */
  readonly onCommit: (
    date: string,
    assistantId: string,
    text: string,
    replace: readonly CellShift[],
  ) => string | undefined;
  readonly onDelete: (ids: readonly string[]) => void;
  /**
   * Writes cells (paste, cut, delete, fill) as one undo step and announces the result;
   * `leftOut` pasted cells fell outside the grid. Returns the cells left as they were.
   */
  readonly onWrite: (
    writes: readonly CellWrite[],
    action: WriteAction,
    leftOut: number,
  ) => readonly CellFailure[];
  /** Says something in the live region (selection, copy, clipboard problems). */
  readonly onAnnounce: (message: string) => void;
  /** The rota may not be changed here (a viewer's link): edits are refused with this message. */
  readonly readOnly?: string | undefined;
  /** Other people's positions (shared arrangements), keyed `date|assistantId` like `cells`. */
  readonly peers?: ReadonlyMap<string, readonly { name: string; color: string }[]> | undefined;
  /**
   * Marks from the assistants' own documents (cannot work, wishes), keyed like `cells`: shown in
   * the cell as a word and described to screen readers.
   */
  readonly marks?: ReadonlyMap<string, CellMark> | undefined;
  /** The active cell moved (for presence). */
  readonly onCursor?: ((date: string, assistantId: string) => void) | undefined;
}

/** A cell without shifts (one array, so that memoised cells see no change). */
const NO_SHIFTS: readonly CellShift[] = [];

interface CellEvents {
  readonly activate: (row: number, col: number, extend: boolean) => void;
  readonly focused: (row: number, col: number) => void;
}

export function RotaGrid(props: RotaGridProps) {
  const { lang, days, assistants, cells } = props;
  const rows = days.length;
  const cols = assistants.length;
  const gridRef = useRef<HTMLTableElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const cursor = useCursor(gridRef, rows, cols);
  const [editing, setEditing] = useState<{ text: string; error?: string } | undefined>();
  /** Cells a paste or fill left as they were, shown until the next one. */
  const [report, setReport] = useState<readonly string[]>([]);
  /** What this grid copied last, to paste its shifts back whole. */
  const snapshot = useRef<Snapshot | undefined>(undefined);
  /**
   * The text being typed before the cell's input has mounted and taken focus: keys pressed in
   * that moment reach the cell, and must not be lost (fast typists, switch and voice input).
   */
  const pending = useRef<string | null>(null);
  const { row, col } = cursor.pos;
  const model = { days, assistants, cells };

  useEffect(() => {
    const input = inputRef.current;
    if (!editing || !input) return;
    if (pending.current !== null) {
      input.value = pending.current;
      pending.current = null;
    }
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, [editing !== undefined]);

  useEffect(() => {
    const row = props.focusDate ? days.indexOf(props.focusDate) : -1;
    if (row >= 0) cursor.moveTo({ row, col: 0 });
  }, [props.focusDate]);

  const activeDate = days[row];
  const activeAssistant = assistants[col]?.id;
  useEffect(() => {
    if (activeDate && activeAssistant) props.onCursor?.(activeDate, activeAssistant);
  }, [activeDate, activeAssistant]);

  const write = (writes: readonly CellWrite[], action: WriteAction, leftOut = 0) => {
    if (props.readOnly) {
      props.onAnnounce(props.readOnly);
      return;
    }
    const failures = props.onWrite(writes, action, leftOut);
    setReport(
      failures.map(({ index, reason }) => {
        const w = writes[index] as CellWrite;
        const who = assistants[w.col]?.name ?? "";
        return `${formatDayLong(lang, w.date)}, ${who}: ${reason}`;
      }),
    );
  };

  const copied = (cut: boolean) => {
    const rect = cursor.rect();
    if (cut) write(clearWrites(model, rect), "cut");
    else props.onAnnounce(tn(lang, "cellsCopied", rectRows(rect) * rectCols(rect)));
  };
  const pasteText = (text: string) => {
    const plan = pasteWrites(model, text, cursor.rect(), snapshot.current);
    if (plan) {
      write(plan.writes, "paste", plan.leftOut);
      cursor.select(plan.area);
    } else props.onAnnounce(t(lang, "nothingToPaste"));
  };
  const clipboard = useGridClipboard(gridRef, {
    tsv: () => {
      if (cols === 0 || rows === 0) return undefined;
      const copy = copyRange(model, cursor.rect());
      snapshot.current = copy.snapshot;
      return copy.tsv;
    },
    copied,
    paste: pasteText,
    failed: (kind) => {
      // The clipboard may be closed to the page (no permission): the grid's own copy still
      // serves for cutting, copying and pasting inside the grid.
      const own = snapshot.current;
      if (!own) props.onAnnounce(t(lang, "clipboardFailed"));
      else if (kind === "paste") pasteText(formatTsv(own.table));
      else {
        if (kind === "cut") copied(true);
        props.onAnnounce(t(lang, "keptInGrid"));
      }
    },
  });

  const shownRows = useProgressiveRows(
    `${days[0] ?? ""}|${cols}`,
    rows,
    Math.max(row, cursor.current().row) + 1,
  );
  /** The cells' event handlers: stable functions calling this render's logic. */
  const latest = useRef<CellEvents>(undefined as unknown as CellEvents);
  const cellEvents = useMemo<CellEvents>(
    () => ({
      activate: (r, c, extend) => latest.current.activate(r, c, extend),
      focused: (r, c) => latest.current.focused(r, c),
    }),
    [],
  );
  const drag = useDragMove(gridRef, {
    source: (p) => {
      const range = cursor.range;
      const rect =
        range && inRect(range, p.row, p.col)
          ? range
          : { top: p.row, left: p.col, bottom: p.row, right: p.col };
      return rangeHasShifts(rect) ? rect : undefined;
    },
    drop: (rect, rows, cols, copy) => {
      const plan = moveWrites(model, rect, rows, cols, copy);
      if (!plan) {
        props.onAnnounce(t(lang, "cannotMoveThere"));
        return;
      }
      write(plan.writes, copy ? "copy" : "move");
      cursor.select(plan.area);
    },
  });

  const rangeHasShifts = (rect: Rect) => {
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const a = assistants[c];
        if (a && (cells.get(cellKey(days[r] as string, a.id))?.length ?? 0) > 0) return true;
      }
    }
    return false;
  };

  if (cols === 0) return <p>{t(lang, "addAssistant")}</p>;

  const current = () => {
    const p = cursor.current();
    const date = days[p.row] as string;
    const assistant = assistants[p.col] as { id: string };
    return {
      date,
      assistantId: assistant.id,
      shifts: cells.get(cellKey(date, assistant.id)) ?? [],
    };
  };

  const stopEditing = () => {
    pending.current = null;
    setEditing(undefined);
  };

  const commit = (text: string) => {
    const c = current();
    const { row, col } = cursor.current();
    if (text.trim() === "") {
      if (c.shifts.length) props.onDelete(c.shifts.map((s) => s.id));
      stopEditing();
      cursor.moveTo({ row, col });
      return;
    }
    const error = props.onCommit(c.date, c.assistantId, text, c.shifts);
    if (error) {
      pending.current = null;
      setEditing({ text, error });
      return;
    }
    stopEditing();
    cursor.moveTo({ row: Math.min(rows - 1, row + 1), col });
  };

  const announceRange = (rect: Rect) => {
    if (rectRows(rect) * rectCols(rect) > 1) {
      props.onAnnounce(tf(lang, "selected", { rows: rectRows(rect), cols: rectCols(rect) }));
    }
  };

  const fill = (direction: "down" | "right") => {
    const plan = fillWrites(model, cursor.rect(), direction);
    if (plan) {
      write(plan.writes, "fill");
      cursor.select(plan.area);
    } else props.onAnnounce(t(lang, "nothingToFill"));
  };

  const clearSelection = () => {
    const writes = clearWrites(model, cursor.rect());
    if (writes.length) write(writes, "delete");
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    if (pending.current !== null && e.target !== inputRef.current) {
      // typing continues before the input has focus
      e.preventDefault();
      if (e.key === "Enter") commit(pending.current);
      else if (e.key === "Escape") stopEditing();
      else if (e.key === "Backspace") pending.current = pending.current.slice(0, -1);
      else if (e.key.length === 1 && !mod) pending.current += e.key;
      if (pending.current !== null) setEditing({ text: pending.current });
      return;
    }
    if (e.target instanceof HTMLInputElement) return; // the cell editor handles its own keys
    const next = move(cursor.current(), e.key, mod, rows, cols);
    if (next) {
      e.preventDefault();
      cursor.moveTo(next, e.shiftKey);
      if (e.shiftKey) announceRange(cursor.rect());
      return;
    }
    if (clipboard.onKey(e)) return;
    const key = e.key.toLowerCase();
    const edits =
      ["Enter", "F2", "Delete", "Backspace"].includes(e.key) ||
      (mod && (key === "d" || key === "r") && !e.altKey) ||
      (e.key.length === 1 && !mod && !e.altKey);
    if (props.readOnly && edits) {
      e.preventDefault();
      props.onAnnounce(props.readOnly);
      return;
    }
    if (mod && (key === "d" || key === "r") && !e.altKey) {
      e.preventDefault();
      fill(key === "d" ? "down" : "right");
    } else if (mod && key === "a") {
      e.preventDefault();
      cursor.select({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 });
      announceRange(cursor.rect());
    } else if (e.key === "Escape" && cursor.range) {
      e.preventDefault();
      cursor.collapse();
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      setEditing({
        text: current()
          .shifts.map((s) => s.text)
          .join(" "),
      });
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      clearSelection();
    } else if (e.key.length === 1 && !mod && !e.altKey) {
      e.preventDefault();
      cursor.collapse();
      pending.current = e.key;
      setEditing({ text: e.key });
    }
  };

  latest.current = {
    activate: (r, c, extend) => {
      const p = cursor.current();
      if (editing && p.row === r && p.col === c) return;
      cursor.moveTo({ row: r, col: c }, extend);
      if (extend) announceRange(cursor.rect());
    },
    focused: (r, c) => cursor.focused({ row: r, col: c }),
  };
  const coverageOf = (date: string) => props.coverage?.get(date);
  const range = cursor.range;
  return (
    <div class="grid-wrap">
      <p id="grid-help" class="help">
        {t(lang, "gridHelp")}
      </p>
      {props.coverage ? <CoverageDefs /> : null}
      <div class="grid-actions" role="group" aria-label={t(lang, "cellActions")}>
        <button type="button" onClick={() => clipboard.run("cut")}>
          {t(lang, "cut")}
        </button>
        <button type="button" onClick={() => clipboard.run("copy")}>
          {t(lang, "copy")}
        </button>
        <button type="button" onClick={() => clipboard.run("paste")}>
          {t(lang, "paste")}
        </button>
        <button type="button" onClick={() => fill("down")}>
          {t(lang, "fillDown")}
        </button>
        <button type="button" onClick={() => fill("right")}>
          {t(lang, "fillRight")}
        </button>
        <button type="button" onClick={clearSelection}>
          {t(lang, "clearCells")}
        </button>
      </div>
      <GridStatus lang={lang} range={range} days={days} assistants={assistants} report={report} />
      <table
        ref={gridRef}
        role="grid"
        aria-label={t(lang, "rota")}
        aria-describedby="grid-help"
        aria-multiselectable="true"
        aria-readonly={props.readOnly ? "true" : undefined}
        aria-rowcount={rows + 1}
        aria-colcount={cols + 1}
        class={drag.target ? "rota-grid dragging" : "rota-grid"}
        onKeyDown={onKeyDown}
        {...drag.handlers}
      >
        <thead>
          <tr role="row" aria-rowindex={1}>
            <th role="columnheader" scope="col">
              {t(lang, "day")}
            </th>
            {assistants.map((a) => (
              <th key={a.id} role="columnheader" scope="col">
                {a.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.slice(0, shownRows).map((date, r) => (
            // keyed by position: another week or month patches the rows instead of rebuilding
            <tr key={r} role="row" aria-rowindex={r + 2}>
              <th
                role="rowheader"
                scope="row"
                class="day"
                aria-label={formatDayLong(lang, date) + coverageWords(lang, coverageOf(date))}
              >
                {formatDay(lang, date)}
                {coverageOf(date) ? (
                  <CoverageAxis lang={lang} coverage={coverageOf(date) as DayCoverage} />
                ) : null}
              </th>
              {assistants.map((a, c) => {
                const active = r === row && c === col;
                const inRange = !!range && inRect(range, r, c);
                const dropHere = !!drag.target && inRect(drag.target, r, c);
                return (
                  <GridCell
                    key={a.id}
                    lang={lang}
                    row={r}
                    col={c}
                    shifts={cells.get(cellKey(date, a.id)) ?? NO_SHIFTS}
                    active={active}
                    selected={active || inRange}
                    inRange={inRange}
                    dropTarget={dropHere}
                    peers={props.peers?.get(cellKey(date, a.id))}
                    mark={props.marks?.get(cellKey(date, a.id))}
                    editor={
                      active && editing ? (
                        <CellEditor
                          inputRef={inputRef}
                          label={`${a.name}, ${formatDayLong(lang, date)}`}
                          text={editing.text}
                          error={editing.error}
                          onInput={(text) => setEditing({ text })}
                          onCommit={commit}
                          onCancel={() => {
                            stopEditing();
                            cursor.moveTo(cursor.current());
                          }}
                        />
                      ) : undefined
                    }
                    onActivate={cellEvents.activate}
                    onFocused={cellEvents.focused}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
