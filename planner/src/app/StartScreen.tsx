/** The start screen: the arrangements on this device, a new one, or one imported from a file. */
import { useEffect, useState } from "preact/hooks";
import { t, type Lang } from "../i18n/messages.js";
import {
  createArrangement,
  importArrangement,
  listArrangements,
  type ArrangementEntry,
} from "./store.js";

export function StartScreen({ lang }: { readonly lang: Lang }) {
  const [list, setList] = useState<readonly ArrangementEntry[] | undefined>();
  const [name, setName] = useState("");
  const [profile, setProfile] = useState<"dk" | "no">(lang === "nb" ? "no" : "dk");
  const [problems, setProblems] = useState<readonly string[]>([]);

  useEffect(() => {
    void listArrangements().then(setList);
  }, []);

  const go = (id: string) => {
    location.hash = `#/a/${id}`;
  };

  const onCreate = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return;
    go(await createArrangement(name.trim(), profile));
  };

  const onImport = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = await importArrangement(await file.text(), file.name.replace(/\.json$/i, ""));
    input.value = "";
    if (result.ok) go(result.id);
    else setProblems(result.issues.map((i) => `${i.path}: ${i.message}`));
  };

  return (
    <>
      <h2>{t(lang, "arrangements")}</h2>
      {list === undefined ? (
        <p>{t(lang, "loading")}</p>
      ) : list.length === 0 ? (
        <p>{t(lang, "noArrangements")}</p>
      ) : (
        <ul>
          {list.map((a) => (
            <li key={a.id}>
              <a href={`#/a/${a.id}`}>{a.name}</a>
            </li>
          ))}
        </ul>
      )}
      <h2>{t(lang, "newArrangement")}</h2>
      <form class="form-row" onSubmit={(e) => void onCreate(e)}>
        <label>
          {t(lang, "name")}
          <input
            required
            value={name}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t(lang, "country")}
          <select
            value={profile}
            onChange={(e) => setProfile((e.target as HTMLSelectElement).value as "dk" | "no")}
          >
            <option value="dk">{t(lang, "denmark")}</option>
            <option value="no">{t(lang, "norway")}</option>
          </select>
        </label>
        <button type="submit" class="primary">
          {t(lang, "create")}
        </button>
      </form>
      <h2>
        <label for="import-file">{t(lang, "importFile")}</label>
      </h2>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => void onImport(e)}
      />
      {problems.length ? (
        <div role="alert" class="error-text">
          <p>{t(lang, "importFailed")}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
