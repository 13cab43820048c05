/**
 * Invite links. A link is `<planner address>#/join/<arrangementId>/<token>`: the token travels
 * in the fragment, which browsers never send to a server (nor in a Referer). The planner reads
 * it once, stores the token on the device and replaces the address with `#/a/<arrangementId>`,
 * so that it is not left in the address bar, the history or a bookmark.
 */
import { IdSchema, TokenClaimsSchema, type TokenClaims } from "../../../core/src/protocol/index.js";

const JOIN = /^#\/join\/([A-Za-z0-9_-]{1,64})\/([A-Za-z0-9_.-]{10,4096})$/;

/** The invite link for a token, on the planner served at `base` (its address without a hash). */
export function inviteLink(base: string, arrangementId: string, token: string): string {
  return `${base.split("#")[0] ?? base}#/join/${arrangementId}/${token}`;
}

/** An invite read from an address's hash: the arrangement and the token (undefined if none). */
export function parseJoinHash(
  hash: string,
): { readonly arrangementId: string; readonly token: string } | undefined {
  const m = JOIN.exec(hash);
  if (!m?.[1] || !m[2] || !IdSchema.safeParse(m[1]).success) return undefined;
  return { arrangementId: m[1], token: m[2] };
}

/**
 * What a token says about itself (its first part is base64url JSON claims; the server checks the
 * signature, the planner only reads the role to show it). Undefined when it cannot be read.
 */
export function readClaims(token: string): TokenClaims | undefined {
  const [body] = token.split(".");
  if (!body) return undefined;
  try {
    const base64 = body.replace(/-/g, "+").replace(/_/g, "/");
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const parsed = TokenClaimsSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
