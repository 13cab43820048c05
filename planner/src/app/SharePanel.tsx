/**
 * Sharing behind a disclosure button (like the settings): start sharing (this device becomes
 * the work leader on the sync server), the name others see, invite links for a co-leader, an
 * assistant (picked from the list) or a viewer, with a copy button, and the invites with a
 * revoke button each. Results are announced through the view's live region.
 */
import { useEffect, useState } from "preact/hooks";
import { formatDayLong, t, tf, type Lang } from "../i18n/messages.js";
import { ShareError, mayInvite, type InviteInfo, type Role, type Session } from "./store.js";
import "./share.css";

export interface SharePanelProps {
  readonly lang: Lang;
  readonly session: Session;
  readonly assistants: readonly { readonly id: string; readonly name: string }[];
  /** Puts a message in the live region. */
  readonly onAnnounce: (message: string) => void;
}

const INVITABLE: readonly Role[] = ["co-leader", "assistant", "viewer"];

export const roleName = (lang: Lang, role: Role): string => t(lang, `role_${role}`);

export function SharePanel({ lang, session, assistants, onAnnounce }: SharePanelProps) {
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState(session.role());
  const [inviteRole, setInviteRole] = useState<Role>("co-leader");
  const [assistantId, setAssistantId] = useState(assistants[0]?.id ?? "");
  const [link, setLink] = useState("");
  const [invites, setInvites] = useState<readonly InviteInfo[]>([]);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState(session.presenceName());

  const canInvite = role !== undefined && mayInvite(role, "viewer");
  const roles = role ? INVITABLE.filter((r) => mayInvite(role, r)) : [];
  const names = new Map(assistants.map((a) => [a.id, a.name]));

  useEffect(() => session.subscribeSync(() => setRole(session.role())), [session]);

  const refresh = async () => {
    if (canInvite) setInvites(await session.invites());
  };
  useEffect(() => {
    if (open) void refresh().catch(() => undefined);
  }, [open, canInvite]);

  /** Runs a server call, announcing its failure (or `done`'s message). */
  const run = async (call: () => Promise<string | undefined>) => {
    setBusy(true);
    setError("");
    try {
      const message = await call();
      if (message) onAnnounce(message);
    } catch (e) {
      const reason =
        e instanceof ShareError && e.status === 409
          ? t(lang, "shareTaken")
          : tf(lang, "shareFailed", { reason: e instanceof Error ? e.message : String(e) });
      setError(reason);
      onAnnounce(reason);
    } finally {
      setBusy(false);
    }
  };

  const chosenAssistant = assistants.some((a) => a.id === assistantId)
    ? assistantId
    : (assistants[0]?.id ?? "");
  const describe = (i: InviteInfo) => {
    const who =
      i.role === "assistant" && i.assistantId
        ? `${roleName(lang, i.role)}: ${names.get(i.assistantId) ?? i.assistantId}`
        : roleName(lang, i.role);
    const when = i.issuedAt
      ? `, ${formatDayLong(lang, new Date(i.issuedAt).toISOString().slice(0, 10))}`
      : "";
    return `${who}${when}${i.revoked ? ` (${t(lang, "revokedInvite")})` : ""}`;
  };

  return (
    <section class="share" aria-labelledby="share-heading">
      <h2 id="share-heading">
        <button
          type="button"
          class="disclosure"
          aria-expanded={open ? "true" : "false"}
          aria-controls="share-body"
          onClick={() => setOpen(!open)}
        >
          {t(lang, "share")}
        </button>
      </h2>
      <div id="share-body" hidden={!open}>
        {open ? (
          <>
            {role ? (
              <p>{tf(lang, "youAre", { role: roleName(lang, role) })}</p>
            ) : (
              <div class="share-row">
                <p>{t(lang, "notShared")}</p>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    void run(async () => {
                      await session.share();
                      setRole(session.role());
                      return t(lang, "shareStarted");
                    })
                  }
                >
                  {t(lang, "shareStart")}
                </button>
              </div>
            )}
            {error ? (
              <p class="share-error" role="alert">
                {error}
              </p>
            ) : null}
            {role ? (
              <form
                class="share-row"
                onSubmit={(e) => {
                  e.preventDefault();
                  session.setPresenceName(name);
                }}
              >
                <label class="field">
                  {t(lang, "yourName")}
                  <input
                    value={name}
                    autocomplete="name"
                    onInput={(e) => setName((e.target as HTMLInputElement).value)}
                    onBlur={() => session.setPresenceName(name)}
                  />
                </label>
                <button type="submit">{t(lang, "save")}</button>
              </form>
            ) : null}
            {canInvite ? (
              <>
                <form
                  class="share-row"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void run(async () => {
                      const made = await session.invite(
                        inviteRole,
                        inviteRole === "assistant" ? chosenAssistant : undefined,
                      );
                      setLink(made);
                      await refresh();
                      return t(lang, "linkMade");
                    });
                  }}
                >
                  <label class="field">
                    {t(lang, "inviteAs")}
                    <select
                      value={inviteRole}
                      onChange={(e) => setInviteRole((e.target as HTMLSelectElement).value as Role)}
                    >
                      {roles.map((r) => (
                        <option key={r} value={r}>
                          {roleName(lang, r)}
                        </option>
                      ))}
                    </select>
                  </label>
                  {inviteRole === "assistant" ? (
                    <label class="field">
                      {t(lang, "whichAssistant")}
                      <select
                        value={chosenAssistant}
                        onChange={(e) => setAssistantId((e.target as HTMLSelectElement).value)}
                      >
                        {assistants.map((a) => (
                          <option key={a.id} value={a.id}>
                            {a.name}
                          </option>
                        ))}
                      </select>
                    </label>
                  ) : null}
                  <button
                    type="submit"
                    disabled={busy || (inviteRole === "assistant" && !chosenAssistant)}
                  >
                    {t(lang, "makeLink")}
                  </button>
                </form>
                {link ? (
                  <div class="share-row">
                    <label class="field share-link">
                      {t(lang, "inviteLink")}
                      <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
                    </label>
                    <button
                      type="button"
                      onClick={() =>
                        void navigator.clipboard
                          .writeText(link)
                          .then(() => onAnnounce(t(lang, "linkCopied")))
                          .catch(() => onAnnounce(t(lang, "clipboardFailed")))
                      }
                    >
                      {t(lang, "copyLink")}
                    </button>
                  </div>
                ) : null}
                <h3>{t(lang, "invites")}</h3>
                {invites.length ? (
                  <ul class="invites">
                    {invites.map((i) => (
                      <li key={i.id}>
                        <span>{describe(i)}</span>{" "}
                        {i.revoked ? null : (
                          <button
                            type="button"
                            aria-label={`${t(lang, "revoke")}: ${describe(i)}`}
                            disabled={busy}
                            onClick={() =>
                              void run(async () => {
                                await session.revoke(i.id);
                                await refresh();
                                return t(lang, "inviteRevoked");
                              })
                            }
                          >
                            {t(lang, "revoke")}
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t(lang, "noInvites")}</p>
                )}
              </>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
