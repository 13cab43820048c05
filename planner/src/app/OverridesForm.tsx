/**
 * The arrangement's changes of rule parameters (`overrides`): one field per parameter of every
 * rule, generated from core's PARAM_SCHEMAS and showing the profile's default; an empty field
 * (or "Default") uses it. One Save writes them in one transaction (one undo step).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import {
  jsonPath,
  type Issue,
  type Overrides,
  type RotaFile,
} from "../../../core/src/model/index.js";
import { PARAM_SCHEMAS, PROFILE_PARAMS, RULES } from "../../../core/src/rules/index.js";
import { paramLabel, ruleTitle, t, tf, type Lang } from "../i18n/messages.js";
import {
  FormProblems,
  Group,
  SelectField,
  TextField,
  fieldId,
  messagesAt,
  parseNumber,
  unclaimed,
  useSaveResult,
} from "./fields.js";
import type { SettingsPatch } from "./store.js";

type Value = string | number | boolean;
/** Per rule id, per parameter: the text in its field ("" = the profile's default). */
type Draft = Readonly<Record<string, Readonly<Record<string, string>>>>;

const FORM = "overrides";
const RULE_IDS = Object.keys(PARAM_SCHEMAS) as (keyof typeof PARAM_SCHEMAS)[];

/** The JSON path of a parameter, as core reports it: `$.overrides["daily-rest"].hours`. */
const pathOf = (rule: string, param: string) =>
  `$.overrides[${JSON.stringify(rule)}]${jsonPath([param]).slice(1)}`;

/** The choices of an enum parameter (zod's `options`), or undefined for other kinds. */
function choicesOf(rule: keyof typeof PARAM_SCHEMAS, param: string): readonly string[] | undefined {
  const shape = PARAM_SCHEMAS[rule].shape as Record<string, { options?: readonly string[] }>;
  return shape[param]?.options;
}

const draftOf = (overrides: Overrides | undefined): Draft =>
  Object.fromEntries(
    RULE_IDS.map((rule) => [
      rule,
      Object.fromEntries(
        Object.entries(overrides?.[rule] ?? {}).map(([k, v]) => [k, String(v)] as const),
      ),
    ]),
  );

export interface OverridesFormProps {
  readonly lang: Lang;
  readonly rota: RotaFile;
  readonly onSave: (patch: SettingsPatch) => readonly Issue[];
  readonly announce: (run: () => string) => void;
}

export function OverridesForm({ lang, rota, onSave, announce }: OverridesFormProps) {
  const stored = JSON.stringify(rota.overrides ?? {});
  const [draft, setDraft] = useState<Draft>(() => draftOf(rota.overrides));
  const form = useRef<HTMLFormElement | null>(null);
  useEffect(() => setDraft(draftOf(JSON.parse(stored) as Overrides)), [stored]);
  const { issues, settle } = useSaveResult(form, lang);
  const defaults = PROFILE_PARAMS[rota.profile];
  const summaries = new Map(RULES.map((r) => [r.id as string, r.summary[lang]]));

  const label = (value: Value): string =>
    typeof value === "boolean"
      ? t(lang, value ? "on" : "off")
      : value === "error" || value === "warning"
        ? t(lang, value)
        : value === "rolling"
          ? t(lang, "modeRolling")
          : value === "iso-week"
            ? t(lang, "modeIsoWeek")
            : String(value);

  const set = (rule: string, param: string, value: string) =>
    setDraft((d) => ({ ...d, [rule]: { ...d[rule], [param]: value } }));

  /** The overrides of the draft, keeping entries this form does not show (e.g. `pay`). */
  const overridesOf = (): { overrides: Overrides; issues: Issue[] } => {
    const found: Issue[] = [];
    const out: Record<string, Record<string, Value>> = {};
    for (const [k, v] of Object.entries(rota.overrides ?? {})) {
      if (!(k in PARAM_SCHEMAS)) out[k] = v;
    }
    for (const rule of RULE_IDS) {
      const values: Record<string, Value> = {};
      for (const [param, base] of Object.entries(defaults[rule])) {
        const text = (draft[rule]?.[param] ?? "").trim();
        if (text === "") continue;
        if (typeof base === "boolean") values[param] = text === "true";
        else if (typeof base === "number") {
          const n = parseNumber(text);
          if (n === undefined || Number.isNaN(n)) {
            found.push({ path: pathOf(rule, param), message: t(lang, "mustBeNumber") });
          } else values[param] = n;
        } else values[param] = text;
      }
      if (Object.keys(values).length) out[rule] = values;
    }
    return { overrides: out, issues: found };
  };

  const save = (e: Event) => {
    e.preventDefault();
    announce(() => {
      const local = overridesOf();
      const found = local.issues.length
        ? local.issues
        : onSave({ overrides: Object.keys(local.overrides).length ? local.overrides : null });
      return settle(found);
    });
  };

  const fields = RULE_IDS.flatMap((rule) =>
    Object.keys(defaults[rule]).map((param) => pathOf(rule, param)),
  );
  return (
    <form ref={form} class="settings-form" aria-labelledby={`${FORM}-heading`} onSubmit={save}>
      <h3 id={`${FORM}-heading`}>{t(lang, "overrides")}</h3>
      <p>{t(lang, "overridesHelp")}</p>
      {RULE_IDS.map((rule) => (
        <Group key={rule} legend={ruleTitle(lang, rule)} class="rule-params">
          <p class="rule-summary">{summaries.get(rule)}</p>
          <div class="settings-row">
            {Object.entries(defaults[rule]).map(([param, base]: [string, Value]) => {
              const path = pathOf(rule, param);
              const id = fieldId(FORM, `${rule}-${param}`);
              const value = draft[rule]?.[param] ?? "";
              const errors = messagesAt(issues, path);
              const choices =
                typeof base === "boolean" ? ["true", "false"] : choicesOf(rule, param);
              if (choices) {
                return (
                  <SelectField
                    key={param}
                    id={id}
                    label={paramLabel(lang, param)}
                    value={value}
                    onValue={(v) => set(rule, param, v)}
                    options={[
                      ["", tf(lang, "defaultOption", { value: label(base) })],
                      ...choices.map(
                        (c) => [c, label(typeof base === "boolean" ? c === "true" : c)] as const,
                      ),
                    ]}
                    errors={errors}
                  />
                );
              }
              return (
                <TextField
                  key={param}
                  id={id}
                  label={paramLabel(lang, param)}
                  hint={tf(lang, "defaultValue", { value: label(base) })}
                  inputMode={typeof base === "number" ? "decimal" : "text"}
                  size={6}
                  value={value}
                  onValue={(v) => set(rule, param, v)}
                  errors={errors}
                />
              );
            })}
          </div>
        </Group>
      ))}
      <FormProblems issues={unclaimed(issues, fields)} />
      <button type="submit">{t(lang, "save")}</button>
    </form>
  );
}
