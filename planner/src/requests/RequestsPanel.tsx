/**
 * Availability, wishes and swap requests (assistant documents) behind a disclosure button. An
 * assistant states their own; the work leader sees everyone's, can note them for an assistant
 * (told by phone), and answers swap requests: approving moves the shift in the rota (checked
 * like any edit). Every form is labelled, errors sit at their field, results are announced.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Issue, RotaFile } from "../../../core/src/model/index.js";
import type { SwapRequest, WithId } from "../../../core/src/protocol/index.js";
import {
  FormProblems,
  SelectField,
  TextField,
  fieldId,
  messagesAt,
  unclaimed,
  useSaveResult,
} from "../app/fields.js";
import type { Session } from "../app/store.js";
import { CalendarExport } from "../calendar/CalendarExport.js";
import { t, tf, type Lang } from "../i18n/messages.js";
import { availabilityText, shiftWhen, swapText, swappableShifts, wishText } from "./derived.js";
import { ApprovalsSection } from "./ApprovalsSection.js";
import { HoursSection } from "./HoursSection.js";
import "../app/settings.css";

export interface RequestsPanelProps {
  readonly lang: Lang;
  readonly session: Session;
  readonly rota: RotaFile;
  /** Today on the arrangement's clock (`YYYY-MM-DD`): shifts from then on can be swapped. */
  readonly today: string;
  readonly onAnnounce: (message: string) => void;
}

/** Re-renders whenever an assistant document changes. */
function useRequestsVersion(session: Session): number {
  const [version, setVersion] = useState(0);
  useEffect(() => session.subscribeRequests(() => setVersion((v) => v + 1)), [session]);
  return version;
}

export function RequestsPanel(props: RequestsPanelProps) {
  const { lang, session, rota } = props;
  useRequestsVersion(session);
  const ids = session.requestAssistants();
  const mine = session.role() === "assistant";
  const [open, setOpen] = useState(mine);
  const [whose, setWhose] = useState<string | undefined>(undefined);
  if (ids.length === 0) return null;
  const names = new Map<string, string>(rota.assistants.map((a) => [a.id, a.name]));
  const current = whose !== undefined && ids.includes(whose) ? whose : (ids[0] as string);
  const data = session.requests(current);
  const heading = t(lang, mine ? "myRequestsHeading" : "requestsHeading");
  return (
    <section class="settings requests" aria-labelledby="requests-heading">
      <h2 id="requests-heading">
        <button
          type="button"
          class="disclosure"
          aria-expanded={open ? "true" : "false"}
          aria-controls="requests-body"
          onClick={() => setOpen(!open)}
        >
          {heading}
        </button>
      </h2>
      <div id="requests-body" hidden={!open}>
        {open ? (
          <>
            {mine ? null : (
              <>
                <ApprovalsSection {...props} ids={ids} names={names} />
                <SwapAnswers {...props} ids={ids} names={names} />
                <SelectField
                  id="requests-whose"
                  label={t(lang, "requestsWhose")}
                  value={current}
                  onValue={setWhose}
                  options={ids.map((id) => [id, names.get(id) ?? id] as const)}
                  errors={[]}
                />
              </>
            )}
            {data ? (
              <>
                <HoursSection {...props} assistantId={current} record={!mine} />
                <AvailabilitySection {...props} assistantId={current} mine={mine} />
                <WishSection {...props} assistantId={current} />
                {mine ? <SwapSection {...props} assistantId={current} names={names} /> : null}
              </>
            ) : (
              <p>{t(lang, "requestsLoading")}</p>
            )}
            <CalendarExport {...props} assistantId={current} mine={mine} />
          </>
        ) : null}
      </div>
    </section>
  );
}

interface SectionProps extends RequestsPanelProps {
  readonly assistantId: string;
}

/** A list of entries, each with a Remove button naming what it removes. */
function EntryList(props: {
  readonly lang: Lang;
  readonly label: string;
  readonly items: readonly { readonly id: string; readonly text: string }[];
  readonly action: string;
  readonly onAction?: (id: string) => void;
}) {
  if (props.items.length === 0) return <p>{t(props.lang, "noneYet")}</p>;
  return (
    <ul aria-label={props.label} class="request-list">
      {props.items.map((item) => (
        <li key={item.id}>
          {item.text}{" "}
          {props.onAction ? (
            <button
              type="button"
              aria-label={`${props.action}: ${item.text}`}
              onClick={() => props.onAction?.(item.id)}
            >
              {props.action}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function AvailabilitySection(props: SectionProps & { readonly mine: boolean }) {
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
      <EntryList
        lang={lang}
        label={t(lang, "unavailableHeading")}
        items={entries.map((a) => ({ id: a.id, text: availabilityText(lang, a) }))}
        action={t(lang, "remove")}
        onAction={(id) => {
          session.removeRequest(assistantId, "availability", id);
          props.onAnnounce(t(lang, "removed"));
        }}
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

function WishSection(props: SectionProps) {
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
      <EntryList
        lang={lang}
        label={t(lang, "wishesHeading")}
        items={wishes.map((w) => ({ id: w.id, text: wishText(lang, w) }))}
        action={t(lang, "remove")}
        onAction={(id) => {
          session.removeRequest(assistantId, "wishes", id);
          props.onAnnounce(t(lang, "removed"));
        }}
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

/** An assistant asks to give a shift away, and sees (and may withdraw) their requests. */
function SwapSection(props: SectionProps & { readonly names: ReadonlyMap<string, string> }) {
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

/** The work leader's list of open swap requests, each with whom to give the shift and answers. */
function SwapAnswers(
  props: RequestsPanelProps & {
    readonly ids: readonly string[];
    readonly names: ReadonlyMap<string, string>;
  },
) {
  const { lang, session, rota, names } = props;
  const open: { assistantId: string; request: WithId<SwapRequest> }[] = props.ids.flatMap((aid) =>
    (session.requests(aid)?.swaps ?? [])
      .filter((r) => r.status === "open")
      .map((request) => ({ assistantId: aid, request })),
  );
  const [giveTo, setGiveTo] = useState<Readonly<Record<string, string>>>({});
  const [problems, setProblems] = useState<Readonly<Record<string, readonly Issue[]>>>({});
  const answer = (aid: string, r: WithId<SwapRequest>, approved: boolean, to: string) => {
    const found = approved
      ? session.answerSwap(aid, r.id, "approved", to)
      : session.answerSwap(aid, r.id, "declined");
    setProblems((p) => ({ ...p, [r.id]: found }));
    if (found.length) {
      props.onAnnounce([t(lang, "notSaved"), ...found.map((i) => i.message)].join(" "));
    } else if (approved) {
      props.onAnnounce(tf(lang, "swapApproved", { to: names.get(to) ?? to }));
    } else props.onAnnounce(t(lang, "swapDeclined"));
  };
  return (
    <section aria-labelledby="open-swaps-heading">
      <h3 id="open-swaps-heading">{t(lang, "openSwapsHeading")}</h3>
      {open.length === 0 ? <p>{t(lang, "noOpenSwaps")}</p> : null}
      <ul class="request-list" aria-label={t(lang, "openSwapsHeading")}>
        {open.map(({ assistantId, request: r }) => {
          const who = names.get(assistantId) ?? assistantId;
          const to = giveTo[r.id] ?? r.toAssistantId ?? "";
          const selectId = `swap-${r.id}-to`;
          const errors = problems[r.id] ?? [];
          return (
            <li key={r.id}>
              <p id={`swap-${r.id}-text`}>{swapText(lang, r, names, who)}</p>
              <label for={selectId}>{t(lang, "giveShiftTo")}</label>{" "}
              <select
                id={selectId}
                value={to}
                onChange={(e) =>
                  setGiveTo((g) => ({ ...g, [r.id]: (e.target as HTMLSelectElement).value }))
                }
              >
                <option value="">—</option>
                {rota.assistants
                  .filter((a) => a.id !== assistantId)
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
              </select>{" "}
              <button
                type="button"
                aria-describedby={`swap-${r.id}-text`}
                onClick={() => answer(assistantId, r, true, to)}
              >
                {t(lang, "approve")}
              </button>{" "}
              <button
                type="button"
                aria-describedby={`swap-${r.id}-text`}
                onClick={() => answer(assistantId, r, false, to)}
              >
                {t(lang, "decline")}
              </button>
              {errors.length ? (
                <p class="field-error">⛔ {errors.map((i) => i.message).join("; ")}</p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
