/** The assistants of an arrangement and a form to add one. */
import { useState } from "preact/hooks";
import type { Issue } from "../../../core/src/model/index.js";
import { t, type Lang } from "../i18n/messages.js";

export interface AssistantsFormProps {
  readonly lang: Lang;
  readonly assistants: readonly { readonly id: string; readonly name: string }[];
  readonly onAdd: (a: { name: string; birthDate?: string }) => readonly Issue[];
}

export function AssistantsForm({ lang, assistants, onAdd }: AssistantsFormProps) {
  const [name, setName] = useState("");
  const [birthDate, setBirthDate] = useState("");
  const [problems, setProblems] = useState<readonly Issue[]>([]);
  return (
    <section aria-labelledby="assistants-heading">
      <h2 id="assistants-heading">
        {t(lang, "assistants")} ({assistants.length})
      </h2>
      <form
        class="form-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          const issues = onAdd({ name: name.trim(), ...(birthDate ? { birthDate } : {}) });
          setProblems(issues);
          if (issues.length === 0) {
            setName("");
            setBirthDate("");
          }
        }}
      >
        <label>
          {t(lang, "name")}
          <input value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t(lang, "birthDate")}
          <input
            type="date"
            value={birthDate}
            onInput={(e) => setBirthDate((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t(lang, "addAssistant")}</button>
      </form>
      {problems.length ? (
        <ul role="alert" class="error-text">
          {problems.map((p) => (
            <li key={p.path}>{p.message}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
