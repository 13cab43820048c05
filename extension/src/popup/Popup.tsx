/**
 * The popup: what is waiting (assistant, month, rows), Fill in the form on this page, the
 * outcome (counts, then each field to look at), Undo, Teach Turnus this form, the form profiles,
 * and Forget the month. Outcomes are announced in a polite status; after a fill that wrote
 * something the month is forgotten (it was only needed for this).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { ExtensionMessage, ExtensionResponse } from "../../../core/src/protocol/index.js";
import type { Timesheet } from "../../../core/src/timesheet/index.js";
import type { FrameReport } from "../content/api.js";
import { fieldTexts } from "../field-texts.js";
import type { FieldKind } from "../fill/index.js";
import { currentLocale, translator } from "../lang.js";
import { waitingTimesheet } from "../storage.js";
import { allowOrigin, canUndoTab, fillTab, originOf, targetTab, teachTab, undoTab } from "./tab.js";
import { popupTexts } from "./texts.js";

const t = translator(popupTexts);
const fieldName = translator(fieldTexts);

/** A fill's outcome as the popup shows it. */
interface Outcome {
  frames: FrameReport[];
  unreached: string[];
  rows: Timesheet["rows"];
}

const forget = async (): Promise<ExtensionResponse> => {
  const message: ExtensionMessage = { type: "clear", version: 1 };
  return chrome.runtime.sendMessage<ExtensionMessage, ExtensionResponse>(message);
};

/** What to look at after a fill: fields the page changed and fields not filled. */
function Problems({ outcome }: { outcome: Outcome }) {
  const dateOf = (row: number) => outcome.rows[row]?.date ?? "";
  const field = (f: FieldKind | "row") => (f === "row" ? t("row") : fieldName(f));
  const items = outcome.frames.flatMap((f) => [
    ...f.changed.map((c) =>
      t("changedItem", {
        date: dateOf(c.row),
        field: field(c.field),
        written: c.written,
        read: c.read,
      }),
    ),
    ...f.failed.map((x) =>
      t("failedItem", { date: dateOf(x.row), field: field(x.field), reason: x.reason }),
    ),
  ]);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="problems">
      <h2 id="problems">{t("problems")}</h2>
      <ul>
        {items.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </section>
  );
}

export function Popup() {
  const locale = currentLocale();
  const [sheet, setSheet] = useState<Timesheet | undefined | null>(null); // null: still reading
  const [tab, setTab] = useState<number | undefined>();
  const [status, setStatus] = useState("");
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [undoable, setUndoable] = useState(false);
  const [busy, setBusy] = useState(false);
  const [page, setPage] = useState<string | undefined>();
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void waitingTimesheet().then(setSheet);
    void targetTab().then(async (id) => {
      setTab(id);
      if (id === undefined) return;
      setPage(await originOf(id).catch(() => undefined));
      setUndoable(await canUndoTab(id).catch(() => false));
    });
  }, []);

  // An action can remove the button that had focus (Fill, Undo, Forget): focus the outcome then.
  useEffect(() => {
    const active = document.activeElement;
    if (status !== "" && (active === null || active === document.body)) statusRef.current?.focus();
  }, [status, busy]);

  /** Runs `work`, turning a failure (a page the extension may not touch) into a status. */
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setStatus(`${t("noTab")} (${e instanceof Error ? e.message : String(e)})`);
    } finally {
      setBusy(false);
    }
  };

  const fill = () =>
    attempt(async () => {
      if (tab === undefined || !sheet) return;
      setStatus(t("filling"));
      const { frames, unreached } = await fillTab(tab, sheet.rows, locale);
      const forms = frames.filter((f) => f.form);
      setOutcome({ frames: forms, unreached, rows: sheet.rows });
      if (forms.length === 0) {
        setStatus(unreached.length > 0 ? t("unreached", { origin: unreached[0]! }) : t("noForm"));
        return;
      }
      const sum = (pick: (f: FrameReport) => number) => forms.reduce((a, f) => a + pick(f), 0);
      const filled = sum((f) => f.filled);
      const profiles = [...new Set(forms.flatMap((f) => (f.profile ? [f.profile] : [])))];
      const parts = [
        ...profiles.map((name) => t("usedProfile", { name })),
        t("result", {
          filled,
          changed: sum((f) => f.changed.length),
          failed: sum((f) => f.failed.length),
        }),
      ];
      const added = sum((f) => f.rowsAdded);
      if (added > 0) parts.push(t("rowsAdded", { count: added }));
      parts.push(t("checkAndSubmit"));
      const wrote = filled + sum((f) => f.changed.length);
      if (unreached.length > 0) parts.push(t("keptForFrames"));
      else if (wrote > 0 && (await forget()).ok) {
        setSheet(undefined);
        parts.push(t("cleared"));
      }
      setUndoable(wrote > 0);
      setStatus(parts.join(" "));
    });

  const allow = (origin: string) =>
    attempt(async () => {
      if (await allowOrigin(origin)) await fill();
      else setStatus(t("notAllowed"));
    });

  const undo = () =>
    attempt(async () => {
      if (tab === undefined) return;
      const count = await undoTab(tab);
      setUndoable(false);
      setOutcome(undefined);
      setStatus(t("undone", { count }));
    });

  const teach = () =>
    attempt(async () => {
      if (tab === undefined) return;
      if (!(await teachTab(tab, locale))) {
        setStatus(t("noFields"));
        return;
      }
      setStatus(t("teaching"));
      // In the toolbar popup, close so the person can work in the page's teach panel.
      if (!new URLSearchParams(location.search).has("tab")) window.close();
    });

  const clear = () =>
    attempt(async () => {
      const r = await forget();
      if (r.ok) {
        setSheet(undefined);
        setStatus(t("clearedNow"));
      } else setStatus(r.error);
    });

  return (
    <>
      <h1>Turnus</h1>
      {sheet === null ? null : sheet === undefined ? (
        <p key="nothing">{t("nothing")}</p>
      ) : (
        <section key="waiting" aria-labelledby="waiting">
          <h2 id="waiting">{t("waiting")}</h2>
          <dl>
            <dt>{t("assistant")}</dt>
            <dd>{sheet.assistantName || sheet.assistantId}</dd>
            <dt>{t("month")}</dt>
            <dd>{sheet.month}</dd>
            <dt>{t("rows")}</dt>
            <dd>{sheet.rows.length}</dd>
            <dt>{t("hours")}</dt>
            <dd>{sheet.totals.hours.toLocaleString(locale === "nb" ? "nb-NO" : locale)}</dd>
            {page ? (
              <>
                <dt>{t("formPage")}</dt>
                <dd>{page}</dd>
              </>
            ) : null}
          </dl>
          <button type="button" disabled={busy || tab === undefined} onClick={() => void fill()}>
            {t("fill")}
          </button>
        </section>
      )}
      {/* Keyed: the live region must stay the same element, or its news is not announced. */}
      <p key="status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {outcome ? <Problems outcome={outcome} /> : null}
      {outcome?.unreached.map((origin) => (
        <p key={origin}>
          {t("unreached", { origin })}{" "}
          <button type="button" disabled={busy} onClick={() => void allow(origin)}>
            {t("allow", { origin })}
          </button>
        </p>
      ))}
      <div class="actions">
        {undoable ? (
          <button type="button" disabled={busy} onClick={() => void undo()}>
            {t("undo")}
          </button>
        ) : null}
        <button type="button" disabled={busy || tab === undefined} onClick={() => void teach()}>
          {t("teach")}
        </button>
        <button type="button" onClick={() => void chrome.runtime.openOptionsPage()}>
          {t("profiles")}
        </button>
        {sheet ? (
          <button type="button" disabled={busy} onClick={() => void clear()}>
            {t("clear")}
          </button>
        ) : null}
      </div>
    </>
  );
}
