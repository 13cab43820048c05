/**
 * The preview of a sheet before anything is saved: the sheet of a workbook with several, the
 * layout (switchable), the country, the name, what was found, the first shifts, every cell that
 * could not be read, and "Create arrangement". Focus moves to its heading when it appears.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  detectLayout,
  previewSheet,
  previewToRota,
  type SheetLayout,
} from "../../../core/src/import/index.js";
import { CountrySelect, defaultCountry, type Country } from "../app/fields.js";
import { importArrangement } from "../app/store.js";
import { t, tf, type Lang } from "../i18n/messages.js";
import { IssueList } from "./IssueList.js";
import { LayoutChoice } from "./LayoutChoice.js";
import { PreviewTable } from "./PreviewTable.js";
import type { NamedSheet } from "./read-sheet.js";

export function SheetPreviewPanel({
  lang,
  sheets,
  fileName,
}: {
  readonly lang: Lang;
  readonly sheets: readonly NamedSheet[];
  readonly fileName: string;
}) {
  const [sheet, setSheet] = useState(0);
  const table = sheets[sheet]?.table ?? [];
  const detected = useMemo(() => detectLayout(table)?.layout, [table]);
  /** The layout the user chose for this sheet, if they chose one. */
  const [chosen, setChosen] = useState<SheetLayout | undefined>();
  const layout = chosen ?? detected ?? "grid";
  const [profile, setProfile] = useState<Country>(defaultCountry(lang));
  const [name, setName] = useState(fileName);
  const [failure, setFailure] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const preview = useMemo(() => previewSheet(table, { profile, layout }), [table, profile, layout]);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const onCreate = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (preview.assistants.length === 0) {
      setFailure([t(lang, "sheetNothing")]);
      return;
    }
    const rota = previewToRota(preview);
    if (!rota.ok) {
      setFailure(rota.issues.map((i) => i.message));
      return;
    }
    setBusy(true);
    try {
      const result = await importArrangement(rota.text, name.trim() || fileName);
      if (result.ok) location.hash = `#/a/${result.id}`;
      else setFailure(result.issues.map((i) => `${i.path}: ${i.message}`));
    } catch (err) {
      setFailure([err instanceof Error ? err.message : String(err)]);
    } finally {
      setBusy(false);
    }
  };

  const issues = preview.issues.length;
  return (
    <div class="sheet-preview">
      <h3 id="sheet-preview-heading" tabIndex={-1} ref={heading}>
        {tf(lang, "sheetPreviewHeading", { name: fileName })}
      </h3>
      {sheets.length > 1 ? (
        <div class="form-row">
          <label>
            {t(lang, "sheetSheet")}
            <select
              value={String(sheet)}
              onChange={(e) => {
                setSheet(Number((e.target as HTMLSelectElement).value));
                setChosen(undefined);
              }}
            >
              {sheets.map((s, i) => (
                <option key={s.name} value={String(i)}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      <LayoutChoice lang={lang} layout={layout} detected={detected} onChange={setChosen} />
      <div class="form-row">
        <CountrySelect lang={lang} value={profile} onValue={setProfile} />
      </div>
      <p role="status">
        {tf(lang, "sheetSummary", {
          assistants: preview.assistants.length,
          shifts: preview.shifts.length,
          issues,
        })}
      </p>
      {preview.assistants.length > 0 ? (
        <p>
          {t(lang, "sheetAssistantsFound")}: {preview.assistants.map((a) => a.name).join(", ")}
        </p>
      ) : null}
      <PreviewTable lang={lang} preview={preview} />
      <IssueList lang={lang} issues={preview.issues} />
      <form class="form-row" onSubmit={(e) => void onCreate(e)}>
        <label>
          {t(lang, "sheetName")}
          <input
            required
            value={name}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="primary" aria-disabled={busy ? "true" : undefined}>
          {issues > 0 ? tf(lang, "sheetCreateWithout", { n: issues }) : t(lang, "sheetCreate")}
        </button>
      </form>
      {failure.length > 0 ? (
        <div role="alert" class="error-text">
          <p>{t(lang, "sheetCreateFailed")}</p>
          <ul>
            {failure.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
