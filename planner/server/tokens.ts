/**
 * Invite and calendar feed tokens: `base64url(JSON claims).base64url(HMAC-SHA256(secret, first
 * part))`. The claims are core's `TokenClaims` (a feed token's have `scope: "calendar"`); whether a
 * token is still valid (not revoked) is the store's business.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { TokenClaimsSchema, type TokenClaims } from "../../core/src/protocol/index.js";

/** Longer strings are not tokens (claims are ~200 bytes). */
const MAX_TOKEN_LENGTH = 2048;

/**
 * The signing secret of a data directory: read from `secret`, or created once (32 random bytes,
 * file mode 0600). Losing it invalidates every token; keep it with the database.
 */
export function loadSecret(dataDir: string): Buffer {
  const file = path.join(dataDir, "secret");
  try {
    writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = Buffer.from(readFileSync(file, "utf8").trim(), "base64url");
  if (secret.length < 16) throw new Error(`${file} holds no usable secret (too short)`);
  return secret;
}

/** A fresh token id (128 random bits). */
export const newTokenId = (): string => randomBytes(16).toString("base64url");

/**
 * A fresh calendar feed token id: `feed-` and 128 random bits. Feed tokens share the tokens table
 * with invite tokens; their ids are longer than invite ids (22 characters), so the two never mix.
 */
export const newFeedId = (): string => `feed-${newTokenId()}`;

/** Whether a token id is a calendar feed's (see {@link newFeedId}). */
export const isFeedId = (id: string): boolean => /^feed-[A-Za-z0-9_-]{22}$/.test(id);

const mac = (secret: Buffer, payload: string): Buffer =>
  createHmac("sha256", secret).update(payload).digest();

/** Signs claims into a token string. */
export function signToken(secret: Buffer, claims: TokenClaims): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${payload}.${mac(secret, payload).toString("base64url")}`;
}

/** The claims of a well-formed token with a valid signature; undefined for anything else. */
export function verifyToken(secret: Buffer, token: unknown): TokenClaims | undefined {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return undefined;
  const parts = token.split(".");
  const [payload, signature] = parts;
  if (parts.length !== 2 || !payload || !signature) return undefined;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const parsed = TokenClaimsSchema.safeParse(
      JSON.parse(Buffer.from(payload, "base64url").toString("utf8")),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
