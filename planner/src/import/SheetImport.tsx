/**
 * "Import from a spreadsheet" on the start screen: a labelled file input for .csv, .txt and
 * .xlsx; the file is read (the parsers load on demand) and shown as a preview below.
 */
import { useState } from "preact/hooks";
import { t, tf, type Lang } from "../i18n/messages.js";
import { readSheetFile, type NamedSheet } from "./read-sheet.js";
import { SheetPreviewPanel } from "./SheetPreviewPanel.js";
import "./import.css";

type State =
  | { readonly kind: "idle" }
  | { readonly kind: "reading" }
  | { readonly kind: "failed"; readonly text: string }
  | {
      readonly kind: "read";
      readonly sheets: readonly NamedSheet[];
      readonly name: string;
      readonly n: number;
    };

/** The accepted files, by extension and type. */
const ACCEPT =
  ".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function SheetImport({ lang }: { readonly lang: Lang }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const [count, setCount] = useState(0);

  const onChange = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: "reading" });
    const read = await readSheetFile(file);
    input.value = "";
    if (read.ok) {
      const n = count + 1;
      setCount(n);
      setState({ kind: "read", sheets: read.sheets, name: file.name.replace(/\.\w+$/, ""), n });
    } else if (read.problem === "type") {
      setState({ kind: "failed", text: tf(lang, "sheetWrongType", { name: file.name }) });
    } else {
      setState({ kind: "failed", text: tf(lang, "sheetUnreadable", { detail: read.detail }) });
    }
  };

  return (
    <div class="sheet-import">
      <h2 id="sheet-import-heading">
        <label for="sheet-file">{t(lang, "sheetImportHeading")}</label>
      </h2>
      <p id="sheet-file-hint">{t(lang, "sheetImportHint")}</p>
      <input
        id="sheet-file"
        type="file"
        accept={ACCEPT}
        aria-describedby="sheet-file-hint"
        onChange={(e) => void onChange(e)}
      />
      <p role="status" class="visually-hidden">
        {state.kind === "reading" ? t(lang, "sheetReading") : ""}
      </p>
      {state.kind === "failed" ? (
        <p role="alert" class="error-text">
          {state.text}
        </p>
      ) : null}
      {state.kind === "read" ? (
        <SheetPreviewPanel key={state.n} lang={lang} sheets={state.sheets} fileName={state.name} />
      ) : null}
    </div>
  );
}
