/** An assistant asks to give a shift away, and sees (and may withdraw) their requests. */
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
import { shiftWhen, swapText, swappableShifts } from "./derived.js";

import type { SectionProps } from "./props.js";

/** An assistant asks to give a shift away, and sees (and may withdraw) their requests. */
export function SwapSection(props: SectionProps & { readonly names: ReadonlyMap<string, string> }) {
  const { lang, session, assistantId, rota, names } = props;
  const FORM = "swap";
  const shifts = swappableShifts(rota, assistantId, props.today);
  const [shiftId, setShiftId] = useState("");
  const [to, setTo] = useState("");
  const [note, setNote] = useState("");
  const form = useRef<HTMLFormElement | null>(null);
  const { issues, settle } = useSaveResult(form, lang);
  const requests = session.requests(assistantId)?.swaps ?? [];
  const chosen = shifts.find((s) => s.id === shiftId) ?? shifts[0];
  const me = names.get(assistantId) ?? assistantId;
  const ask = (e: Event) => {
    e.preventDefault();
    if (!chosen) return;
    const found = session.putRequest(assistantId, "swaps", {
      shiftId: chosen.id,
      start: chosen.start,
      end: chosen.end,
      ...(to ? { toAssistantId: to } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      status: "open",
      at: Date.now(),
    });
    const said = settle(found);
    if (found.length === 0) {
      setNote("");
      props.onAnnounce(t(lang, "swapAsked"));
    } else props.onAnnounce(said);
  };
  const withdraw = (id: string) => {
    const r = requests.find((x) => x.id === id);
    if (!r || r.status !== "open") return;
    const { id: _id, ...stored } = r;
    session.putRequest(assistantId, "swaps", { ...stored, status: "withdrawn" }, id);
    props.onAnnounce(t(lang, "withdrawn"));
  };
  return (
    <form ref={form} class="settings-form" onSubmit={ask} aria-labelledby="swaps-heading">
      <h3 id="swaps-heading">{t(lang, "swapsHeading")}</h3>
      <ul aria-label={t(lang, "swapsHeading")} class="request-list">
        {requests.map((r) => (
          <li key={r.id}>
            {swapText(lang, r, names, me)}{" "}
            {r.status === "open" ? (
              <button
                type="button"
                aria-label={`${t(lang, "withdraw")}: ${shiftWhen(lang, r.start, r.end)}`}
                onClick={() => withdraw(r.id)}
              >
                {t(lang, "withdraw")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {chosen ? (
        <>
          <div class="settings-row">
            <SelectField
              id={fieldId(FORM, "$.shiftId")}
              label={t(lang, "swapShift")}
              value={chosen.id}
              onValue={setShiftId}
              options={shifts.map((s) => [s.id, shiftWhen(lang, s.start, s.end)] as const)}
              errors={messagesAt(issues, "$.shiftId")}
            />
            <SelectField
              id={fieldId(FORM, "$.toAssistantId")}
              label={t(lang, "swapTo")}
              value={to}
              onValue={setTo}
              options={[
                ["", t(lang, "swapAnyone")],
                ...rota.assistants
                  .filter((a) => a.id !== assistantId)
                  .map((a) => [a.id, a.name] as const),
              ]}
              errors={messagesAt(issues, "$.toAssistantId")}
            />
            <TextField
              id={fieldId(FORM, "$.note")}
              label={t(lang, "note")}
              value={note}
              onValue={setNote}
              errors={messagesAt(issues, "$.note")}
            />
          </div>
          <FormProblems issues={unclaimed(issues, ["$.shiftId", "$.toAssistantId", "$.note"])} />
          <button type="submit">{t(lang, "askSwap")}</button>
        </>
      ) : (
        <p>{t(lang, "swapNoShifts")}</p>
      )}
    </form>
  );
}
