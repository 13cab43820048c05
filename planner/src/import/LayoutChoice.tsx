/** Which layout to read a sheet in: the detected one is checked first and marked. */
import { SHEET_LAYOUTS, type SheetLayout } from "../../../core/src/import/index.js";
import { t, type Lang } from "../i18n/messages.js";

const LABEL = { grid: "sheetLayoutGrid", rows: "sheetLayoutRows" } as const;

export function LayoutChoice({
  lang,
  layout,
  detected,
  onChange,
}: {
  readonly lang: Lang;
  readonly layout: SheetLayout;
  readonly detected: SheetLayout | undefined;
  readonly onChange: (layout: SheetLayout) => void;
}) {
  return (
    <fieldset>
      <legend>{t(lang, "sheetLayout")}</legend>
      {SHEET_LAYOUTS.map((l) => (
        <label key={l} class="sheet-layout-option">
          <input
            type="radio"
            name="sheet-layout"
            value={l}
            checked={layout === l}
            onChange={() => onChange(l)}
          />{" "}
          {t(lang, LABEL[l])}
          {detected === l ? ` ${t(lang, "sheetDetected")}` : ""}
        </label>
      ))}
    </fieldset>
  );
}
