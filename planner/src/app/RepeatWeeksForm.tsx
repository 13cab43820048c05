/**
 * "Repeat weeks 1–N until a date": from (a Monday), the number of weeks, until. Preview says
 * how many shifts would be copied, replaced and skipped; Repeat does it in one undo step and
 * says what it did. Both are announced in the live region.
 */
import { useRef, useState } from "preact/hooks";
import { formatDayLong, t, tf, type Lang } from "../i18n/messages.js";
import {
  FormProblems,
  TextField,
  fieldId,
  messagesAt,
  unclaimed,
  useSaveResult,
} from "./fields.js";
import type { RepeatPreview, RepeatResult, RepeatSkip, RepeatWeeksInput } from "./store.js";

const FORM = "repeat";
const id = (path: string) => fieldId(FORM, path);

export interface RepeatWeeksFormProps {
  readonly lang: Lang;
  /** The Monday suggested as the first week. */
  readonly from: string;
  /** The day suggested as the last (e.g. the period's end). */
  readonly until: string;
  readonly onPreview: (input: RepeatWeeksInput) => RepeatPreview;
  readonly onRepeat: (input: RepeatWeeksInput) => RepeatResult;
  readonly announce: (run: () => string) => void;
}

export function RepeatWeeksForm(p: RepeatWeeksFormProps) {
  const { lang } = p;
  const [from, setFrom] = useState(p.from);
  const [weeks, setWeeks] = useState("1");
  const [until, setUntil] = useState(p.until);
  const [summary, setSummary] = useState("");
  const [skipped, setSkipped] = useState<readonly RepeatSkip[]>([]);
  const form = useRef<HTMLFormElement | null>(null);
  const { issues, settle } = useSaveResult(form, lang);

  const input = (): RepeatWeeksInput => ({
    from,
    weeks: weeks.trim() === "" ? Number.NaN : Number(weeks.trim()),
    until,
  });

  const run = (what: "preview" | "repeat") => {
    p.announce(() => {
      const r = what === "preview" ? p.onPreview(input()) : p.onRepeat(input());
      if (!r.ok) {
        setSummary("");
        setSkipped([]);
        return settle(r.issues);
      }
      settle([]);
      const counts = { copied: r.copied, replaced: r.replaced, skipped: r.skipped.length };
      const text = tf(lang, what === "preview" ? "repeatPreview" : "repeatDone", counts);
      setSummary(text);
      setSkipped(r.skipped);
      return text;
    });
  };

  return (
    <form
      ref={form}
      class="settings-form"
      aria-labelledby={`${FORM}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        run("repeat");
      }}
    >
      <h3 id={`${FORM}-heading`}>{t(lang, "repeat")}</h3>
      <p id={`${FORM}-help`}>{t(lang, "repeatHelp")}</p>
      <div class="settings-row">
        <TextField
          id={id("$.from")}
          type="date"
          label={t(lang, "repeatFrom")}
          value={from}
          onValue={setFrom}
          errors={messagesAt(issues, "$.from")}
        />
        <TextField
          id={id("$.weeks")}
          label={t(lang, "repeatWeeks")}
          inputMode="numeric"
          size={3}
          value={weeks}
          onValue={setWeeks}
          errors={messagesAt(issues, "$.weeks")}
        />
        <TextField
          id={id("$.until")}
          type="date"
          label={t(lang, "repeatUntil")}
          value={until}
          onValue={setUntil}
          errors={messagesAt(issues, "$.until")}
        />
      </div>
      <FormProblems issues={unclaimed(issues, ["$.from", "$.weeks", "$.until"])} />
      <div class="settings-row">
        <button type="button" onClick={() => run("preview")}>
          {t(lang, "preview")}
        </button>
        <button type="submit">{t(lang, "repeatButton")}</button>
      </div>
      {summary ? (
        <p class="repeat-summary" id={`${FORM}-summary`}>
          {summary}
        </p>
      ) : null}
      {skipped.length ? (
        <ul class="repeat-skipped" aria-label={t(lang, "skipped")}>
          {skipped.slice(0, 20).map((s) => (
            <li key={`${s.sourceId}|${s.start}`}>
              {formatDayLong(lang, s.start.slice(0, 10))} {s.start.slice(11, 16)}: {s.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
