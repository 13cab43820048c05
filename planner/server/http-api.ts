/**
 * The JSON API under /api: register an arrangement (the first caller becomes its leader), invite
 * people with a role, list and revoke invites. Bad input is a 400 naming the field; see README.md.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import {
  ArrangementRequestSchema,
  IdSchema,
  InviteRequestSchema,
  mayInvite,
  type TokenClaims,
} from "../../core/src/protocol/index.js";
import { authenticate } from "./access.js";
import type { Store, StoredToken } from "./store.js";
import { newTokenId, signToken } from "./tokens.js";

/** Request bodies are small JSON objects. */
const MAX_BODY_BYTES = 16 * 1024;

/** An answer: status and JSON body. */
interface Reply {
  readonly status: number;
  readonly body: unknown;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ApiOptions {
  readonly store: Store;
  readonly secret: Buffer;
  readonly now: () => number;
  /** Called after a token was revoked (to close its open connections). */
  readonly onRevoke: (tokenId: string) => void;
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
    const full: TokenClaims = { ...claims, id: newTokenId(), issuedAt: now() };
    return { claims: full, token: signToken(secret, full) };
  };

  async function route(req: IncomingMessage, path: string): Promise<Reply> {
    const method = req.method ?? "GET";
    const segments = path.split("/").filter(Boolean); // ["api", ...]

    if (segments.length === 2 && segments[1] === "health") {
      return { status: 200, body: { ok: true } };
    }

    if (segments.length === 2 && segments[1] === "arrangements") {
      if (method !== "POST") throw new HttpError(405, "method: use POST");
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
        const invites = (await store.listTokens(arrangement)).map(publicInvite);
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
      if (!target || target.arrangement !== claims.arrangement) {
        throw new HttpError(404, `tokenId: no invite "${tokenId}" in your arrangement`);
      }
      const self = target.id === claims.id;
      if (!self && !mayInvite(claims.role, target.role)) {
        throw new HttpError(403, `authorization: a ${claims.role} may not revoke a ${target.role}`);
      }
      await store.revokeToken(tokenId, now());
      options.onRevoke(tokenId);
      return { status: 200, body: { id: tokenId, revoked: true } };
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
          ? { status: error.status, body: { error: error.message } }
          : { status: 500, body: { error: "internal error" } };
      if (!(error instanceof HttpError)) console.error("turnus api:", error);
    }
    const body = JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  };
}
