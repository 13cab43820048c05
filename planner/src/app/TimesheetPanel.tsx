/**
 * A month's timesheet per assistant (Nyborg § 34, Fredericia 4.1): core builds it from the
 * actual times the leader approved, the plan otherwise; shown as a table with its totals and
 * absences, and downloaded as CSV, a printable PDF or the JSON payload the browser extension
 * fills into the municipality's form. The personal number is asked for here and kept only on
 * this device (it goes into the PDF, never into a synced document).
 */
import { useEffect, useState } from "preact/hooks";
import type { RotaFile } from "../../../core/src/model/index.js";
import type { ExtensionMessage, ExtensionResponse } from "../../../core/src/protocol/index.js";
import type { Timesheet, TimesheetRow } from "../../../core/src/timesheet/index.js";
import { formatDayLong, formatHours, t, tf, type Lang } from "../i18n/messages.js";
import { correctionTexts, loadTimesheetPdf, timesheetCsv } from "../timesheet/index.js";
import { SelectField, TextField } from "./fields.js";
import type { Session } from "./store.js";

export interface TimesheetPanelProps {
  readonly lang: Lang;
  readonly session: Session;
  readonly rota: RotaFile;
  readonly onAnnounce: (message: string) => void;
}

const CATEGORIES = ["evening", "night", "saturday", "sunday", "oncall"] as const;
const COLUMN_KEYS = {
  evening: "colEvening",
  night: "colNight",
  saturday: "colSaturday",
  sunday: "colSunday",
  oncall: "colOncall",
} as const;

/** Offers a file for download under `name`. */
function download(name: string, type: string, data: BlobPart): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([data], { type }));
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

/** What a planner page can see of `chrome.runtime` when an extension lets its origin in. */
type PageRuntime = { sendMessage?: (id: string, message: unknown) => Promise<unknown> };

/**
 * Sends the payload to the companion extension: its answer, or undefined when there is none.
 * The extension's id is not a setting to copy in (a long random string, hard by keyboard and
 * screen reader): the extension's content script, which runs on the planner's own origin only,
 * answers a ping posted to the page's origin (never "*") with its id (extension/src/announce.ts).
 * Another origin sees neither the ping nor, by the manifest, the extension.
 */
async function sendToExtension(sheet: Timesheet): Promise<ExtensionResponse | undefined> {
  const runtime = (globalThis as { chrome?: { runtime?: PageRuntime } }).chrome?.runtime;
  if (runtime?.sendMessage === undefined) return undefined;
  const id = await new Promise<string | undefined>((resolve) => {
    const done = (found: string | undefined) => {
      clearTimeout(timer);
      window.removeEventListener("message", onMessage);
      resolve(found);
    };
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window || e.origin !== location.origin) return;
      const data = e.data as { type?: unknown; id?: unknown } | null;
      if (data?.type === "turnus-extension" && typeof data.id === "string") done(data.id);
    };
    const timer = setTimeout(() => done(undefined), 1000);
    window.addEventListener("message", onMessage);
    window.postMessage({ type: "turnus-extension-ping" }, location.origin);
  });
  if (id === undefined) return undefined;
  const message: ExtensionMessage = { type: "timesheet", version: 1, payload: sheet };
  return (await runtime.sendMessage(id, message)) as ExtensionResponse;
}

/** A file name from people's names: letters, digits and dashes only. */
const fileName = (...parts: string[]) =>
  parts.map((p) => p.replace(/[^\p{L}\p{N}-]+/gu, "_")).join("-");

export function TimesheetPanel(props: TimesheetPanelProps) {
  const { lang, session, rota } = props;
  const [open, setOpen] = useState(false);
  const ids =
    session.role() === "assistant"
      ? session.requestAssistants()
      : session.role() === "viewer"
        ? []
        : rota.assistants.map((a) => a.id as string);
  const [whose, setWhose] = useState<string | undefined>();
  const [month, setMonth] = useState(() => session.nowLocal().slice(0, 7));
  const [personal, setPersonal] = useState("");
  const current = whose !== undefined && ids.includes(whose) ? whose : ids[0];
  useEffect(() => {
    if (current) void session.personalNumber(current).then(setPersonal);
  }, [current]);
  if (!current) return null;
  const names = new Map<string, string>(rota.assistants.map((a) => [a.id, a.name]));
  const name = names.get(current) ?? current;
  const result = session.timesheet(current, month);
  const leads = session.role() !== "assistant";

  const onPdf = async (sheet: Timesheet) => {
    // jsPDF is loaded only when a PDF is asked for
    const { timesheetPdf } = await loadTimesheetPdf();
    const { current: signoff, corrections } = session.timesheetStatus(current, month);
    const lines = corrections ? correctionTexts(corrections, lang) : [];
    const bytes = timesheetPdf(sheet, {
      arrangementName: session.name(),
      assistantName: name,
      ...(personal ? { personalNumber: personal } : {}),
      lang,
      signoff: {
        ...(signoff?.leader ? { leader: signoff.leader } : {}),
        ...(signoff?.assistant ? { assistant: signoff.assistant } : {}),
      },
      ...(lines.length ? { corrections: lines } : {}),
    });
    const file = `${fileName(name, month)}.pdf`;
    // a copy backed by a plain ArrayBuffer, as Blob wants
    download(file, "application/pdf", new Uint8Array(bytes));
    props.onAnnounce(tf(lang, "downloaded", { file }));
  };
  const onCsv = (sheet: Timesheet) => {
    const file = `${fileName(name, month)}.csv`;
    download(file, "text/csv", timesheetCsv(sheet, { lang }));
    props.onAnnounce(tf(lang, "downloaded", { file }));
  };
  const onPayload = (sheet: Timesheet) => {
    const file = `${fileName(name, month)}.timesheet.json`;
    download(file, "application/json", JSON.stringify(sheet, null, 2));
    props.onAnnounce(tf(lang, "downloaded", { file }));
  };
  /** Sends what the work leader signed, and only that (sign again after a change). */
  const onSend = async () => {
    const send = session.sheetToSend(current, month);
    if (!send.ok) {
      const why = send.reason === "unsigned" ? "signBeforeSending" : "signAgainBeforeSending";
      props.onAnnounce(t(lang, why));
      return;
    }
    const r = await sendToExtension(send.sheet).catch((e: unknown) => ({
      ok: false as const,
      error: e instanceof Error ? e.message : String(e),
    }));
    if (r === undefined) props.onAnnounce(t(lang, "noExtension"));
    else if (r.ok) props.onAnnounce(t(lang, "sentToExtension"));
    else props.onAnnounce(tf(lang, "extensionRefused", { error: r.error }));
  };

  return (
    <section class="settings timesheets" aria-labelledby="timesheets-heading">
      <h2 id="timesheets-heading">
        <button
          type="button"
          class="disclosure"
          aria-expanded={open ? "true" : "false"}
          aria-controls="timesheets-body"
          onClick={() => setOpen(!open)}
        >
          {t(lang, "timesheetsHeading")}
        </button>
      </h2>
      <div id="timesheets-body" hidden={!open}>
        {open ? (
          <>
            <div class="settings-row">
              {ids.length > 1 ? (
                <SelectField
                  id="timesheet-whose"
                  label={t(lang, "requestsWhose")}
                  value={current}
                  onValue={setWhose}
                  options={ids.map((id) => [id, names.get(id) ?? id] as const)}
                  errors={[]}
                />
              ) : null}
              <div class="field">
                <label for="timesheet-month">{t(lang, "timesheetMonth")}</label>
                <input
                  id="timesheet-month"
                  type="month"
                  value={month}
                  onInput={(e) => {
                    const v = (e.target as HTMLInputElement).value;
                    if (/^\d{4}-\d{2}$/.test(v)) setMonth(v);
                  }}
                />
              </div>
            </div>
            {result.ok ? (
              <>
                <SheetTable lang={lang} sheet={result.sheet} name={name} />
                <Signatures
                  lang={lang}
                  session={session}
                  assistantId={current}
                  month={month}
                  leads={leads}
                  onAnnounce={props.onAnnounce}
                />
                {leads ? (
                  <form
                    class="settings-row"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void session
                        .setPersonalNumber(current, personal)
                        .then(() => props.onAnnounce(t(lang, "personalNumberSaved")));
                    }}
                  >
                    <TextField
                      id="timesheet-personal"
                      label={t(lang, "personalNumber")}
                      value={personal}
                      onValue={setPersonal}
                      errors={[]}
                    />
                    <button type="submit">{t(lang, "save")}</button>
                  </form>
                ) : null}
                <div class="settings-row">
                  <button type="button" onClick={() => void onPdf(result.sheet)}>
                    {t(lang, "downloadPdf")}
                  </button>
                  <button type="button" onClick={() => onCsv(result.sheet)}>
                    {t(lang, "downloadCsv")}
                  </button>
                  <button type="button" onClick={() => onPayload(result.sheet)}>
                    {t(lang, "downloadPayload")}
                  </button>
                  <button type="button" onClick={() => void onSend()}>
                    {t(lang, "sendToExtension")}
                  </button>
                </div>
              </>
            ) : (
              <ul class="error-text">
                {result.issues.map((i) => (
                  <li key={i.path + i.message}>{i.message}</li>
                ))}
              </ul>
            )}
          </>
        ) : null}
      </div>
    </section>
  );
}

/** What a row's note says: the planned times when the actual differs, and if not approved. */
function rowNote(lang: Lang, r: TimesheetRow): string {
  const parts: string[] = [];
  // the plan is whole local date-times: the times of day say enough next to the row's day
  if (r.planned) {
    const [from, to] = [r.planned.start.slice(11, 16), r.planned.end.slice(11, 16)];
    parts.push(tf(lang, "plannedWas", { from, to }));
  }
  if (r.confirmed === false) parts.push(t(lang, "notApproved"));
  return parts.join("; ");
}

function SheetTable({ lang, sheet, name }: { lang: Lang; sheet: Timesheet; name: string }) {
  const h = (x: number | undefined) => (x ? formatHours(lang, x) : "");
  return (
    <>
      {sheet.rows.length === 0 ? <p>{t(lang, "noRows")}</p> : null}
      <div class="table-scroll">
        <table class="timesheet">
          <caption>{tf(lang, "timesheetCaption", { name, month: sheet.month })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, "colDate")}</th>
              <th scope="col">{t(lang, "colFrom")}</th>
              <th scope="col">{t(lang, "colTo")}</th>
              <th scope="col">{t(lang, "colHours")}</th>
              {CATEGORIES.map((c) => (
                <th scope="col" key={c}>
                  {t(lang, COLUMN_KEYS[c])}
                </th>
              ))}
              <th scope="col">{t(lang, "colNote")}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((r) => (
              <tr key={`${r.shiftId}|${r.date}`}>
                <th scope="row">{formatDayLong(lang, r.date)}</th>
                <td>{r.start}</td>
                <td>{r.end}</td>
                <td>{h(r.hours)}</td>
                {CATEGORIES.map((c) => (
                  <td key={c}>{h(r.categories[c])}</td>
                ))}
                <td>{rowNote(lang, r)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t(lang, "total")}</th>
              <td />
              <td />
              <td>{h(sheet.totals.hours)}</td>
              {CATEGORIES.map((c) => (
                <td key={c}>{h(sheet.totals[c])}</td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      {sheet.absences?.length ? (
        <>
          <h3>{t(lang, "absencesHeading")}</h3>
          <ul>
            {sheet.absences.map((a) => (
              <li key={`${a.date}|${a.kind}`}>
                {formatDayLong(lang, a.date)}: {a.kind} ({h(a.hours)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** A local date-time as people read it: "2026-11-29 14:05". */
const when = (at: string) => at.replace("T", " ");

/**
 * Who has signed the month, whether it is locked, what changed since signing, and the buttons
 * to sign (a leader in the rota, an assistant in their own document) or reopen (leaders).
 */
function Signatures(props: {
  readonly lang: Lang;
  readonly session: Session;
  readonly assistantId: string;
  readonly month: string;
  readonly leads: boolean;
  readonly onAnnounce: (message: string) => void;
}) {
  const { lang, session, assistantId, month, leads } = props;
  const status = session.timesheetStatus(assistantId, month);
  const { current, assistantSignature: own } = status;
  const lines = [
    current?.leader
      ? tf(lang, "leaderSigned", { name: current.leader.name, at: when(current.leader.at) })
      : t(lang, "leaderNotSigned"),
    current?.assistant
      ? tf(lang, "assistantSigned", {
          name: current.assistant.name,
          at: when(current.assistant.at),
        })
      : own
        ? tf(lang, own.current ? "assistantSigned" : "assistantSignedOther", {
            name: own.name,
            at: when(own.at),
          })
        : t(lang, "assistantNotSigned"),
    ...(status.locked ? [t(lang, "monthLocked")] : []),
  ];
  const corrections = status.corrections ? correctionTexts(status.corrections, lang) : [];
  const run = (issues: readonly { message: string }[], done: string) =>
    props.onAnnounce(
      issues.length ? [t(lang, "notSaved"), ...issues.map((i) => i.message)].join(" ") : done,
    );
  const leaderMaySign = leads && !status.locked && !session.readOnly();
  const assistantMaySign = !leads && !status.locked && !own?.current;
  return (
    <section aria-labelledby="signoff-heading">
      <h3 id="signoff-heading">{t(lang, "signoffHeading")}</h3>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {corrections.length ? (
        <>
          <h4 id="corrections-heading">{t(lang, "correctionsHeading")}</h4>
          <ul aria-labelledby="corrections-heading">
            {corrections.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div class="settings-row">
        {leaderMaySign ? (
          <button
            type="button"
            onClick={() => run(session.signTimesheet(assistantId, month), t(lang, "signed"))}
          >
            {t(lang, "signAsLeader")}
          </button>
        ) : null}
        {assistantMaySign ? (
          <button
            type="button"
            onClick={() => run(session.signTimesheet(assistantId, month), t(lang, "signed"))}
          >
            {t(lang, "signAsAssistant")}
          </button>
        ) : null}
        {leads && status.locked && !session.readOnly() ? (
          <button
            type="button"
            onClick={() => run(session.reopenTimesheet(assistantId, month), t(lang, "reopened"))}
          >
            {t(lang, "reopenMonth")}
          </button>
        ) : null}
      </div>
    </section>
  );
}
