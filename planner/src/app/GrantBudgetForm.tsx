/**
 * The grant's pools, time account and budget (`grant.pools`, `grant.timeAccount`,
 * `grant.budget`): pools for staff meetings, training and appraisal talks (the staff-meeting
 * pool can be filled from the number of assistants by Nyborg § 32), the time account of a weekly
 * grant, and the budget's hourly wage, supplements, on-call share, pension and currency with the
 * Danish defaults as hints. One Save writes the grant in one transaction (one undo step); core's
 * problems (`$.grant.budget.hourlyRate`) are shown at their field and nothing is written.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { grantSettingsOf } from "../../../core/src/grant/index.js";
import type { Issue, RotaFile } from "../../../core/src/model/index.js";
import { t, tf, type Lang } from "../i18n/messages.js";
import {
  PENSION_CHOICES,
  SUPPLEMENT_FIELDS,
  draftOfGrant,
  grantOfDraft,
  withNyborgPool,
  type GrantDraft,
  type PoolDraft,
  type SupplementField,
} from "../panel/grant-draft.js";
import {
  FormProblems,
  Group,
  SelectField,
  TextField,
  fieldId,
  messagesAt,
  messagesExactlyAt,
  unclaimed,
  useSaveResult,
} from "./fields.js";
import type { SettingsPatch } from "./store.js";

const FORM = "grantbudget";
const id = (path: string) => fieldId(FORM, path);

/** Danish defaults of the budget (core's `readBudget`), shown as hints. */
const DK_DEFAULTS: Readonly<Record<SupplementField | "oncall", string>> = {
  evening: "30",
  night: "33",
  saturday: "28",
  sunday: "50",
  oncall: "75",
};
const SUPPLEMENT_LABELS = {
  evening: "gbEvening",
  night: "gbNight",
  saturday: "gbSaturday",
  sunday: "gbSunday",
} as const;

export interface GrantBudgetFormProps {
  readonly lang: Lang;
  readonly rota: RotaFile;
  readonly onSave: (patch: SettingsPatch) => readonly Issue[];
  readonly announce: (run: () => string) => void;
}

export function GrantBudgetForm({ lang, rota, onSave, announce }: GrantBudgetFormProps) {
  const decimal = lang === "en" ? "." : ",";
  const stored = JSON.stringify(draftOfGrant(rota.grant, decimal));
  const [draft, setDraft] = useState<GrantDraft>(() => draftOfGrant(rota.grant, decimal));
  const [focus, setFocus] = useState<string | undefined>();
  const form = useRef<HTMLFormElement | null>(null);
  // The stored grant changed (saved, undone, or from elsewhere): show it.
  useEffect(() => setDraft(JSON.parse(stored) as GrantDraft), [stored]);
  const { issues, settle } = useSaveResult(form, lang);
  useEffect(() => {
    if (focus === undefined) return;
    document.getElementById(focus)?.focus();
    setFocus(undefined);
  }, [focus]);

  const heading = <h3 id={`${FORM}-heading`}>{t(lang, "gbHeading")}</h3>;
  const grant = rota.grant;
  if (!grant) {
    return (
      <section class="settings-form" aria-labelledby={`${FORM}-heading`}>
        {heading}
        <p id={`${FORM}-grant-first`}>{t(lang, "gbGrantFirst")}</p>
      </section>
    );
  }

  const set = (change: Partial<GrantDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setPool = (i: number, change: Partial<PoolDraft>) =>
    setDraft((d) => ({ ...d, pools: d.pools.map((p, j) => (j === i ? { ...p, ...change } : p)) }));
  const at = (path: string) => messagesAt(issues, path);
  const dk = rota.profile === "dk";
  const defaultHint = (value: string) =>
    dk ? tf(lang, "defaultValue", { value }) : t(lang, "gbRequired");

  const budgetPaths = ["hourlyRate", "amount", "currency", "supplements", "oncall", "pension"].map(
    (k) => `$.grant.budget.${k}`,
  );
  const fields = [
    ...draft.pools.flatMap((_, i) =>
      ["purpose", "hours", "per"].map((k) => `$.grant.pools[${i}].${k}`),
    ),
    "$.grant.timeAccount",
    ...budgetPaths,
  ];

  const save = (e: Event) => {
    e.preventDefault();
    announce(() => {
      const local = grantOfDraft(draft, grant, t(lang, "mustBeNumber"));
      if (local.issues.length) return settle(local.issues);
      const checked = grantSettingsOf({ ...rota, grant: local.grant });
      if (!checked.ok) return settle(checked.issues);
      if (JSON.stringify(local.grant) === JSON.stringify(grant)) return settle([]);
      return settle(onSave({ grant: local.grant }));
    });
  };

  const fillNyborg = () => {
    const n = rota.assistants.length;
    const made = withNyborgPool(draft, n, tf(lang, "gbNyborgNote", { n }), decimal);
    setDraft(made.draft);
    announce(() => tf(lang, "gbNyborgDone", { hours: made.hours, n }));
  };

  const accountErrors = at("$.grant.timeAccount");
  const accountId = id("$.grant.timeAccount");
  const pensionOnBase = "$.grant.budget.pension.onBase";
  const pensionOnSupplements = "$.grant.budget.pension.onSupplements";

  return (
    <form ref={form} class="settings-form" aria-labelledby={`${FORM}-heading`} onSubmit={save}>
      {heading}
      <Group legend={t(lang, "gbPools")}>
        <p>{t(lang, "gbPoolsHelp")}</p>
        {draft.pools.length === 0 ? <p>{t(lang, "gbNoPools")}</p> : null}
        {draft.pools.map((p, i) => (
          <fieldset key={i} class="pool-row">
            <legend>{tf(lang, "gbPoolRow", { n: i + 1 })}</legend>
            <div class="settings-row">
              <SelectField
                id={id(`$.grant.pools[${i}].purpose`)}
                label={t(lang, "gbPurpose")}
                value={p.purpose === "course" ? "training" : p.purpose}
                onValue={(v) => setPool(i, { purpose: v })}
                options={[
                  ["meeting", t(lang, "glPurpose_meeting")],
                  ["training", t(lang, "glPurpose_training")],
                  ["appraisal", t(lang, "glPurpose_appraisal")],
                ]}
                errors={at(`$.grant.pools[${i}].purpose`)}
              />
              <TextField
                id={id(`$.grant.pools[${i}].hours`)}
                label={t(lang, "gbPoolHours")}
                inputMode="decimal"
                size={6}
                value={p.hours}
                onValue={(v) => setPool(i, { hours: v })}
                errors={at(`$.grant.pools[${i}].hours`)}
              />
              <SelectField
                id={id(`$.grant.pools[${i}].per`)}
                label={t(lang, "gbPoolPer")}
                value={p.per}
                onValue={(v) => setPool(i, { per: v })}
                options={[
                  ["month", t(lang, "month")],
                  ["year", t(lang, "year")],
                ]}
                errors={at(`$.grant.pools[${i}].per`)}
              />
              <button
                type="button"
                onClick={() => {
                  set({ pools: draft.pools.filter((_, j) => j !== i) });
                  setFocus(`${FORM}-add-pool`);
                }}
              >
                {tf(lang, "gbRemovePool", { n: i + 1 })}
              </button>
            </div>
          </fieldset>
        ))}
        <div class="settings-row">
          <button
            type="button"
            id={`${FORM}-add-pool`}
            onClick={() => {
              set({ pools: [...draft.pools, { purpose: "meeting", hours: "", per: "year" }] });
              setFocus(id(`$.grant.pools[${draft.pools.length}].purpose`));
            }}
          >
            {t(lang, "gbAddPool")}
          </button>
          <button type="button" id={`${FORM}-nyborg`} onClick={fillNyborg}>
            {t(lang, "gbNyborg")}
          </button>
        </div>
      </Group>
      <Group legend={t(lang, "gbTimeAccountLegend")}>
        <div class="field">
          <label class="weekday">
            <input
              type="checkbox"
              id={accountId}
              checked={draft.timeAccount}
              aria-invalid={accountErrors.length ? "true" : undefined}
              aria-describedby={`${accountId}-hint${accountErrors.length ? ` ${accountId}-error` : ""}`}
              onChange={(e) => set({ timeAccount: (e.target as HTMLInputElement).checked })}
            />
            {t(lang, "gbTimeAccount")}
          </label>
          <span id={`${accountId}-hint`} class="field-hint">
            {t(lang, "gbTimeAccountHint")}
          </span>
          {accountErrors.length ? (
            <span id={`${accountId}-error`} class="field-error">
              ⛔ {accountErrors.join("; ")}
            </span>
          ) : null}
        </div>
      </Group>
      <Group legend={t(lang, "gbBudget")}>
        <p>{t(lang, "gbBudgetHelp")}</p>
        <div class="settings-row">
          <TextField
            id={id("$.grant.budget.hourlyRate")}
            label={t(lang, "gbHourlyRate")}
            hint={t(lang, "gbHourlyRateHint")}
            inputMode="decimal"
            size={10}
            value={draft.hourlyRate}
            onValue={(v) => set({ hourlyRate: v })}
            errors={[
              ...at("$.grant.budget.hourlyRate"),
              ...messagesExactlyAt(issues, "$.grant.budget"),
            ]}
          />
          <TextField
            id={id("$.grant.budget.amount")}
            label={t(lang, "gbAmount")}
            inputMode="decimal"
            size={12}
            value={draft.amount}
            onValue={(v) => set({ amount: v })}
            errors={at("$.grant.budget.amount")}
          />
          <TextField
            id={id("$.grant.budget.currency")}
            label={t(lang, "gbCurrency")}
            hint={tf(lang, "defaultValue", { value: dk ? "DKK" : "NOK" })}
            size={4}
            value={draft.currency}
            onValue={(v) => set({ currency: v })}
            errors={at("$.grant.budget.currency")}
          />
        </div>
        <div class="settings-row">
          {SUPPLEMENT_FIELDS.map((k, i) => (
            <TextField
              key={k}
              id={id(`$.grant.budget.supplements.${k}`)}
              label={t(lang, SUPPLEMENT_LABELS[k])}
              hint={defaultHint(`${DK_DEFAULTS[k]} %`)}
              inputMode="decimal"
              size={6}
              value={draft.supplements[k]}
              onValue={(v) => set({ supplements: { ...draft.supplements, [k]: v } })}
              errors={[
                ...at(`$.grant.budget.supplements.${k}`),
                ...(i === 0 ? messagesExactlyAt(issues, "$.grant.budget.supplements") : []),
              ]}
            />
          ))}
          <TextField
            id={id("$.grant.budget.oncall")}
            label={t(lang, "gbOncall")}
            hint={defaultHint(`${DK_DEFAULTS.oncall} %`)}
            inputMode="decimal"
            size={6}
            value={draft.oncall}
            onValue={(v) => set({ oncall: v })}
            errors={at("$.grant.budget.oncall")}
          />
        </div>
        <div class="settings-row">
          <SelectField
            id={id("$.grant.budget.pension")}
            label={t(lang, "gbPension")}
            {...(dk ? {} : { hint: t(lang, "gbRequired") })}
            value={draft.pension}
            onValue={(v) => set({ pension: v as GrantDraft["pension"] })}
            options={PENSION_CHOICES.map((c) => [
              c,
              c === ""
                ? dk
                  ? tf(lang, "defaultOption", { value: "Fredericia" })
                  : t(lang, "gbRequired")
                : t(lang, `gbPension_${c}`),
            ])}
            errors={messagesExactlyAt(issues, "$.grant.budget.pension")}
          />
          {draft.pension === "custom" ? (
            <>
              <TextField
                id={id(pensionOnBase)}
                label={t(lang, "gbPensionOnBase")}
                inputMode="decimal"
                size={6}
                value={draft.pensionOnBase}
                onValue={(v) => set({ pensionOnBase: v })}
                errors={at(pensionOnBase)}
              />
              <TextField
                id={id(pensionOnSupplements)}
                label={t(lang, "gbPensionOnSupplements")}
                inputMode="decimal"
                size={6}
                value={draft.pensionOnSupplements}
                onValue={(v) => set({ pensionOnSupplements: v })}
                errors={at(pensionOnSupplements)}
              />
            </>
          ) : null}
        </div>
      </Group>
      <FormProblems issues={unclaimed(issues, fields)} />
      <button type="submit">{t(lang, "save")}</button>
    </form>
  );
}
