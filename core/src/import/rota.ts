/** From a preview to a `turnus-rota/1` file, validated by `readRota` like any imported file. */
import { ROTA_FORMAT, readRota, type RotaFile } from "../model/index.js";
import { sheetIssue } from "./place.js";
import type { SheetIssue, SheetPreview } from "./types.js";

/** The rota file of a preview, or the problems `readRota` found with it. */
export type SheetRota =
  | { readonly ok: true; readonly text: string; readonly rota: RotaFile }
  | { readonly ok: false; readonly issues: readonly SheetIssue[] };

/**
 * The preview's assistants and readable shifts as `turnus-rota/1` JSON text (profile, zone and
 * language from the preview; the period the sheet covers), checked by `readRota`. The cells in
 * `preview.issues` are not in it: the caller shows them and asks first. A problem `readRota`
 * finds with a shift is named by the shift's cell.
 */
export function previewToRota(preview: SheetPreview): SheetRota {
  const file = {
    format: ROTA_FORMAT,
    profile: preview.profile,
    timeZone: preview.timeZone,
    locale: preview.locale,
    ...(preview.period ? { period: preview.period } : {}),
    assistants: preview.assistants.map((a) => ({ id: a.id, name: a.name })),
    shifts: preview.shifts.map((s) => ({
      id: s.id,
      assistantId: s.assistantId,
      start: s.start,
      end: s.end,
      kind: s.kind,
      breakMinutes: s.breakMinutes,
      ...(s.note !== undefined ? { note: s.note } : {}),
    })),
    ...(preview.templates.length > 0 ? { templates: preview.templates } : {}),
  };
  const text = `${JSON.stringify(file, null, 2)}\n`;
  const read = readRota(text);
  if (read.ok) return { ok: true, text, rota: read.rota };
  return {
    ok: false,
    issues: read.issues.map((i) => {
      const shift = /^\$\.shifts\[(\d+)\]/.exec(i.path);
      const s = shift ? preview.shifts[Number(shift[1])] : undefined;
      return s
        ? sheetIssue(s.row, s.column, i.message)
        : sheetIssue(undefined, undefined, `${i.path}: ${i.message}`);
    }),
  };
}
