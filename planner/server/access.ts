/**
 * Who a token speaks for: a valid signature, well-formed claims, and a stored token that was not
 * revoked and opens the arrangement its claims name. The HTTP API and /sync both ask here.
 */
import type { TokenClaims } from "../../core/src/protocol/index.js";
import type { Store } from "./store.js";
import { verifyToken } from "./tokens.js";

export type Authentication =
  | { readonly ok: true; readonly claims: TokenClaims }
  | { readonly ok: false; readonly reason: string };

/** Checks a token string against the signature and the store. */
export async function authenticate(
  store: Store,
  secret: Buffer,
  token: unknown,
): Promise<Authentication> {
  const claims = verifyToken(secret, token);
  if (!claims) return { ok: false, reason: "the token is malformed or not signed by this server" };
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
