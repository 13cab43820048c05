/**
 * One assistant's shifts for their calendar app: download them as an iCalendar file (works
 * offline), and, when the arrangement is shared through the server, a subscription address
 * (webcal:// and https://, with copy buttons) that follows the rota, with the feeds made so far
 * and a revoke button each. Shown in the requests panel for the assistant whose entries it shows:
 * an assistant sees their own, the work leader picks the assistant there.
 */
import { useEffect, useState } from "preact/hooks";
import type { RotaFile } from "../../../core/src/model/index.js";
import type { Session } from "../app/store.js";
import { formatDayLong, t, tf, type Lang } from "../i18n/messages.js";
import {
  feedApi,
  feedUrls,
  icsFileName,
  routeArrangementId,
  shareToken,
  type FeedInfo,
} from "./feeds.js";

export interface CalendarExportProps {
  readonly lang: Lang;
  readonly session: Session;
  readonly rota: RotaFile;
  readonly assistantId: string;
  /** Whether the shifts are this device's own (an assistant's link). */
  readonly mine: boolean;
  readonly onAnnounce: (message: string) => void;
}

/** Saves `text` as a file named `name` (the browser's download). */
function save(text: string, name: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type: "text/calendar" }));
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

export function CalendarExport(props: CalendarExportProps) {
  const { lang, session, rota, assistantId, mine, onAnnounce } = props;
  // part of every event's UID; an open arrangement's address always names it
  const arrangementId = routeArrangementId(location.hash) ?? "local";
  const name = rota.assistants.find((a) => a.id === assistantId)?.name ?? assistantId;

  const download = async () => {
    // ical-generator is loaded when asked for (the chunk is precached for offline use)
    const { shiftsToICal } = await import("./ical.js");
    const file = icsFileName(name);
    const made = shiftsToICal({
      rota,
      arrangementId,
      assistantId,
      name: `${session.name()}: ${name}`,
      lang,
      now: Date.now(),
    });
    save(made.text, file);
    const left = made.issues.map((i) => i.message).join("; ");
    onAnnounce(
      tf(lang, "calendarExported", { n: made.events, file }) +
        (left ? ` ${tf(lang, "calendarLeftOut", { list: left })}` : ""),
    );
  };

  return (
    <section class="calendar" aria-labelledby={`calendar-heading-${assistantId}`}>
      <h3 id={`calendar-heading-${assistantId}`}>{t(lang, "calendarHeading")}</h3>
      <p>
        <button
          type="button"
          onClick={() =>
            void download().catch((e: unknown) =>
              onAnnounce(tf(lang, "calendarFailed", { reason: String(e) })),
            )
          }
        >
          {mine ? t(lang, "calendarExportMine") : tf(lang, "calendarExportFor", { name })}
        </button>
      </p>
      <FeedSection {...props} arrangementId={arrangementId} name={name} />
    </section>
  );
}

/** The subscription part: needs the server, so it is offered only when the rota is shared. */
function FeedSection(props: CalendarExportProps & { arrangementId: string; name: string }) {
  const { lang, session, assistantId, arrangementId, name, onAnnounce } = props;
  const [token, setToken] = useState<string | undefined>(undefined);
  const [feeds, setFeeds] = useState<readonly FeedInfo[]>([]);
  const [made, setMade] = useState<{ webcal: string; https: string } | undefined>(undefined);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const api = feedApi(location.origin);

  // the token comes from this device's share of the arrangement, once it is shared
  const [shared, setShared] = useState(session.role() !== undefined);
  useEffect(() => session.subscribeSync(() => setShared(session.role() !== undefined)), [session]);
  useEffect(() => {
    let current = true;
    if (shared) void shareToken(arrangementId).then((found) => current && setToken(found));
    return () => {
      current = false;
    };
  }, [shared, arrangementId]);

  const refresh = async (using: string) => {
    const all = await api.list(arrangementId, using);
    setFeeds(all.filter((f) => f.assistantId === assistantId && !f.revoked));
  };
  useEffect(() => {
    setMade(undefined);
    if (token) void refresh(token).catch(() => undefined);
  }, [token, assistantId]);

  if (!token) return <p>{t(lang, "calendarNeedsServer")}</p>;

  /** Runs a server call; a failure is shown at the section and announced. */
  const run = async (call: () => Promise<string>) => {
    setBusy(true);
    setError("");
    try {
      onAnnounce(await call());
    } catch (e) {
      const reason = tf(lang, "calendarFailed", {
        reason: e instanceof Error ? e.message : String(e),
      });
      setError(reason);
      onAnnounce(reason);
    } finally {
      setBusy(false);
    }
  };
  const copy = (text: string) =>
    void navigator.clipboard
      .writeText(text)
      .then(() => onAnnounce(t(lang, "calendarCopied")))
      .catch(() => onAnnounce(t(lang, "clipboardFailed")));

  return (
    <div class="calendar-feeds">
      <h4>{t(lang, "calendarSubscribe")}</h4>
      <p>{tf(lang, "calendarSubscribeHelp", { name })}</p>
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            const feed = await api.make(arrangementId, token, assistantId);
            setMade(feedUrls(location.origin, feed.path, lang));
            await refresh(token);
            return t(lang, "calendarFeedMade");
          })
        }
      >
        {t(lang, "calendarMakeFeed")}
      </button>
      {error ? (
        <p class="share-error" role="alert">
          {error}
        </p>
      ) : null}
      {made
        ? (["webcal", "https"] as const).map((kind) => (
            <div class="share-row" key={kind}>
              <label class="field share-link">
                {t(lang, kind === "webcal" ? "calendarFeedWebcal" : "calendarFeedHttps")}
                <input readOnly value={made[kind]} onFocus={(e) => e.currentTarget.select()} />
              </label>
              <button
                type="button"
                aria-label={`${t(lang, "calendarCopy")}: ${t(lang, kind === "webcal" ? "calendarFeedWebcal" : "calendarFeedHttps")}`}
                onClick={() => copy(made[kind])}
              >
                {t(lang, "calendarCopy")}
              </button>
            </div>
          ))
        : null}
      {feeds.length ? (
        <ul class="invites" aria-label={t(lang, "calendarFeeds")}>
          {feeds.map((f) => {
            const label = tf(lang, "calendarFeedItem", {
              date: formatDayLong(lang, new Date(f.issuedAt).toISOString().slice(0, 10)),
            });
            return (
              <li key={f.id}>
                <span>{label}</span>{" "}
                <button
                  type="button"
                  aria-label={`${t(lang, "calendarRevoke")}: ${label}`}
                  disabled={busy}
                  onClick={() =>
                    void run(async () => {
                      await api.revoke(f.id, token);
                      setMade(undefined);
                      await refresh(token);
                      return t(lang, "calendarRevoked");
                    })
                  }
                >
                  {t(lang, "calendarRevoke")}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
