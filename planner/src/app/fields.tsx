/**
 * Labelled form fields of the settings forms, each with its errors tied to it (`aria-invalid`,
 * `aria-describedby`), and the matching of the document layer's issues (JSON paths such as
 * `$.grant.hours`) to the field they name.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useState, type MutableRef } from "preact/hooks";
import type { Issue } from "../../../core/src/model/index.js";
import { t, type Lang } from "../i18n/messages.js";

/** Whether an issue at `path` concerns the field at `field` (the same path, or inside it). */
const within = (path: string, field: string): boolean =>
  path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);

/** The messages of the issues about the field at `path`. */
export function messagesAt(issues: readonly Issue[], path: string): string[] {
  return issues.filter((i) => within(i.path, path)).map((i) => i.message);
}

/** The messages of the issues about exactly `path` (not a part of it). */
export function messagesExactlyAt(issues: readonly Issue[], path: string): string[] {
  return issues.filter((i) => i.path === path).map((i) => i.message);
}

/** The issues that none of `fields` (paths) claims, shown above the form's button. */
export function unclaimed(issues: readonly Issue[], fields: readonly string[]): Issue[] {
  return issues.filter((i) => !fields.some((f) => within(i.path, f)));
}

/** A DOM id for the field at a JSON path in form `form`. */
export const fieldId = (form: string, path: string): string =>
  `${form}-${path.replace(/^\$\.?/, "").replace(/[^A-Za-z0-9]+/g, "-")}`;

/** The ids a field is described by: its hint and its error, when present. */
function describedBy(id: string, hint: boolean, errors: readonly string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : "", errors.length ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Notes({ id, hint, errors }: { id: string; hint?: string; errors: readonly string[] }) {
  return (
    <>
      {hint ? (
        <span id={`${id}-hint`} class="field-hint">
          {hint}
        </span>
      ) : null}
      {errors.length ? (
        <span id={`${id}-error`} class="field-error">
          ⛔ {errors.join("; ")}
        </span>
      ) : null}
    </>
  );
}

export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly errors: readonly string[];
  readonly hint?: string;
  readonly type?: "text" | "date" | "time";
  readonly inputMode?: "text" | "decimal" | "numeric";
  readonly size?: number;
}

/** A labelled text (or date) input with its hint and errors. */
export function TextField(p: TextFieldProps) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        type={p.type ?? "text"}
        inputMode={p.inputMode}
        size={p.size}
        value={p.value}
        aria-invalid={p.errors.length ? "true" : undefined}
        aria-describedby={describedBy(p.id, Boolean(p.hint), p.errors)}
        onInput={(e) => p.onValue((e.target as HTMLInputElement).value)}
      />
      <Notes id={p.id} errors={p.errors} {...(p.hint ? { hint: p.hint } : {})} />
    </div>
  );
}

export interface SelectFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly options: readonly (readonly [value: string, label: string])[];
  readonly errors: readonly string[];
  readonly hint?: string;
}

/** A labelled select with its hint and errors. */
export function SelectField(p: SelectFieldProps) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <select
        id={p.id}
        value={p.value}
        aria-invalid={p.errors.length ? "true" : undefined}
        aria-describedby={describedBy(p.id, Boolean(p.hint), p.errors)}
        onChange={(e) => p.onValue((e.target as HTMLSelectElement).value)}
      >
        {p.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <Notes id={p.id} errors={p.errors} {...(p.hint ? { hint: p.hint } : {})} />
    </div>
  );
}

/** Problems no field claims, listed before the form's buttons. */
export function FormProblems({ issues }: { readonly issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul class="error-text form-problems">
      {issues.map((i) => (
        <li key={`${i.path}|${i.message}`}>
          {i.path}: {i.message}
        </li>
      ))}
    </ul>
  );
}

/** A fieldset with a legend. */
export function Group({
  legend,
  children,
  class: className,
}: {
  readonly legend: string;
  readonly children: ComponentChildren;
  readonly class?: string;
}) {
  return (
    <fieldset class={className}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * After a failed save (`attempt` changes while `issues` are shown), moves focus to the first
 * invalid field of the form, so that a screen reader reads its label and error.
 */
export function useFocusFirstInvalid(
  form: MutableRef<HTMLFormElement | null>,
  issues: readonly Issue[],
  attempt: number,
): void {
  useEffect(() => {
    if (attempt === 0 || issues.length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
}

/**
 * A settings form's save result: the issues shown at their fields, focus on the first invalid
 * field after a failed save, and what to announce. `settle(found)` records a save's issues
 * (none: saved) and returns "Saved." or "Not saved." with the reasons.
 */
export function useSaveResult(
  form: MutableRef<HTMLFormElement | null>,
  lang: Lang,
): { issues: readonly Issue[]; settle: (found: readonly Issue[]) => string } {
  const [issues, setIssues] = useState<readonly Issue[]>([]);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(form, issues, attempt);
  return {
    issues,
    settle: (found) => {
      setIssues(found);
      setAttempt((a) => a + 1);
      if (found.length === 0) return t(lang, "saved");
      return [t(lang, "notSaved"), ...found.map((i) => i.message)].join(" ");
    },
  };
}

/** A number typed with a dot or a comma; `undefined` when empty, `NaN` when not a number. */
export function parseNumber(text: string): number | undefined {
  const s = text.trim().replace(",", ".");
  if (s === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/** The countries an arrangement can be in (core's profiles Turnus offers here). */
export type Country = "dk" | "no";

/** The country an arrangement starts with: Norway for a Norwegian interface, else Denmark. */
export const defaultCountry = (lang: Lang): Country => (lang === "nb" ? "no" : "dk");

/** A labelled country select (Denmark, Norway), used where an arrangement is made. */
export function CountrySelect(p: {
  readonly lang: Lang;
  readonly value: Country;
  readonly onValue: (country: Country) => void;
}) {
  return (
    <label>
      {t(p.lang, "country")}
      <select
        value={p.value}
        onChange={(e) => p.onValue((e.target as HTMLSelectElement).value as Country)}
      >
        <option value="dk">{t(p.lang, "denmark")}</option>
        <option value="no">{t(p.lang, "norway")}</option>
      </select>
    </label>
  );
}
