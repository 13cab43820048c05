/**
 * A shared arrangement's connection and who else is here, in words (colour only repeats them).
 * The connection sits in its own polite status region, so that going offline and back is
 * announced ("Offline — changes are kept on this device", "Synced"); the count of changes not
 * yet sent and the others' positions are plain text beside it, not announced on every change.
 */
import { useEffect, useState } from "preact/hooks";
import { formatDayLong, t, tn, type Lang } from "../i18n/messages.js";
import type { Peer, Session, SyncStatus } from "./store.js";

export interface SyncBarProps {
  readonly lang: Lang;
  readonly session: Session;
  readonly assistants: readonly { readonly id: string; readonly name: string }[];
}

const connectionText = (lang: Lang, s: SyncStatus): string =>
  s.connection === "offline"
    ? t(lang, "connOffline")
    : s.connection === "connecting"
      ? t(lang, "connConnecting")
      : s.connection === "denied"
        ? t(lang, "connDenied")
        : t(lang, "connSynced");

export function SyncBar({ lang, session, assistants }: SyncBarProps) {
  const [status, setStatus] = useState(session.syncStatus());
  const [peers, setPeers] = useState<readonly Peer[]>(session.peers());
  useEffect(
    () =>
      session.subscribeSync(() => {
        setStatus(session.syncStatus());
        setPeers(session.peers());
      }),
    [session],
  );
  if (!status) return null;
  const names = new Map(assistants.map((a) => [a.id, a.name]));
  const where = (p: Peer) =>
    p.cell
      ? ` (${formatDayLong(lang, p.cell.date)}, ${names.get(p.cell.assistantId) ?? p.cell.assistantId})`
      : "";
  const pending = status.connection !== "synced" && status.unsynced > 0 && !session.readOnly();
  return (
    <div
      class={`sync-bar sync-${status.connection}`}
      data-connection={status.connection}
      data-unsynced={status.unsynced}
    >
      <p>
        <span class="sync-label">{t(lang, "connection")}: </span>
        <span role="status" class="sync-state">
          {connectionText(lang, status)}
        </span>
        {pending ? <span> ({tn(lang, "unsyncedChanges", status.unsynced)})</span> : null}
      </p>
      {session.readOnly() ? <p class="sync-readonly">{t(lang, "readOnlyRota")}</p> : null}
      <div class="presence">
        <span id="presence-heading">{t(lang, "alsoHere")}: </span>
        {peers.length ? (
          <ul aria-labelledby="presence-heading">
            {peers.map((p) => (
              <li key={p.clientId}>
                <span class="peer-swatch" style={{ background: p.color }} aria-hidden="true" />
                {p.name}
                {where(p)}
              </li>
            ))}
          </ul>
        ) : (
          <span>{t(lang, "nobodyElse")}</span>
        )}
      </div>
    </div>
  );
}
