/**
 * The sync server's HTTP API (planner/server/README.md): registering an arrangement (its creator
 * becomes the leader) and managing invites. Every answer is validated before it is used; a
 * failure is a {@link ShareError} carrying the HTTP status and the server's message.
 */
import { z } from "zod";
import { ROLES, type Role } from "../../../core/src/protocol/index.js";

/** A failed call: the HTTP status (0: no answer, e.g. offline) and the server's message. */
export class ShareError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ShareError";
  }
}

const TokenAnswer = z.object({ token: z.string().min(10) });
const InviteAnswer = z.object({ id: z.string().min(1), token: z.string().min(10) });
const InviteEntry = z.object({
  id: z.string().min(1),
  role: z.enum(ROLES),
  assistantId: z.string().optional(),
  issuedAt: z.number().optional(),
  revoked: z.boolean().optional(),
});
const InviteList = z.object({ invites: z.array(InviteEntry) });
const ErrorAnswer = z.object({ error: z.string() });

/** An invite as the server lists it (no token: the link is shown only when it is made). */
export type InviteInfo = z.output<typeof InviteEntry>;

/** The API of the server at `base` (the planner's origin), through `fetch`. */
export interface ShareApi {
  /** Registers the arrangement; returns the leader token. 409 when the id is taken. */
  register(arrangementId: string): Promise<string>;
  /** Makes an invite token. */
  invite(
    arrangementId: string,
    token: string,
    role: Role,
    assistantId?: string,
  ): Promise<{ id: string; token: string }>;
  /** The arrangement's invites. */
  invites(arrangementId: string, token: string): Promise<InviteInfo[]>;
  /** Revokes an invite (its open connections are closed by the server). */
  revoke(inviteId: string, token: string): Promise<void>;
}

/** A JSON call to the server's API: validated answer, or a {@link ShareError}. */
export type ApiCall = <T>(
  method: string,
  path: string,
  schema: z.ZodType<T>,
  token?: string,
  body?: unknown,
) => Promise<T>;

/** Calls the API of the server at `base` through `fetchFn` (see {@link ApiCall}). */
export function apiCall(base: string, fetchFn: typeof fetch): ApiCall {
  return async <T>(
    method: string,
    path: string,
    schema: z.ZodType<T>,
    token?: string,
    body?: unknown,
  ): Promise<T> => {
    let res: Response;
    try {
      res = await fetchFn(`${base}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (e) {
      throw new ShareError(0, e instanceof Error ? e.message : String(e));
    }
    const json: unknown = await res.json().catch(() => undefined);
    if (!res.ok) {
      const err = ErrorAnswer.safeParse(json);
      throw new ShareError(res.status, err.success ? err.data.error : res.statusText);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ShareError(
        res.status,
        `unexpected answer from the server: ${parsed.error.message}`,
      );
    }
    return parsed.data;
  };
}

/** The API client (`fetchFn` for tests; the browser's `fetch` by default). */
export function shareApi(base: string, fetchFn: typeof fetch = (...a) => fetch(...a)): ShareApi {
  const call = apiCall(base, fetchFn);
  const at = (id: string) => `/api/arrangements/${encodeURIComponent(id)}`;
  return {
    async register(arrangementId) {
      const r = await call("POST", "/api/arrangements", TokenAnswer, undefined, {
        arrangement: arrangementId,
      });
      return r.token;
    },
    async invite(arrangementId, token, role, assistantId) {
      const r = await call("POST", `${at(arrangementId)}/invites`, InviteAnswer, token, {
        role,
        ...(assistantId ? { assistantId } : {}),
      });
      return { id: r.id, token: r.token };
    },
    async invites(arrangementId, token) {
      return (await call("GET", `${at(arrangementId)}/invites`, InviteList, token)).invites;
    },
    async revoke(inviteId, token) {
      await call("DELETE", `/api/invites/${encodeURIComponent(inviteId)}`, z.unknown(), token);
    },
  };
}
