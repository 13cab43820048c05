/**
 * The arrangement's settings: name, rule profile, grant, period and the need for assistants.
 * One Save writes them all in one transaction (one undo step); problems are shown at the field
 * they name, announced, and nothing is written.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { WEEKDAYS, type Issue, type RotaFile } from "../../../core/src/model/index.js";
import { t, tf, weekdayName, type Lang } from "../i18n/messages.js";
import {
  FormProblems,
  Group,
  SelectField,
  TextField,
  fieldId,
  messagesAt,
  messagesExactlyAt,
  parseNumber,
  unclaimed,
  useSaveResult,
} from "./fields.js";
import type { SettingsPatch } from "./store.js";

interface NeedDraft {
  readonly days: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly assistants: string;
}

interface Draft {
  readonly name: string;
  readonly profile: string;
  readonly grantHours: string;
  readonly grantPer: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly need: readonly NeedDraft[];
}

const draftOf = (name: string, rota: RotaFile): Draft => ({
  name,
  profile: rota.profile,
  grantHours: rota.grant ? String(rota.grant.hours) : "",
  grantPer: rota.grant?.per ?? "week",
  periodFrom: rota.period?.from ?? "",
  periodTo: rota.period?.to ?? "",
  need: (rota.need ?? []).map((n) => ({
    days: n.days,
    from: n.from,
    to: n.to,
    assistants: String(n.assistants),
  })),
});

/** The patch for a draft, or the problems found before the document layer is asked. */
function patchOf(
  lang: Lang,
  draft: Draft,
  name: string,
  rota: RotaFile,
): { patch: SettingsPatch; issues: Issue[] } {
  const issues: Issue[] = [];
  const hours = parseNumber(draft.grantHours);
  if (Number.isNaN(hours)) issues.push({ path: "$.grant.hours", message: t(lang, "mustBeNumber") });
  const need = draft.need.map((n, i) => {
    const count = parseNumber(n.assistants);
    if (count === undefined || Number.isNaN(count)) {
      issues.push({ path: `$.need[${i}].assistants`, message: t(lang, "mustBeNumber") });
    }
    return {
      ...rota.need?.[i],
      days: WEEKDAYS.filter((d) => n.days.includes(d)),
      from: n.from.trim(),
      to: n.to.trim(),
      assistants: count ?? 0,
    };
  });
  const from = draft.periodFrom;
  const to = draft.periodTo;
  if ((from === "") !== (to === "")) {
    issues.push({ path: from ? "$.period.to" : "$.period.from", message: t(lang, "bothDates") });
  }
  const next: Record<string, unknown> = {
    name: draft.name,
    profile: draft.profile,
    grant: hours === undefined ? null : { ...rota.grant, hours, per: draft.grantPer },
    period: from && to ? { ...rota.period, from, to } : null,
    need: need.length ? need : null,
  };
  const now: Record<string, unknown> = {
    name,
    profile: rota.profile,
    grant: rota.grant ?? null,
    period: rota.period ?? null,
    need: rota.need ?? null,
  };
  // Only what changed: an unchanged setting is not rewritten (nor re-checked).
  const patch = Object.fromEntries(
    Object.entries(next).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(now[k])),
  ) as SettingsPatch;
  return { patch, issues };
}

const FORM = "general";
const id = (path: string) => fieldId(FORM, path);

export interface GeneralSettingsFormProps {
  readonly lang: Lang;
  readonly name: string;
  readonly rota: RotaFile;
  readonly onSave: (patch: SettingsPatch) => readonly Issue[];
  readonly announce: (run: () => string) => void;
}

export function GeneralSettingsForm({
  lang,
  name,
  rota,
  onSave,
  announce,
}: GeneralSettingsFormProps) {
  const stored = JSON.stringify(draftOf(name, rota));
  const [draft, setDraft] = useState<Draft>(() => draftOf(name, rota));
  const [focusNeed, setFocusNeed] = useState<number | undefined>();
  const form = useRef<HTMLFormElement | null>(null);
  // The stored settings changed (saved, undone, or from elsewhere): show them.
  useEffect(() => setDraft(JSON.parse(stored) as Draft), [stored]);
  const { issues, settle } = useSaveResult(form, lang);
  useEffect(() => {
    if (focusNeed === undefined) return;
    const target =
      focusNeed < 0 ? `${FORM}-add-need` : `${id(`$.need[${focusNeed}].days`)}-${WEEKDAYS[0]}`;
    document.getElementById(target)?.focus();
    setFocusNeed(undefined);
  }, [focusNeed]);

  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const setNeed = (i: number, change: Partial<NeedDraft>) =>
    setDraft((d) => ({ ...d, need: d.need.map((n, j) => (j === i ? { ...n, ...change } : n)) }));
  const at = (path: string) => messagesAt(issues, path);

  const fields = ["$.name", "$.profile", "$.grant", "$.period.from", "$.period.to", "$.period"];
  draft.need.forEach((_, i) =>
    fields.push(
      `$.need[${i}].days`,
      `$.need[${i}].from`,
      `$.need[${i}].to`,
      `$.need[${i}].assistants`,
    ),
  );

  const save = (e: Event) => {
    e.preventDefault();
    announce(() => {
      const local = patchOf(lang, draft, name, rota);
      const found = local.issues.length ? local.issues : onSave(local.patch);
      return settle(found);
    });
  };

  return (
    <form ref={form} class="settings-form" aria-labelledby={`${FORM}-heading`} onSubmit={save}>
      <h3 id={`${FORM}-heading`}>{t(lang, "settingsArrangement")}</h3>
      <div class="settings-row">
        <TextField
          id={id("$.name")}
          label={t(lang, "name")}
          value={draft.name}
          onValue={(v) => set({ name: v })}
          errors={at("$.name")}
        />
        <SelectField
          id={id("$.profile")}
          label={t(lang, "country")}
          value={draft.profile}
          onValue={(v) => set({ profile: v })}
          options={[
            ["dk", t(lang, "denmark")],
            ["no", t(lang, "norway")],
          ]}
          errors={at("$.profile")}
        />
      </div>
      <Group legend={t(lang, "grant")}>
        <div class="settings-row">
          <TextField
            id={id("$.grant.hours")}
            label={t(lang, "grantHoursField")}
            inputMode="decimal"
            size={8}
            value={draft.grantHours}
            onValue={(v) => set({ grantHours: v })}
            errors={[...at("$.grant.hours"), ...messagesExactlyAt(issues, "$.grant")]}
          />
          <SelectField
            id={id("$.grant.per")}
            label={t(lang, "grantPer")}
            value={draft.grantPer}
            onValue={(v) => set({ grantPer: v })}
            options={[
              ["week", t(lang, "week")],
              ["month", t(lang, "month")],
              ["year", t(lang, "year")],
            ]}
            errors={at("$.grant.per")}
          />
        </div>
      </Group>
      <Group legend={t(lang, "period")}>
        <div class="settings-row">
          <TextField
            id={id("$.period.from")}
            type="date"
            label={t(lang, "periodFrom")}
            value={draft.periodFrom}
            onValue={(v) => set({ periodFrom: v })}
            errors={[...at("$.period.from"), ...messagesExactlyAt(issues, "$.period")]}
          />
          <TextField
            id={id("$.period.to")}
            type="date"
            label={t(lang, "periodTo")}
            value={draft.periodTo}
            onValue={(v) => set({ periodTo: v })}
            errors={at("$.period.to")}
          />
        </div>
      </Group>
      <Group legend={t(lang, "need")}>
        {draft.need.length === 0 ? <p>{t(lang, "noNeed")}</p> : null}
        {draft.need.map((n, i) => {
          const row = tf(lang, "needRow", { n: i + 1 });
          const daysId = id(`$.need[${i}].days`);
          const dayErrors = at(`$.need[${i}].days`);
          return (
            <fieldset key={i} class="need-row">
              <legend>{row}</legend>
              <fieldset class="weekdays">
                <legend>{t(lang, "needDays")}</legend>
                {WEEKDAYS.map((d) => (
                  <label key={d} class="weekday">
                    <input
                      type="checkbox"
                      id={`${daysId}-${d}`}
                      checked={n.days.includes(d)}
                      aria-invalid={dayErrors.length ? "true" : undefined}
                      aria-describedby={dayErrors.length ? `${daysId}-error` : undefined}
                      onChange={(e) => {
                        const on = (e.target as HTMLInputElement).checked;
                        setNeed(i, { days: on ? [...n.days, d] : n.days.filter((x) => x !== d) });
                      }}
                    />
                    {weekdayName(lang, d)}
                  </label>
                ))}
                {dayErrors.length ? (
                  <span id={`${daysId}-error`} class="field-error">
                    ⛔ {dayErrors.join("; ")}
                  </span>
                ) : null}
              </fieldset>
              <div class="settings-row">
                <TextField
                  id={id(`$.need[${i}].from`)}
                  label={t(lang, "timeFrom")}
                  hint={t(lang, "timeHint")}
                  size={6}
                  value={n.from}
                  onValue={(v) => setNeed(i, { from: v })}
                  errors={at(`$.need[${i}].from`)}
                />
                <TextField
                  id={id(`$.need[${i}].to`)}
                  label={t(lang, "timeTo")}
                  hint={t(lang, "timeHint")}
                  size={6}
                  value={n.to}
                  onValue={(v) => setNeed(i, { to: v })}
                  errors={at(`$.need[${i}].to`)}
                />
                <TextField
                  id={id(`$.need[${i}].assistants`)}
                  label={t(lang, "needAssistants")}
                  inputMode="numeric"
                  size={3}
                  value={n.assistants}
                  onValue={(v) => setNeed(i, { assistants: v })}
                  errors={at(`$.need[${i}].assistants`)}
                />
                <button
                  type="button"
                  onClick={() => {
                    set({ need: draft.need.filter((_, j) => j !== i) });
                    setFocusNeed(-1);
                  }}
                >
                  {tf(lang, "removeNeed", { n: i + 1 })}
                </button>
              </div>
            </fieldset>
          );
        })}
        <button
          type="button"
          id={`${FORM}-add-need`}
          onClick={() => {
            set({
              need: [
                ...draft.need,
                { days: [...WEEKDAYS], from: "00:00", to: "24:00", assistants: "1" },
              ],
            });
            setFocusNeed(draft.need.length);
          }}
        >
          {t(lang, "addNeed")}
        </button>
      </Group>
      <FormProblems issues={unclaimed(issues, fields)} />
      <button type="submit">{t(lang, "save")}</button>
    </form>
  );
}
