/**
 * One arrangement: toolbar, assistants, the rota grid, the violations panel and grant meter,
 * and a live region that announces new and resolved violations. All numbers come from core.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { grantUse } from "../../../core/src/grant/index.js";
import { parseShiftText, templateMap } from "../../../core/src/model/index.js";
import { RULES } from "../../../core/src/rules/index.js";
import { addDays, daysInMonth, mondayOf, type LocalDate } from "../../../core/src/time/index.js";
import { LiveRegion } from "../a11y/LiveRegion.js";
import { splitShiftTexts } from "../grid/cell-text.js";
import { RotaGrid, type CellShift, type CellWrite, type WriteAction } from "../grid/RotaGrid.js";
import { coverageOfDays } from "../grid/coverage.js";
import { outcome, planWrites, type ReadText } from "../grid/write-plan.js";
import type { Peer } from "../doc/index.js";
import { formatDayLong, t, tf, writeSummary, type Lang } from "../i18n/messages.js";
import { GrantMeter } from "../panel/GrantMeter.js";
import { ViolationsPanel } from "../panel/ViolationsPanel.js";
import { YearOverview } from "../year/YearOverview.js";
import { AssistantsForm } from "./AssistantsForm.js";
import { cellsOf, grantPeriodsKey, shiftsByDate, violationsByShift } from "./derived.js";
import { SettingsPanel } from "./SettingsPanel.js";
import { SharePanel } from "./SharePanel.js";
import { ConflictNotice, conflictText } from "./ConflictNotice.js";
import { SyncBar } from "./SyncBar.js";
import { peerChanges, usePeerCells } from "./presence.js";
import { cellKey } from "../grid/types.js";
import { cellMarks } from "../requests/derived.js";
import { RequestsPanel } from "../requests/RequestsPanel.js";
import { TimesheetPanel } from "./TimesheetPanel.js";
import { openArrangement, type AssistantData, type Session, type ShiftDraft } from "./store.js";

type View = "week" | "4weeks" | "month" | "year";

const todayLocal = (): LocalDate => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as LocalDate;
};

function visibleDays(view: View, anchor: LocalDate): LocalDate[] {
  if (view === "year") {
    const first = `${anchor.slice(0, 4)}-01-01` as LocalDate;
    const n = 337 + daysInMonth(Number(anchor.slice(0, 4)), 2);
    return Array.from({ length: n }, (_, i) => addDays(first, i));
  }
  if (view === "month") {
    const first = `${anchor.slice(0, 7)}-01` as LocalDate;
    const n = daysInMonth(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)));
    return Array.from({ length: n }, (_, i) => addDays(first, i));
  }
  const monday = mondayOf(anchor);
  return Array.from({ length: view === "week" ? 7 : 28 }, (_, i) => addDays(monday, i));
}

export function ArrangementView({ id, lang }: { readonly id: string; readonly lang: Lang }) {
  const [session, setSession] = useState<Session | undefined>();
  const [version, setVersion] = useState(0);
  const [syncVersion, setSyncVersion] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  /** Announces `message`; the same message again is changed a little, so that it is read again. */
  const say = (message: string) =>
    setAnnouncement((last) => (last === message ? `${message}\u00a0` : message));
  const [view, setView] = useState<View>("week");
  const [anchor, setAnchor] = useState<LocalDate | undefined>();
  /** A day opened from the year overview: the grid puts focus on it. */
  const [focusDate, setFocusDate] = useState<LocalDate | undefined>();
  /** Counts changes of the assistant documents (availability, wishes, swap requests). */
  const [requestsVersion, setRequestsVersion] = useState(0);
  /** What the user just did, announced together with the violations it added or removed. */
  const action = useRef("");
  /** While a batch of cell writes runs: the violation news it brought, announced after it. */
  const held = useRef<string[] | undefined>(undefined);

  useEffect(() => {
    let open: Session | undefined;
    let stop: (() => void) | undefined;
    let stopSync: (() => void) | undefined;
    let stopRequests: (() => void) | undefined;
    void openArrangement(id, lang).then((s) => {
      // presence and connection changes re-render without re-deriving the rota
      stopSync = s.subscribeSync(() => setSyncVersion((v) => v + 1));
      stopRequests = s.subscribeRequests(() => setRequestsVersion((v) => v + 1));
      open = s;
      setSession(s);
      setAnchor(s.rota()?.period?.from ?? todayLocal());
      stop = s.subscribe(({ added, removed }) => {
        setVersion((v) => v + 1);
        const news = [
          ...added.slice(0, 5).map((v) => `${t(lang, "newViolation")}: ${v.message}`),
          ...removed.slice(0, 5).map((v) => `${t(lang, "resolvedViolation")}: ${v.message}`),
        ];
        if (held.current) {
          held.current.push(...news);
          return;
        }
        const parts = [action.current, ...news].filter(Boolean);
        action.current = "";
        if (parts.length) setAnnouncement(parts.join(" "));
      });
    });
    return () => {
      stop?.();
      stopSync?.();
      stopRequests?.();
      open?.close();
    };
  }, [id, lang]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!session || (e.target as HTMLElement).tagName === "INPUT") return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === "z" && !e.shiftKey) {
        e.preventDefault();
        session.undo();
      } else if (
        mod &&
        (e.key.toLowerCase() === "y" || (e.key.toLowerCase() === "z" && e.shiftKey))
      ) {
        e.preventDefault();
        session.redo();
      }
    };
    addEventListener("keydown", onKey);
    return () => removeEventListener("keydown", onKey);
  }, [session]);

  // Derived once per document change (and view), not on every render or keystroke.
  const rota = useMemo(() => session?.rota(), [session, version]);
  const violations = session?.violations() ?? [];
  const days = useMemo(() => (anchor ? visibleDays(view, anchor) : []), [view, anchor]);
  const grantKey =
    rota?.grant && days.length
      ? grantPeriodsKey(rota.grant.per, days[0] as LocalDate, days[days.length - 1] as LocalDate)
      : "";
  const uses = useMemo(
    () =>
      session && rota && days.length
        ? grantUse(rota, session.zone(), days[0] as LocalDate, days[days.length - 1] as LocalDate)
        : [],
    // the same grant periods show the same figures: stepping inside them counts nothing again
    [rota, grantKey],
  );
  const byDate = useMemo(() => shiftsByDate(rota?.shifts ?? []), [rota]);
  const byShift = useMemo(() => violationsByShift(violations), [session, version]);
  // the year overview summarises for itself: no cells for a year of days
  const lastCells = useRef<ReadonlyMap<string, readonly CellShift[]> | undefined>(undefined);
  const cells = useMemo((): ReadonlyMap<string, readonly CellShift[]> => {
    const next =
      view === "year"
        ? new Map<string, readonly CellShift[]>()
        : cellsOf(byDate, byShift, days, lastCells.current);
    lastCells.current = next;
    return next;
  }, [byDate, byShift, days, view]);
  const marks = useMemo(() => {
    if (!session || view === "year") return undefined;
    const data = new Map<string, AssistantData>();
    for (const aid of session.requestAssistants()) {
      const d = session.requests(aid);
      if (d) data.set(aid, d);
    }
    return cellMarks(
      lang,
      days,
      data,
      (date, aid) => (cells.get(cellKey(date, aid))?.length ?? 0) > 0,
    );
  }, [session, requestsVersion, days, cells, lang, view]);
  const peerCells = usePeerCells(session, syncVersion);
  // others arriving and leaving are announced, not only drawn
  const lastPeers = useRef<readonly Peer[]>([]);
  useEffect(() => {
    const now = session?.peers() ?? [];
    const { joined, left } = peerChanges(lastPeers.current, now);
    lastPeers.current = now;
    const news = [
      joined.length ? tf(lang, "peersJoined", { names: joined.join(", ") }) : "",
      left.length ? tf(lang, "peersLeft", { names: left.join(", ") }) : "",
    ].filter(Boolean);
    if (news.length) say(news.join(" "));
  }, [syncVersion]);
  // what happened to offline edits is announced as well as shown (a status region that appears
  // with its text is not always read out)
  const conflictCount = session?.conflicts().length ?? 0;
  useEffect(() => {
    const reports = session?.conflicts() ?? [];
    if (reports.length === 0 || !rota) return;
    const names = new Map(rota.assistants.map((a) => [a.id as string, a.name]));
    say(
      [
        `${t(lang, "conflictsTitle")}:`,
        ...reports.slice(0, 3).map((r) => conflictText(lang, r, names)),
      ].join(" "),
    );
  }, [conflictCount]);
  const coverage = useMemo(
    () =>
      session && rota && view !== "year"
        ? coverageOfDays(session.zone(), rota.need, byDate, days)
        : undefined,
    [rota, byDate, days],
  );

  if (!session || !rota || !anchor) return <p>{t(lang, "loading")}</p>;

  const names = new Map(rota.assistants.map((a) => [a.id as string, a.name]));
  const summaries = new Map(RULES.map((r) => [r.id as string, r.summary[lang]]));
  const monthLength = daysInMonth(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)));
  const step =
    view === "week" ? 7 : view === "4weeks" ? 28 : view === "year" ? days.length : monthLength;

  // typing a template's short name (D) creates its shift
  const templates = templateMap(rota);
  /**
   * Saves a cell's typed text: one or more shifts (`7-11, 17-21`). The cell's shifts are edited
   * in place in order (keeping their notes and other fields), extra ones removed, new ones added;
   * all in one undo step.
   */
  const onCommit = (
    date: string,
    assistantId: string,
    text: string,
    replace: readonly CellShift[],
  ) => {
    const put: ShiftDraft[] = [];
    for (const piece of splitShiftTexts(text)) {
      const parsed = parseShiftText(piece, date as LocalDate, templates);
      if (!parsed.ok) return parsed.reason;
      const old = replace[put.length];
      put.push({
        ...old?.record,
        ...(old ? { id: old.id } : {}),
        assistantId,
        start: parsed.start,
        end: parsed.end,
        kind: parsed.kind,
        // core decides the customary break of a typed shift (see parseShiftText)
        breakMinutes: parsed.breakMinutes,
      });
    }
    action.current = t(lang, "shiftSaved");
    const remove = replace.slice(put.length).map((s) => s.id);
    const [issues = []] = session.replaceCells([{ remove, put }]);
    action.current = "";
    if (issues.length) return issues.map((i) => i.message).join("; ");
    return undefined;
  };

  const readText: ReadText = (text, date) => {
    const parsed = parseShiftText(text, date as LocalDate, templates);
    if (!parsed.ok) return parsed;
    const { start, end, kind, breakMinutes } = parsed;
    return { ok: true, shift: { start, end, kind, breakMinutes } };
  };

  /** Paste, cut, delete and fill: one Session call (one undo step), then one announcement. */
  const onWrite = (writes: readonly CellWrite[], what: WriteAction, leftOut: number) => {
    const plan = planWrites(writes, session.rota()?.shifts ?? [], readText);
    const news: string[] = [];
    held.current = news;
    let results: readonly (readonly { message: string }[])[] = [];
    try {
      if (plan.cells.length) results = session.replaceCells(plan.cells);
    } finally {
      held.current = undefined;
    }
    const done = outcome(plan, results);
    const { failures } = done;
    const summary = writeSummary(lang, what, { ...done, failed: failures.length, leftOut });
    const details = failures.slice(0, 3).map(({ index, reason }) => {
      const w = writes[index] as CellWrite;
      return `${formatDayLong(lang, w.date)}, ${names.get(w.assistantId) ?? ""}: ${reason}`;
    });
    say([summary, ...details, ...news].join(" "));
    return failures;
  };

  const download = () => {
    const blob = new Blob([session.exportText()], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `${session.name().replace(/[^\w-]+/g, "_") || "rota"}.turnus.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  return (
    <>
      <p>
        <a href="#/">{t(lang, "back")}</a>
      </p>
      <h2>{session.name()}</h2>
      <SyncBar lang={lang} session={session} assistants={rota.assistants} />
      <ConflictNotice
        lang={lang}
        reports={session.conflicts()}
        names={names}
        onDismiss={() => session.dismissConflicts()}
      />
      <div class="toolbar" role="toolbar" aria-label={t(lang, "view")}>
        <label>
          {t(lang, "view")}{" "}
          <select
            value={view}
            onChange={(e) => {
              setFocusDate(undefined); // focus stays on this control
              setView((e.target as HTMLSelectElement).value as View);
            }}
          >
            <option value="week">{t(lang, "week")}</option>
            <option value="4weeks">{t(lang, "fourWeeks")}</option>
            <option value="month">{t(lang, "month")}</option>
            <option value="year">{t(lang, "year")}</option>
          </select>
        </label>
        <button type="button" onClick={() => setAnchor(addDays(anchor, -step))}>
          {t(lang, "previous")}
        </button>
        <button type="button" onClick={() => setAnchor(todayLocal())}>
          {t(lang, "today")}
        </button>
        <button type="button" onClick={() => setAnchor(addDays(anchor, step))}>
          {t(lang, "next")}
        </button>
        <button type="button" onClick={() => session.undo()}>
          {t(lang, "undo")}
        </button>
        <button type="button" onClick={() => session.redo()}>
          {t(lang, "redo")}
        </button>
        <button
          type="button"
          onClick={() => {
            const issues = session.publish();
            setAnnouncement(
              issues.length ? issues.map((i) => i.message).join("; ") : t(lang, "published"),
            );
          }}
        >
          {t(lang, "publish")}
        </button>
        <button type="button" onClick={download}>
          {t(lang, "exportFile")}
        </button>
      </div>
      <AssistantsForm
        lang={lang}
        assistants={rota.assistants}
        onAdd={(a) => session.putAssistant(a)}
      />
      <SettingsPanel
        lang={lang}
        session={session}
        rota={rota}
        firstDay={days[0] ?? anchor}
        onAnnounce={say}
      />
      <SharePanel lang={lang} session={session} assistants={rota.assistants} onAnnounce={say} />
      <RequestsPanel
        lang={lang}
        session={session}
        rota={rota}
        today={todayLocal()}
        onAnnounce={say}
      />
      <TimesheetPanel lang={lang} session={session} rota={rota} onAnnounce={say} />
      <div class="layout">
        {view === "year" ? (
          <YearOverview
            lang={lang}
            rota={rota}
            zone={session.zone()}
            violations={violations}
            year={Number(anchor.slice(0, 4))}
            grantUses={uses}
            onOpenDay={(date) => {
              setView("week");
              setAnchor(date);
              setFocusDate(date);
            }}
          />
        ) : (
          <RotaGrid
            lang={lang}
            days={days}
            focusDate={focusDate}
            assistants={rota.assistants}
            cells={cells}
            coverage={coverage}
            onCommit={onCommit}
            onDelete={(ids) => {
              action.current = t(lang, "shiftRemoved");
              const refused = session.removeShifts(ids);
              action.current = "";
              if (refused.length) say(refused.map((i) => i.message).join(" "));
            }}
            onWrite={onWrite}
            onAnnounce={say}
            readOnly={session.readOnly() ? t(lang, "readOnlyRota") : undefined}
            peers={peerCells}
            marks={marks}
            onCursor={(date, assistantId) => session.setCursor({ date, assistantId })}
          />
        )}
        <aside>
          <GrantMeter
            lang={lang}
            uses={uses}
            rota={rota}
            zone={session.zone()}
            today={session.nowLocal().slice(0, 10) as LocalDate}
          />
          <ViolationsPanel
            lang={lang}
            violations={violations}
            names={names}
            summaries={summaries}
            checking={!session.checked()}
          />
        </aside>
      </div>
      <LiveRegion message={announcement} />
    </>
  );
}
