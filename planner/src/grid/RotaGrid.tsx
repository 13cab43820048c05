/**
 * The rota grid: rows are days, columns are assistants (WAI-ARIA grid pattern). One cell holds
 * the assistant's shifts starting that day. Keyboard only is enough for everything: arrows,
 * Home/End (Ctrl for the corners), PageUp/PageDown, typing starts an edit, Enter/F2 edit,
 * Delete removes, Escape cancels. Violations show as a symbol and text, never colour alone.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { formatDay, formatDayLong, t, type Lang } from "../i18n/messages.js";
import { move, type Pos } from "./navigation.js";

/** A shift as a cell shows it. */
export interface CellShift {
  readonly id: string;
  readonly text: string;
  /** Violation messages that involve this shift. */
  readonly problems: readonly {
    readonly severity: "error" | "warning";
    readonly message: string;
  }[];
}

export interface RotaGridProps {
  readonly lang: Lang;
  readonly days: readonly string[];
  readonly assistants: readonly { readonly id: string; readonly name: string }[];
  /** Shifts per cell, keyed `date|assistantId`. */
  readonly cells: ReadonlyMap<string, readonly CellShift[]>;
  /** Saves typed text for a cell; returns a reason when the text is not a shift. */
  readonly onCommit: (
    date: string,
    assistantId: string,
    text: string,
    replace?: string,
  ) => string | undefined;
  readonly onDelete: (ids: readonly string[]) => void;
}

const key = (date: string, assistantId: string) => `${date}|${assistantId}`;

export function RotaGrid(props: RotaGridProps) {
  const { lang, days, assistants, cells } = props;
  const [pos, setPos] = useState<Pos>({ row: 0, col: 0 });
  /** The active cell as of the last key, ahead of rendering (keys can come faster than frames). */
  const posRef = useRef<Pos>(pos);
  const [editing, setEditing] = useState<{ text: string; error?: string } | undefined>();
  const gridRef = useRef<HTMLTableElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  /**
   * The text being typed before the cell's input has mounted and taken focus: keys pressed in
   * that moment reach the cell, and must not be lost (fast typists, switch and voice input).
   */
  const pending = useRef<string | null>(null);
  const rows = days.length;
  const cols = assistants.length;
  const clampPos = (p: Pos): Pos => ({
    row: Math.min(p.row, Math.max(0, rows - 1)),
    col: Math.min(p.col, Math.max(0, cols - 1)),
  });
  const { row, col } = clampPos(pos);

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

  const stopEditing = () => {
    pending.current = null;
    setEditing(undefined);
  };

  const focusCell = (p: Pos) => {
    setPos(p);
    requestAnimationFrame(() => {
      gridRef.current
        ?.querySelector<HTMLElement>(`[data-row="${p.row}"][data-col="${p.col}"]`)
        ?.focus();
    });
  };

  if (cols === 0) return <p>{t(lang, "addAssistant")}</p>;

  const current = () => {
    const p = clampPos(posRef.current);
    const date = days[p.row] as string;
    const assistant = assistants[p.col] as { id: string };
    return { date, assistantId: assistant.id, shifts: cells.get(key(date, assistant.id)) ?? [] };
  };

  const commit = (text: string) => {
    const c = current();
    const { row, col } = clampPos(posRef.current);
    if (text.trim() === "") {
      if (c.shifts.length) props.onDelete(c.shifts.map((s) => s.id));
      stopEditing();
      focusCell({ row, col });
      return;
    }
    const error = props.onCommit(c.date, c.assistantId, text, c.shifts[0]?.id);
    if (error) {
      pending.current = null;
      setEditing({ text, error });
      return;
    }
    stopEditing();
    focusCell({ row: Math.min(rows - 1, row + 1), col });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (pending.current !== null && e.target !== inputRef.current) {
      // typing continues before the input has focus
      e.preventDefault();
      if (e.key === "Enter") commit(pending.current);
      else if (e.key === "Escape") stopEditing();
      else if (e.key === "Backspace") pending.current = pending.current.slice(0, -1);
      else if (e.key.length === 1) pending.current += e.key;
      if (pending.current !== null) setEditing({ text: pending.current });
      return;
    }
    if (e.target instanceof HTMLInputElement) return; // the cell editor handles its own keys
    const next = move(clampPos(posRef.current), e.key, e.ctrlKey || e.metaKey, rows, cols);
    if (next) {
      e.preventDefault();
      focusCell(next);
      return;
    }
    if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      setEditing({
        text: current()
          .shifts.map((s) => s.text)
          .join(" "),
      });
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      const ids = current().shifts.map((s) => s.id);
      if (ids.length) props.onDelete(ids);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      pending.current = e.key;
      setEditing({ text: e.key });
    }
  };

  return (
    <div class="grid-wrap">
      <p id="grid-help" class="help">
        {t(lang, "gridHelp")}
      </p>
      <table
        ref={gridRef}
        role="grid"
        aria-label={t(lang, "rota")}
        aria-describedby="grid-help"
        aria-rowcount={rows + 1}
        aria-colcount={cols + 1}
        class="rota-grid"
        onKeyDown={onKeyDown}
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
          {days.map((date, r) => (
            <tr key={date} role="row" aria-rowindex={r + 2}>
              <th role="rowheader" scope="row" aria-label={formatDayLong(lang, date)}>
                {formatDay(lang, date)}
              </th>
              {assistants.map((a, c) => {
                const shifts = cells.get(key(date, a.id)) ?? [];
                const active = r === row && c === col;
                const problems = shifts.flatMap((s) => s.problems);
                const worst = problems.some((p) => p.severity === "error")
                  ? "error"
                  : problems.length
                    ? "warning"
                    : undefined;
                const descId = `cell-${r}-${c}-problems`;
                return (
                  <td
                    key={a.id}
                    role="gridcell"
                    data-row={r}
                    data-col={c}
                    tabIndex={active ? 0 : -1}
                    aria-selected={active}
                    aria-describedby={problems.length ? descId : undefined}
                    aria-invalid={worst === "error" ? true : undefined}
                    class={`cell${worst ? ` has-${worst}` : ""}${active ? " active" : ""}`}
                    onClick={() => focusCell({ row: r, col: c })}
                    onFocus={() => {
                      if (posRef.current.row !== r || posRef.current.col !== c) {
                        posRef.current = { row: r, col: c };
                        setPos({ row: r, col: c });
                      }
                    }}
                  >
                    {active && editing ? (
                      <span class="editor">
                        <input
                          ref={inputRef}
                          value={editing.text}
                          aria-label={`${a.name}, ${formatDayLong(lang, date)}`}
                          aria-invalid={editing.error ? true : undefined}
                          aria-describedby={editing.error ? "cell-error" : undefined}
                          onInput={(e) =>
                            setEditing({ text: (e.target as HTMLInputElement).value })
                          }
                          onKeyDown={(e) => {
                            if (e.key === "Enter") {
                              e.preventDefault();
                              commit((e.target as HTMLInputElement).value);
                            } else if (e.key === "Escape") {
                              e.preventDefault();
                              stopEditing();
                              focusCell({ row: r, col: c });
                            }
                          }}
                        />
                        {editing.error ? (
                          <span id="cell-error" role="alert" class="cell-error">
                            {editing.error}
                          </span>
                        ) : null}
                      </span>
                    ) : (
                      <span class="shifts">
                        {shifts.map((s) => s.text).join(", ")}
                        {worst ? (
                          <span class="flag" aria-hidden="true">
                            {worst === "error" ? " ⛔" : " ⚠"}
                          </span>
                        ) : null}
                      </span>
                    )}
                    {problems.length ? (
                      <span id={descId} class="visually-hidden">
                        {problems
                          .map(
                            (p) =>
                              `${t(lang, p.severity === "error" ? "error" : "warning")}: ${p.message}`,
                          )
                          .join(" ")}
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
