/** Days an assistant cannot work: the list, and the form to add some. */
import { useRef, useState } from "preact/hooks";
import type { Issue } from "../../../core/src/model/index.js";
import {
  FormProblems,
  TextField,
  fieldId,
  messagesAt,
  unclaimed,
  useSaveResult,
} from "../app/fields.js";
import type { Session } from "../app/store.js";
import { t } from "../i18n/messages.js";
import { availabilityText } from "./derived.js";

import type { SectionProps } from "./props.js";
import { RemovableEntries } from "./EntryList.js";

export function AvailabilitySection(props: SectionProps & { readonly mine: boolean }) {
  const { lang, session, assistantId } = props;
  const FORM = "availability";
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [partly, setPartly] = useState(false);
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [note, setNote] = useState("");
  const form = useRef<HTMLFormElement | null>(null);
  const { issues, settle } = useSaveResult(form, lang);
  const entries = session.requests(assistantId)?.availability ?? [];
  const fields = ["$.from", "$.to", "$.hours.start", "$.hours.end", "$.hours", "$.note"];
  const add = (e: Event) => {
    e.preventDefault();
    const found = session.putRequest(assistantId, "availability", {
      kind: "unavailable",
      from: from as never,
      to: (to || from) as never,
      ...(partly ? { hours: { start, end } } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      at: Date.now(),
    });
    const said = settle(found);
    if (found.length === 0) {
      setFrom("");
      setTo("");
      setNote("");
      props.onAnnounce(
        `${t(lang, "added")} ${availabilityText(lang, entryOf(session, assistantId))}`,
      );
    } else props.onAnnounce(said);
  };
  return (
    <form ref={form} class="settings-form" onSubmit={add} aria-labelledby="availability-heading">
      <h3 id="availability-heading">{t(lang, "unavailableHeading")}</h3>
      <RemovableEntries
        lang={lang}
        session={session}
        assistantId={assistantId}
        map="availability"
        label={t(lang, "unavailableHeading")}
        items={entries.map((a) => ({ id: a.id, text: availabilityText(lang, a) }))}
        onAnnounce={props.onAnnounce}
      />
      <div class="settings-row">
        <TextField
          id={fieldId(FORM, "$.from")}
          label={t(lang, "fromDate")}
          type="date"
          value={from}
          onValue={setFrom}
          errors={messagesAt(issues, "$.from")}
        />
        <TextField
          id={fieldId(FORM, "$.to")}
          label={t(lang, "toDate")}
          type="date"
          value={to}
          onValue={setTo}
          hint={t(lang, "toDateHint")}
          errors={messagesAt(issues, "$.to")}
        />
      </div>
      <div class="settings-row">
        <label>
          <input
            type="checkbox"
            checked={partly}
            onChange={(e) => setPartly((e.target as HTMLInputElement).checked)}
          />{" "}
          {t(lang, "onlyHours")}
        </label>
        {partly ? (
          <>
            <TextField
              id={fieldId(FORM, "$.hours.start")}
              label={t(lang, "hoursFrom")}
              type="time"
              value={start}
              onValue={setStart}
              errors={[...messagesAt(issues, "$.hours.start"), ...exactly(issues, "$.hours")]}
            />
            <TextField
              id={fieldId(FORM, "$.hours.end")}
              label={t(lang, "hoursTo")}
              type="time"
              value={end}
              onValue={setEnd}
              errors={messagesAt(issues, "$.hours.end")}
            />
          </>
        ) : null}
      </div>
      <TextField
        id={fieldId(FORM, "$.note")}
        label={t(lang, "note")}
        value={note}
        onValue={setNote}
        errors={messagesAt(issues, "$.note")}
      />
      <FormProblems issues={unclaimed(issues, fields)} />
      <button type="submit">{t(lang, props.mine ? "addUnavailable" : "addUnavailableFor")}</button>
    </form>
  );
}

const exactly = (issues: readonly Issue[], path: string) =>
  issues.filter((i) => i.path === path).map((i) => i.message);

/** The entry just added (the newest by `at`), to announce it in words. */
function entryOf(session: Session, assistantId: string) {
  const all = session.requests(assistantId)?.availability ?? [];
  return all.reduce((a, b) => (b.at > a.at ? b : a));
}
