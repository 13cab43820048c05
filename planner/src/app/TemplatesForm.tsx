/**
 * Shift templates: short names (`D`) typed into a rota cell for a shift (`7-15`). List, add,
 * edit, remove; one Save writes the list in one transaction (one undo step). Problems come from
 * core with their paths (`$.templates[1].short`) and are shown at that field.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Issue, RotaFile, Template } from "../../../core/src/model/index.js";
import { t, tf, type Lang } from "../i18n/messages.js";
import {
  FormProblems,
  TextField,
  fieldId,
  messagesAt,
  unclaimed,
  useSaveResult,
} from "./fields.js";
import type { SettingsPatch } from "./store.js";

interface Row {
  readonly short: string;
  readonly text: string;
  readonly name: string;
  /** The stored template this row edits (its unknown fields are kept), if any. */
  readonly original?: Template;
}

const FORM = "templates";
const id = (path: string) => fieldId(FORM, path);

const rowsOf = (templates: readonly Template[] | undefined): Row[] =>
  (templates ?? []).map((tpl) => ({
    short: tpl.short,
    text: tpl.text,
    name: tpl.name ?? "",
    original: tpl,
  }));

export interface TemplatesFormProps {
  readonly lang: Lang;
  readonly rota: RotaFile;
  readonly onSave: (patch: SettingsPatch) => readonly Issue[];
  readonly announce: (run: () => string) => void;
}

export function TemplatesForm({ lang, rota, onSave, announce }: TemplatesFormProps) {
  const stored = JSON.stringify(rota.templates ?? []);
  const [rows, setRows] = useState<readonly Row[]>(() => rowsOf(rota.templates));
  const [focus, setFocus] = useState<string | undefined>();
  const form = useRef<HTMLFormElement | null>(null);
  useEffect(() => setRows(rowsOf(JSON.parse(stored) as Template[])), [stored]);
  const { issues, settle } = useSaveResult(form, lang);
  useEffect(() => {
    if (focus === undefined) return;
    document.getElementById(focus)?.focus();
    setFocus(undefined);
  }, [focus]);

  const setRow = (i: number, change: Partial<Row>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const fields = rows.flatMap((_, i) => [
    `$.templates[${i}].short`,
    `$.templates[${i}].text`,
    `$.templates[${i}].name`,
  ]);

  const save = (e: Event) => {
    e.preventDefault();
    announce(() => {
      const templates = rows.map(({ original, short, text, name }) => {
        const { name: _old, ...rest } = original ?? {};
        return {
          ...rest,
          short: short.trim(),
          text: text.trim(),
          ...(name.trim() ? { name: name.trim() } : {}),
        };
      });
      const found = onSave({ templates: templates.length ? templates : null });
      return settle(found);
    });
  };

  return (
    <form ref={form} class="settings-form" aria-labelledby={`${FORM}-heading`} onSubmit={save}>
      <h3 id={`${FORM}-heading`}>{t(lang, "templates")}</h3>
      <p>{t(lang, "templatesHelp")}</p>
      {rows.length === 0 ? <p>{t(lang, "noTemplates")}</p> : null}
      {rows.map((r, i) => (
        <fieldset key={i} class="template-row">
          <legend>{tf(lang, "templateRow", { n: i + 1 })}</legend>
          <div class="settings-row">
            <TextField
              id={id(`$.templates[${i}].short`)}
              label={t(lang, "templateShort")}
              size={6}
              value={r.short}
              onValue={(v) => setRow(i, { short: v })}
              errors={messagesAt(issues, `$.templates[${i}].short`)}
            />
            <TextField
              id={id(`$.templates[${i}].text`)}
              label={t(lang, "templateText")}
              hint={t(lang, "templateTextHint")}
              size={10}
              value={r.text}
              onValue={(v) => setRow(i, { text: v })}
              errors={messagesAt(issues, `$.templates[${i}].text`)}
            />
            <TextField
              id={id(`$.templates[${i}].name`)}
              label={t(lang, "templateName")}
              value={r.name}
              onValue={(v) => setRow(i, { name: v })}
              errors={messagesAt(issues, `$.templates[${i}].name`)}
            />
            <button
              type="button"
              onClick={() => {
                setRows(rows.filter((_, j) => j !== i));
                setFocus(`${FORM}-add`);
              }}
            >
              {tf(lang, "removeTemplate", { n: i + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <FormProblems issues={unclaimed(issues, fields)} />
      <div class="settings-row">
        <button
          type="button"
          id={`${FORM}-add`}
          onClick={() => {
            setRows([...rows, { short: "", text: "", name: "" }]);
            setFocus(id(`$.templates[${rows.length}].short`));
          }}
        >
          {t(lang, "addTemplate")}
        </button>
        <button type="submit">{t(lang, "save")}</button>
      </div>
    </form>
  );
}
