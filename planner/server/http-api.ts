/**
 * The JSON API under /api: register an arrangement (the first caller becomes its leader), invite
 * people with a role, list and revoke invites; make, list and revoke calendar feeds, and serve
 * them (calendar.ts). Bad input is a 400 naming the field; see README.md.
 *
 * Registering needs no token, so it is rate-limited per client address (a token bucket in memory,
 * per process, for a bounded number of addresses): otherwise one client could register ids in
 * bulk. The leader token cannot be revoked: nobody could manage the arrangement after that.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { isIPv6 } from "node:net";
import type { z } from "zod";
import {
  ArrangementRequestSchema,
  FeedRequestSchema,
  IdSchema,
  InviteRequestSchema,
  mayInvite,
  mayManageFeed,
  type TokenClaims,
} from "../../core/src/protocol/index.js";
import { authenticate } from "./access.js";
import { FEED_MAX_AGE, calendarFeed, type LiveDocuments } from "./calendar.js";
import { registerLimitFromEnv, type RegisterLimitConfig } from "./config.js";
import type { Store, StoredToken } from "./store.js";
import { isFeedId, newFeedId, newTokenId, signToken } from "./tokens.js";

/** Request bodies are small JSON objects. */
const MAX_BODY_BYTES = 16 * 1024;

/** How many client addresses the register limit remembers (about 100 bytes each). */
const MAX_TRACKED_CLIENTS = 10_000;

const HOUR_MS = 3_600_000;

/** An answer: status, JSON body (or a calendar's text) and any extra headers. */
interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Instead of `body`: an iCalendar text, cacheable for {@link FEED_MAX_AGE} s. */
  readonly calendar?: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/**
 * Token buckets per key: `burst` at once, refilled at `perHour`. At most `maxKeys` are kept; the
 * least recently used is forgotten first (for a key that has not asked for a while that changes
 * nothing: its bucket would be full again).
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #perMs: number;

  constructor(
    readonly perHour: number,
    readonly burst: number,
    readonly maxKeys = MAX_TRACKED_CLIENTS,
  ) {
    this.#perMs = perHour / HOUR_MS;
  }

  /** Takes one for `key` at `now` (ms): 0 when allowed, else how many ms until one is free. */
  take(key: string, now: number): number {
    const bucket = this.#buckets.get(key);
    const tokens = bucket
      ? Math.min(this.burst, bucket.tokens + Math.max(0, now - bucket.at) * this.#perMs)
      : this.burst;
    this.#buckets.delete(key); // re-inserted below: the Map's order is least recently used first
    const allowed = tokens >= 1;
    this.#buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: now });
    if (this.#buckets.size > this.maxKeys) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
    return allowed ? 0 : Math.ceil((1 - tokens) / this.#perMs);
  }

  /** How many keys are remembered now. */
  get size(): number {
    return this.#buckets.size;
  }
}

/**
 * The client's address: the socket's, or behind `trustedProxies` reverse proxies the
 * X-Forwarded-For entry that many from the right (each proxy appends the address it saw).
 */
function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  const socket = req.socket.remoteAddress ?? "unknown";
  if (trustedProxies === 0) return socket;
  const header = req.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = [...forwarded, socket];
  return hops[Math.max(0, hops.length - 1 - trustedProxies)] ?? socket;
}

/**
 * What the limit counts per: IPv4 addresses (also IPv4-mapped IPv6) one by one, IPv6 by /64 (one
 * subscriber usually has a whole /64).
 */
function limitKey(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").replace(/%.*$/, "");
  if (!isIPv6(plain)) return plain.slice(0, 64);
  const [head = "", tail] = plain.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? left
      : [
          ...left,
          ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"),
          ...right,
        ];
  const prefix = groups.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16));
  return `${prefix.join(":")}::/64`;
}

export interface ApiOptions {
  readonly store: Store;
  readonly secret: Buffer;
  readonly now: () => number;
  /** Called after a token was revoked (to close its open connections). */
  readonly onRevoke: (tokenId: string) => void;
  /** The limit on registering arrangements; default: from the environment (config.ts). */
  readonly registerLimit?: RegisterLimitConfig;
  /** The sync server's open documents, which calendar feeds read before the store. */
  readonly documents?: LiveDocuments;
}

const issues = (error: z.ZodError): string =>
  error.issues
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "body"}: ${issue.message}`)
    .join("; ");

const parse = <T>(schema: z.ZodType<T>, value: unknown): T => {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, issues(result.error));
  return result.data;
};

const pathId = (raw: string, what: string): string => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, `${what}: not a valid URL component`);
  }
  const result = IdSchema.safeParse(decoded);
  if (!result.success) throw new HttpError(400, `${what}: ${issues(result.error)}`);
  return result.data;
};

async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, "content-type: send application/json");
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new HttpError(413, `body: larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "body: not valid JSON");
  }
}

const bearer = (req: IncomingMessage): string => {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match?.[1]) throw new HttpError(401, "authorization: send 'Bearer <token>'");
  return match[1];
};

const publicFeed = (token: StoredToken) => ({
  id: token.id,
  assistantId: token.assistantId,
  issuedAt: token.issuedAt,
  revoked: token.revokedAt !== undefined,
});

const publicInvite = (token: StoredToken) => ({
  id: token.id,
  role: token.role,
  ...(token.assistantId !== undefined ? { assistantId: token.assistantId } : {}),
  issuedAt: token.issuedAt,
  revoked: token.revokedAt !== undefined,
});

/** The /api request handler. */
export function createApi(options: ApiOptions) {
  const { store, secret, now } = options;
  const limit = options.registerLimit ?? registerLimitFromEnv(process.env);
  const registrations = new RateLimiter(limit.perHour, limit.burst);

  /** Counts a registration from the caller's address; a 429 when over the limit. */
  const countRegistration = (req: IncomingMessage): void => {
    const wait = registrations.take(limitKey(clientAddress(req, limit.trustedProxies)), now());
    if (wait === 0) return;
    const seconds = Math.ceil(wait / 1000);
    throw new HttpError(
      429,
      `rate limit: too many arrangements registered from your address (at most ${limit.burst} ` +
        `at once, ${limit.perHour} per hour); try again in ${seconds} s`,
      { "retry-after": String(seconds) },
    );
  };

  const caller = async (req: IncomingMessage): Promise<TokenClaims> => {
    const auth = await authenticate(store, secret, bearer(req));
    if (!auth.ok) throw new HttpError(401, `authorization: ${auth.reason}`);
    return auth.claims;
  };

  /** A leader or co-leader of `arrangement`. */
  const manager = async (req: IncomingMessage, arrangement: string): Promise<TokenClaims> => {
    const claims = await caller(req);
    if (claims.arrangement !== arrangement) {
      throw new HttpError(403, "authorization: the token is for another arrangement");
    }
    if (claims.role !== "leader" && claims.role !== "co-leader") {
      throw new HttpError(403, `authorization: a ${claims.role} may not manage invites`);
    }
    return claims;
  };

  const issue = (claims: Omit<TokenClaims, "id" | "issuedAt">) => {
    const id = claims.scope === "calendar" ? newFeedId() : newTokenId();
    const full: TokenClaims = { ...claims, id, issuedAt: now() };
    return { claims: full, token: signToken(secret, full) };
  };

  /** A leader, co-leader or assistant of `arrangement` (who may manage some calendar feeds). */
  const feedManager = async (req: IncomingMessage, arrangement: string): Promise<TokenClaims> => {
    const claims = await caller(req);
    if (claims.arrangement !== arrangement) {
      throw new HttpError(403, "authorization: the token is for another arrangement");
    }
    if (claims.role === "viewer") {
      throw new HttpError(403, "authorization: a viewer may not manage calendar feeds");
    }
    return claims;
  };

  async function route(req: IncomingMessage, path: string): Promise<Reply> {
    const method = req.method ?? "GET";
    const segments = path.split("/").filter(Boolean); // ["api", ...]

    if (segments.length === 2 && segments[1] === "health") {
      return { status: 200, body: { ok: true } };
    }

    if (segments.length === 2 && segments[1] === "arrangements") {
      if (method !== "POST") throw new HttpError(405, "method: use POST");
      countRegistration(req);
      const { arrangement } = parse(ArrangementRequestSchema, await readJson(req));
      const { claims, token } = issue({ arrangement, role: "leader" });
      if (!(await store.createArrangement(arrangement, claims, claims.issuedAt))) {
        throw new HttpError(409, `arrangement: "${arrangement}" is already registered`);
      }
      return { status: 201, body: { arrangement, id: claims.id, role: "leader", token } };
    }

    if (segments.length === 4 && segments[1] === "arrangements" && segments[3] === "invites") {
      const arrangement = pathId(segments[2] ?? "", "arrangement");
      if (method === "GET") {
        await manager(req, arrangement);
        const tokens = await store.listTokens(arrangement);
        const invites = tokens.filter((token) => !isFeedId(token.id)).map(publicInvite);
        return { status: 200, body: { invites } };
      }
      if (method !== "POST") throw new HttpError(405, "method: use GET or POST");
      const inviter = await manager(req, arrangement);
      const request = parse(InviteRequestSchema, await readJson(req));
      if (!mayInvite(inviter.role, request.role)) {
        throw new HttpError(403, `role: a ${inviter.role} may not invite a ${request.role}`);
      }
      const { claims, token } = issue({
        arrangement,
        role: request.role,
        ...(request.assistantId !== undefined ? { assistantId: request.assistantId } : {}),
      });
      await store.addToken(claims);
      return { status: 201, body: { ...publicInvite(claims), token } };
    }

    if (segments.length === 3 && segments[1] === "invites") {
      if (method !== "DELETE") throw new HttpError(405, "method: use DELETE");
      const tokenId = pathId(segments[2] ?? "", "tokenId");
      const claims = await caller(req);
      const target = await store.getToken(tokenId);
      if (!target || target.arrangement !== claims.arrangement || isFeedId(target.id)) {
        throw new HttpError(404, `tokenId: no invite "${tokenId}" in your arrangement`);
      }
      // Revoking mirrors inviting (core's mayInvite), and anyone may give up their own token;
      // except the leader's, which is the only one that can invite co-leaders.
      const self = target.id === claims.id;
      if (!self && !mayInvite(claims.role, target.role)) {
        throw new HttpError(403, `authorization: a ${claims.role} may not revoke a ${target.role}`);
      }
      if (target.role === "leader") {
        throw new HttpError(
          409,
          "tokenId: the leader token cannot be revoked; without it nobody could manage the " +
            "arrangement any more",
        );
      }
      await store.revokeToken(tokenId, now());
      options.onRevoke(tokenId);
      return { status: 200, body: { id: tokenId, revoked: true } };
    }

    if (segments.length === 4 && segments[1] === "arrangements" && segments[3] === "feeds") {
      const arrangement = pathId(segments[2] ?? "", "arrangement");
      if (method === "GET") {
        const claims = await feedManager(req, arrangement);
        const feeds = (await store.listTokens(arrangement))
          .filter((token) => isFeedId(token.id))
          .filter((token) => token.assistantId && mayManageFeed(claims, token.assistantId))
          .map(publicFeed);
        return { status: 200, body: { feeds } };
      }
      if (method !== "POST") throw new HttpError(405, "method: use GET or POST");
      const claims = await feedManager(req, arrangement);
      const request = parse(FeedRequestSchema, await readJson(req));
      const assistantId = request.assistantId ?? claims.assistantId;
      if (assistantId === undefined) {
        throw new HttpError(400, "assistantId: name the assistant whose shifts the feed shows");
      }
      if (!mayManageFeed(claims, assistantId)) {
        throw new HttpError(403, `assistantId: an assistant makes feeds of their own shifts only`);
      }
      const made = issue({ arrangement, role: "assistant", assistantId, scope: "calendar" });
      await store.addToken(made.claims);
      return {
        status: 201,
        body: {
          ...publicFeed(made.claims),
          token: made.token,
          path: `/api/calendar/${made.token}.ics`,
        },
      };
    }

    if (segments.length === 3 && segments[1] === "feeds") {
      if (method !== "DELETE") throw new HttpError(405, "method: use DELETE");
      const feedId = pathId(segments[2] ?? "", "feedId");
      const claims = await caller(req);
      const target = await store.getToken(feedId);
      if (!target || target.arrangement !== claims.arrangement || !isFeedId(target.id)) {
        throw new HttpError(404, `feedId: no calendar feed "${feedId}" in your arrangement`);
      }
      if (!target.assistantId || !mayManageFeed(claims, target.assistantId)) {
        throw new HttpError(403, `authorization: a ${claims.role} may not revoke this feed`);
      }
      await store.revokeToken(feedId, now());
      return { status: 200, body: { id: feedId, revoked: true } };
    }

    if (segments.length === 3 && segments[1] === "calendar") {
      if (method !== "GET" && method !== "HEAD") throw new HttpError(405, "method: use GET");
      const feed = await calendarFeed(
        {
          store,
          secret,
          now,
          documents: options.documents,
          log: (m) => console.error("turnus api:", m),
        },
        segments[2] ?? "",
        new URL(req.url ?? "/", "http://localhost").searchParams.get("lang"),
      );
      if (feed.status === 404) throw new HttpError(404, "path: no such calendar feed");
      if (feed.status === 503) throw new HttpError(503, feed.reason);
      return { status: 200, body: undefined, calendar: feed.text };
    }

    throw new HttpError(404, `path: no API at ${path}`);
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    let reply: Reply;
    try {
      reply = await route(req, path);
    } catch (error) {
      reply =
        error instanceof HttpError
          ? { status: error.status, body: { error: error.message }, headers: error.headers }
          : { status: 500, body: { error: "internal error" } };
      if (!(error instanceof HttpError)) console.error("turnus api:", error);
    }
    const body = reply.calendar ?? JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      ...reply.headers,
      ...(reply.calendar === undefined
        ? { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }
        : {
            "content-type": "text/calendar; charset=utf-8",
            "cache-control": `private, max-age=${FEED_MAX_AGE}`,
          }),
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  };
}
