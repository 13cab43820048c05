/**
 * Who a token speaks for: a valid signature, well-formed claims, and a stored token that was not
 * revoked and opens the arrangement its claims name. The HTTP API and /sync both ask here.
 */
import type { TokenClaims } from "../../core/src/protocol/index.js";
import type { Store } from "./store.js";
import { isFeedId, verifyToken } from "./tokens.js";

export type Authentication =
  | { readonly ok: true; readonly claims: TokenClaims }
  | { readonly ok: false; readonly reason: string };

/** What a token is for: an invite (documents and the API) or a calendar feed (that feed only). */
export type TokenUse = "invite" | "calendar";

/**
 * Checks a token string against the signature and the store, for `use`: an invite token is refused
 * where a feed token is asked for and the other way round, so a calendar URL never opens /sync or
 * the API, and an invite token never serves as a feed URL.
 */
export async function authenticate(
  store: Store,
  secret: Buffer,
  token: unknown,
  use: TokenUse = "invite",
): Promise<Authentication> {
  const claims = verifyToken(secret, token);
  if (!claims) return { ok: false, reason: "the token is malformed or not signed by this server" };
  const calendar = claims.scope === "calendar";
  if (calendar !== isFeedId(claims.id)) {
    return { ok: false, reason: "the token is malformed or not signed by this server" };
  }
  if (calendar !== (use === "calendar")) {
    return {
      ok: false,
      reason: calendar
        ? "a calendar feed token only reads its calendar feed"
        : "not a calendar feed token",
    };
  }
  const stored = await store.getToken(claims.id);
  if (
    !stored ||
    stored.arrangement !== claims.arrangement ||
    stored.role !== claims.role ||
    stored.assistantId !== claims.assistantId
  ) {
    return { ok: false, reason: "the token is unknown to this server" };
  }
  if (stored.revokedAt !== undefined) return { ok: false, reason: "the token was revoked" };
  return { ok: true, claims };
}
