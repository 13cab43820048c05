/** The first shifts read from a sheet, with the row each came from, to check the reading. */
import type { SheetPreview } from "../../../core/src/import/index.js";
import { formatShiftText } from "../../../core/src/model/index.js";
import { formatDay, t, tf, type Lang, type TextKey } from "../i18n/messages.js";

/** How many shifts the table shows. */
const SHOWN = 10;

export function PreviewTable({
  lang,
  preview,
}: {
  readonly lang: Lang;
  readonly preview: SheetPreview;
}) {
  const names = new Map(preview.assistants.map((a) => [a.id, a.name]));
  const shown = preview.shifts.slice(0, SHOWN);
  if (shown.length === 0) return null;
  return (
    <>
      <table class="sheet-preview-table">
        <caption>{t(lang, "sheetFirstShifts")}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, "sheetColRow")}</th>
            <th scope="col">{t(lang, "sheetColDate")}</th>
            <th scope="col">{t(lang, "sheetColAssistant")}</th>
            <th scope="col">{t(lang, "sheetColTime")}</th>
            <th scope="col">{t(lang, "sheetColKind")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => (
            <tr key={s.id}>
              <td>{s.row}</td>
              <td>{formatDay(lang, s.start.slice(0, 10))}</td>
              <td>{names.get(s.assistantId)}</td>
              <td>{formatShiftText(s.start, s.end, undefined)}</td>
              <td>{t(lang, `sheetKind_${s.kind}` as TextKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.shifts.length > SHOWN ? (
        <p>{tf(lang, "sheetMoreShifts", { n: preview.shifts.length - SHOWN })}</p>
      ) : null}
    </>
  );
}
