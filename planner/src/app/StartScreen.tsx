/** The start screen: the arrangements on this device, a new one, or one imported from a file. */
import { useEffect, useRef, useState } from "preact/hooks";
import { t, tf, type Lang } from "../i18n/messages.js";
import { SheetImport } from "../import/SheetImport.js";
import { CountrySelect, defaultCountry, type Country } from "./fields.js";
import {
  createArrangement,
  importArrangement,
  listArrangements,
  removeFromDevice,
  type ArrangementEntry,
} from "./store.js";

export function StartScreen({ lang }: { readonly lang: Lang }) {
  const [list, setList] = useState<readonly ArrangementEntry[] | undefined>();
  const [name, setName] = useState("");
  const [profile, setProfile] = useState<Country>(defaultCountry(lang));
  const [problems, setProblems] = useState<readonly string[]>([]);
  /** The arrangement whose removal waits for confirmation. */
  const [removing, setRemoving] = useState<ArrangementEntry | undefined>();
  const [said, setSaid] = useState("");
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void listArrangements().then(setList);
  }, []);
  useEffect(() => {
    if (removing) confirmRef.current?.focus();
  }, [removing]);

  const remove = async (a: ArrangementEntry) => {
    await removeFromDevice(a.id);
    setRemoving(undefined);
    setList(await listArrangements());
    setSaid(tf(lang, "removedFromDevice", { name: a.name }));
    document.getElementById("new-arrangement-heading")?.focus();
  };

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
              <a href={`#/a/${a.id}`}>{a.name}</a>{" "}
              <button
                type="button"
                aria-label={`${t(lang, "removeFromDevice")}: ${a.name}`}
                aria-expanded={removing?.id === a.id ? "true" : "false"}
                onClick={() => setRemoving(removing?.id === a.id ? undefined : a)}
              >
                {t(lang, "removeFromDevice")}
              </button>
              {removing?.id === a.id ? (
                <div role="group" aria-labelledby={`remove-${a.id}-text`} class="confirm">
                  <p id={`remove-${a.id}-text`}>
                    {t(lang, a.role ? "removeSharedWarning" : "removeLocalWarning")}
                  </p>
                  <button type="button" ref={confirmRef} onClick={() => void remove(a)}>
                    {tf(lang, "removeConfirm", { name: a.name })}
                  </button>{" "}
                  <button type="button" onClick={() => setRemoving(undefined)}>
                    {t(lang, "cancel")}
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p role="status" class="visually-hidden" id="live">
        {said}
      </p>
      <h2 id="new-arrangement-heading" tabIndex={-1}>
        {t(lang, "newArrangement")}
      </h2>
      <form class="form-row" onSubmit={(e) => void onCreate(e)}>
        <label>
          {t(lang, "name")}
          <input
            required
            value={name}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
        </label>
        <CountrySelect lang={lang} value={profile} onValue={setProfile} />
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
      <SheetImport lang={lang} />
    </>
  );
}
