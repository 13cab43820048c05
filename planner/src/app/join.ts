/**
 * Opening an invite link (`#/join/<arrangementId>/<token>`, see planner/src/sync/link.ts): the
 * token is taken out of the address at once (history.replaceState, so it is neither in the
 * address bar nor in the history), stored on this device, and the arrangement opens.
 */
import { parseJoinHash } from "../sync/index.js";
import { acceptInvite } from "./store.js";

/** Whether the address holds an invite. */
export const isJoinHash = (hash: string): boolean => parseJoinHash(hash) !== undefined;

/**
 * Takes the invite out of the address and stores it; returns the arrangement to open, or
 * undefined (no invite, or a token that is not for that arrangement: the start screen shows).
 */
export async function takeInvite(): Promise<string | undefined> {
  const invite = parseJoinHash(location.hash);
  if (!invite) return undefined;
  const base = `${location.pathname}${location.search}`;
  history.replaceState(history.state, "", `${base}#/a/${invite.arrangementId}`);
  const ok = await acceptInvite(invite.arrangementId, invite.token).catch(() => false);
  if (!ok) history.replaceState(history.state, "", `${base}#/`);
  return ok ? invite.arrangementId : undefined;
}
