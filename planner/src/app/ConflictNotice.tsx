/**
 * "What happened to my offline edits": after a time offline, one line per shift, assistant or
 * setting that someone else also changed, saying what was kept (the document layer's
 * `ConflictReport`s, from `trackOfflineEdits(doc).cameBack()`). A polite status region, so it
 * is announced once; the Dismiss button (or Escape inside the notice) closes it. The parent
 * owns whether it is shown: it renders nothing for no reports.
 */
import type { ConflictReport } from "../doc/index.js";
import { formatDay, t, tf, type Lang, type TextKey } from "../i18n/messages.js";

export interface ConflictNoticeProps {
  readonly lang: Lang;
  readonly reports: readonly ConflictReport[];
  /** The assistants' names by id (the rota's), to name shifts and assistants. */
  readonly names: ReadonlyMap<string, string>;
  readonly onDismiss: () => void;
}

const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** `08:00–16:00` from a shift's local date-times. */
function timeSpan(value: Readonly<Record<string, unknown>>): string | undefined {
  const start = text(value.start);
  const end = text(value.end);
  if (!start || !end) return undefined;
  return `${start.slice(11, 16)}–${end.slice(11, 16)}`;
}

/** A stored value as people read it: a shift's day, times and assistant; a name; a setting. */
function describe(
  lang: Lang,
  kind: ConflictReport["kind"],
  value: unknown,
  names: ReadonlyMap<string, string>,
): string {
  if (value === undefined) return t(lang, "conflictRemoved");
  if (kind === "setting") {
    const s = typeof value === "string" ? value : JSON.stringify(value);
    return s.length > 80 ? `${s.slice(0, 79)}…` : s;
  }
  const v = value as Readonly<Record<string, unknown>>;
  if (kind === "assistant") return text(v.name) ?? "?";
  const start = text(v.start);
  const who = text(v.assistantId);
  const parts = [
    start && /^\d{4}-\d\d-\d\d/.test(start) ? formatDay(lang, start.slice(0, 10)) : undefined,
    timeSpan(v),
  ].filter(Boolean);
  const person = who ? (names.get(who) ?? who) : undefined;
  return [parts.join(" "), person].filter(Boolean).join(", ") || "?";
}

/** What the report is about: "Shift man. 2. mar.", "Assistant Anna", "Setting grant". */
function subject(lang: Lang, r: ConflictReport, names: ReadonlyMap<string, string>): string {
  if (r.kind === "setting") return tf(lang, "conflictSetting", { name: r.id });
  if (r.kind === "assistant") {
    const name = text(r.now?.name) ?? text(r.yours?.name) ?? text(r.theirs?.name);
    return tf(lang, "conflictAssistant", { name: name ?? names.get(r.id) ?? r.id });
  }
  const start = text(r.now?.start) ?? text(r.yours?.start) ?? text(r.theirs?.start);
  const when = start && /^\d{4}-\d\d-\d\d/.test(start) ? formatDay(lang, start.slice(0, 10)) : r.id;
  return tf(lang, "conflictShift", { when });
}

const SENTENCE: Readonly<Record<ConflictReport["outcome"], TextKey>> = {
  "yours-kept": "conflictYoursKept",
  "theirs-kept": "conflictTheirsKept",
  "you-removed": "conflictYouRemoved",
  "removed-by-them": "conflictRemovedByThem",
  "changed-again": "conflictChangedAgain",
};

/** One report as a sentence in `lang`. */
export function conflictText(
  lang: Lang,
  r: ConflictReport,
  names: ReadonlyMap<string, string>,
): string {
  return tf(lang, SENTENCE[r.outcome], {
    what: subject(lang, r, names),
    yours: describe(lang, r.kind, r.yours, names),
    theirs: describe(lang, r.kind, r.theirs, names),
    now: describe(lang, r.kind, r.now, names),
  });
}

export function ConflictNotice({ lang, reports, names, onDismiss }: ConflictNoticeProps) {
  if (reports.length === 0) return null;
  return (
    <section
      class="conflict-notice"
      role="status"
      aria-labelledby="conflict-notice-heading"
      onKeyDown={(e) => {
        if (e.key === "Escape") onDismiss();
      }}
    >
      <h2 id="conflict-notice-heading">{t(lang, "conflictsTitle")}</h2>
      <ul>
        {reports.map((r) => (
          <li key={`${r.kind}:${r.id}`}>{conflictText(lang, r, names)}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t(lang, "dismissNotice")}
      </button>
    </section>
  );
}
