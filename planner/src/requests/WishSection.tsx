/** An assistant's wishes (a day off, or to work): the list and the form. */
import { useRef, useState } from "preact/hooks";
import {
  FormProblems,
  SelectField,
  TextField,
  fieldId,
  messagesAt,
  unclaimed,
  useSaveResult,
} from "../app/fields.js";
import { t } from "../i18n/messages.js";
import { wishText } from "./derived.js";

import type { SectionProps } from "./props.js";
import { RemovableEntries } from "./EntryList.js";

export function WishSection(props: SectionProps) {
  const { lang, session, assistantId } = props;
  const FORM = "wish";
  const [date, setDate] = useState("");
  const [kind, setKind] = useState<"day-off" | "work">("day-off");
  const [note, setNote] = useState("");
  const form = useRef<HTMLFormElement | null>(null);
  const { issues, settle } = useSaveResult(form, lang);
  const wishes = session.requests(assistantId)?.wishes ?? [];
  const add = (e: Event) => {
    e.preventDefault();
    const wish = { kind, date: date as never, ...(note.trim() ? { note: note.trim() } : {}) };
    const found = session.putRequest(assistantId, "wishes", { ...wish, at: Date.now() });
    const said = settle(found);
    if (found.length === 0) {
      setDate("");
      setNote("");
      props.onAnnounce(`${t(lang, "added")} ${wishText(lang, { ...wish, at: 0 })}`);
    } else props.onAnnounce(said);
  };
  return (
    <form ref={form} class="settings-form" onSubmit={add} aria-labelledby="wishes-heading">
      <h3 id="wishes-heading">{t(lang, "wishesHeading")}</h3>
      <RemovableEntries
        lang={lang}
        session={session}
        assistantId={assistantId}
        map="wishes"
        label={t(lang, "wishesHeading")}
        items={wishes.map((w) => ({ id: w.id, text: wishText(lang, w) }))}
        onAnnounce={props.onAnnounce}
      />
      <div class="settings-row">
        <TextField
          id={fieldId(FORM, "$.date")}
          label={t(lang, "wishDate")}
          type="date"
          value={date}
          onValue={setDate}
          errors={messagesAt(issues, "$.date")}
        />
        <SelectField
          id={fieldId(FORM, "$.kind")}
          label={t(lang, "wishKind")}
          value={kind}
          onValue={(v) => setKind(v === "work" ? "work" : "day-off")}
          options={[
            ["day-off", t(lang, "wishDayOff")],
            ["work", t(lang, "wishWork")],
          ]}
          errors={messagesAt(issues, "$.kind")}
        />
        <TextField
          id={fieldId(FORM, "$.note")}
          label={t(lang, "note")}
          value={note}
          onValue={setNote}
          errors={messagesAt(issues, "$.note")}
        />
      </div>
      <FormProblems issues={unclaimed(issues, ["$.date", "$.kind", "$.note"])} />
      <button type="submit">{t(lang, "addWish")}</button>
    </form>
  );
}
