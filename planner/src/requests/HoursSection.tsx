/**
 * "My hours": an assistant reports what they actually worked, from their phone — one press for
 * "worked as planned", or other times, sick, a child's sick day. Each report goes into their own
 * document; the work leader approves it into the rota (ApprovalsSection).
 *
 * "Record hours" (`record`): the work leader writes what happened straight into the rota, for any
 * assistant — the same choices, and also a cancelled shift or one a colleague worked instead.
 */
import { useState } from "preact/hooks";
import type { Issue, RotaFile } from "../../../core/src/model/index.js";
import type { ActualReport, ActualStatus } from "../../../core/src/protocol/index.js";
import { addDays, type LocalDate } from "../../../core/src/time/index.js";
import { SelectField, TextField } from "../app/fields.js";
import type { Session } from "../app/store.js";
import { t, tf, type Lang } from "../i18n/messages.js";
import { actualText, approvedActual, reportableShifts, shiftWhen } from "./derived.js";

export interface HoursSectionProps {
  readonly lang: Lang;
  readonly session: Session;
  readonly rota: RotaFile;
  readonly assistantId: string;
  readonly onAnnounce: (message: string) => void;
  /** The leader records into the rota (approved at once) instead of reporting. */
  readonly record?: boolean;
}

type Shift = RotaFile["shifts"][number];
/** A report as this form makes it (the time of reporting is added when sent). */
interface ReportInput {
  readonly status: ActualStatus;
  readonly start?: string;
  readonly end?: string;
  readonly breakMinutes?: number;
  /** Who worked it instead (recorded by the leader). */
  readonly assistantId?: string;
}

export function HoursSection(props: HoursSectionProps) {
  const { lang, session, rota, assistantId } = props;
  const shifts = reportableShifts(rota, assistantId, session.nowLocal());
  const reports = session.requests(assistantId)?.actuals ?? new Map<string, ActualReport>();
  const heading = props.record ? "recordHoursHeading" : "hoursHeading";
  return (
    <section class="settings-form" aria-labelledby="hours-heading">
      <h3 id="hours-heading">{t(lang, heading)}</h3>
      <p class="field-hint">{t(lang, props.record ? "recordHoursHint" : "hoursHint")}</p>
      {shifts.length === 0 ? <p>{t(lang, "noHoursToReport")}</p> : null}
      <ul class="request-list" aria-labelledby="hours-heading">
        {shifts.map((s) => (
          <ShiftReport key={s.id} {...props} shift={s} report={reports.get(s.id)} />
        ))}
      </ul>
    </section>
  );
}

function ShiftReport(
  props: HoursSectionProps & { readonly shift: Shift; readonly report: ActualReport | undefined },
) {
  const { lang, session, assistantId, shift, report } = props;
  const [editing, setEditing] = useState(false);
  const [start, setStart] = useState(shift.start.slice(11, 16));
  const [end, setEnd] = useState(shift.end.slice(11, 16));
  const [issues, setIssues] = useState<readonly Issue[]>([]);
  const when = shiftWhen(lang, shift.start, shift.end);
  const approved = approvedActual(shift);
  const worker =
    approved?.assistantId && approved.assistantId !== assistantId
      ? props.rota.assistants.find((a) => a.id === approved.assistantId)?.name
      : undefined;
  const state = approved?.approvedAt
    ? tf(lang, "approvedAs", {
        what: worker ? tf(lang, "actualWorkedBy", { name: worker }) : actualText(lang, approved),
      })
    : report
      ? tf(lang, "reportedAs", { what: actualText(lang, report) })
      : t(lang, "notReported");
  const textId = `hours-${shift.id}`;

  const [other, setOther] = useState("");
  const send = (value: ReportInput) => {
    const found = props.record
      ? session.recordActual(shift.id, value)
      : session.putRequest(assistantId, "actuals", { ...value, at: Date.now() }, shift.id);
    setIssues(found);
    if (found.length === 0) {
      setEditing(false);
      props.onAnnounce(tf(lang, "reported", { what: actualText(lang, value) }));
    } else props.onAnnounce([t(lang, "notSaved"), ...found.map((i) => i.message)].join(" "));
  };
  /** The times typed, on the shift's dates (an end before the start runs past midnight). */
  const typed = (): ReportInput => {
    const day = shift.start.slice(0, 10) as LocalDate;
    const endDay = end <= start ? addDays(day, 1) : day;
    return { status: "worked", start: `${day}T${start}`, end: `${endDay}T${end}` };
  };
  const idFor = (name: string) => `hours-${shift.id}-${name}`;

  return (
    <li>
      <p id={textId}>
        {when}: {state}
      </p>
      <div class="settings-row" role="group" aria-labelledby={textId}>
        <button
          type="button"
          onClick={() =>
            send({
              status: "worked",
              start: shift.start,
              end: shift.end,
              ...(shift.breakMinutes !== undefined ? { breakMinutes: shift.breakMinutes } : {}),
            })
          }
        >
          {t(lang, "workedAsPlanned")}
        </button>
        <button
          type="button"
          aria-expanded={editing ? "true" : "false"}
          onClick={() => setEditing(!editing)}
        >
          {t(lang, "otherTimes")}
        </button>
        <button type="button" onClick={() => send({ status: "sick" })}>
          {t(lang, "reportSick")}
        </button>
        <button type="button" onClick={() => send({ status: "child-sick" })}>
          {t(lang, "reportChildSick")}
        </button>
        {props.record ? (
          <button type="button" onClick={() => send({ status: "cancelled" })}>
            {t(lang, "recordCancelled")}
          </button>
        ) : null}
      </div>
      {props.record ? (
        <div class="settings-row">
          <SelectField
            id={idFor("other")}
            label={t(lang, "workedBy")}
            value={other}
            onValue={setOther}
            options={[
              ["", "—"],
              ...props.rota.assistants
                .filter((a) => a.id !== assistantId)
                .map((a) => [a.id as string, a.name] as const),
            ]}
            errors={issues.filter((i) => i.path === "$.actual.assistantId").map((i) => i.message)}
          />
          <button
            type="button"
            aria-describedby={textId}
            disabled={!other}
            onClick={() =>
              send({ status: "worked", start: shift.start, end: shift.end, assistantId: other })
            }
          >
            {t(lang, "recordWorkedBy")}
          </button>
        </div>
      ) : null}
      {editing ? (
        <form
          class="settings-row"
          onSubmit={(e) => {
            e.preventDefault();
            send(typed());
          }}
        >
          <TextField
            id={idFor("start")}
            label={t(lang, "hoursFrom")}
            type="time"
            value={start}
            onValue={setStart}
            errors={issues.filter((i) => i.path === "$.start").map((i) => i.message)}
          />
          <TextField
            id={idFor("end")}
            label={t(lang, "hoursTo")}
            type="time"
            value={end}
            onValue={setEnd}
            errors={issues.filter((i) => i.path === "$.end").map((i) => i.message)}
          />
          <button type="submit">{t(lang, "saveTimes")}</button>
        </form>
      ) : null}
    </li>
  );
}
