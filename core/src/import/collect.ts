/** Collecting what a sheet holds as it is read: assistants by name, shifts with ids, issues. */
import type { AssistantId, ShiftId, ShiftKind } from "../model/index.js";
import type { LocalDateTime } from "../time/index.js";
import { sheetIssue } from "./place.js";
import type { SheetAssistant, SheetIssue, SheetShift } from "./types.js";

/** A shift read from a cell, before it gets its id. */
export interface ShiftFields {
  readonly assistantId: AssistantId;
  readonly start: LocalDateTime;
  readonly end: LocalDateTime;
  readonly kind: ShiftKind;
  readonly breakMinutes: number;
  readonly note?: string | undefined;
  readonly row: number;
  readonly column: string;
  readonly endColumn?: string | undefined;
}

/**
 * What has been read so far. Assistants are told apart by name without regard to case or
 * extra space (the first spelling is kept); ids are `a1`, `a2`, ... and `s1`, `s2`, ... in the
 * order found, so the same sheet always gives the same file.
 */
export class Collector {
  readonly assistants: SheetAssistant[] = [];
  readonly shifts: SheetShift[] = [];
  readonly issues: SheetIssue[] = [];
  private readonly byName = new Map<string, AssistantId>();

  /** The id of the assistant called `name`, added when new. */
  assistant(name: string): AssistantId {
    const clean = name.trim().replace(/\s+/g, " ");
    const key = clean.toLowerCase();
    let id = this.byName.get(key);
    if (id === undefined) {
      id = `a${this.assistants.length + 1}` as AssistantId;
      this.byName.set(key, id);
      this.assistants.push({ id, name: clean });
    }
    return id;
  }

  /** Adds a shift. */
  shift(fields: ShiftFields): void {
    const { note, endColumn, ...rest } = fields;
    const id = `s${this.shifts.length + 1}` as ShiftId;
    this.shifts.push({
      id,
      ...rest,
      ...(note ? { note } : {}),
      ...(endColumn !== undefined && endColumn !== rest.column ? { endColumn } : {}),
    });
  }

  /** Adds a problem at a cell (`row` 1-based), or of the whole sheet. */
  issue(row: number | undefined, column: string | undefined, reason: string): void {
    this.issues.push(sheetIssue(row, column, reason));
  }
}
