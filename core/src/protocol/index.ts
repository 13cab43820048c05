/**
 * The collaboration protocol's shared vocabulary: document names, roles, invite tokens' claims and
 * what each role may do with each document. The sync server enforces it; the planner uses it to
 * name documents and to show a role's limits. Pure (no crypto here: the server signs and checks
 * tokens; this only says what they carry).
 *
 * Documents of an arrangement `<id>` (ids are random, 10+ characters of `[A-Za-z0-9_-]`):
 * - `turnus/<id>`: the rota (assistants, shifts, settings, published snapshot): the work leader
 *   and co-leaders write it, assistants and viewers read it.
 * - `turnus/<id>/assistant/<assistantId>`: one assistant's own document (availability, wishes,
 *   swap requests, actual times): that assistant writes it; leaders write it too (approvals);
 *   other assistants and viewers may not read it.
 */
import { z } from "zod";

/** Who someone is in an arrangement. */
export const ROLES = ["leader", "co-leader", "assistant", "viewer"] as const;
export type Role = (typeof ROLES)[number];

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** An arrangement or assistant id as it may appear in a document name. */
export const IdSchema = z.string().regex(ID, "an id is 1–64 letters, digits, '_' or '-'");

/** What an invite token carries (signed by the server; `id` is what revocation names). */
export const TokenClaimsSchema = z
  .object({
    /** The token's own id. */
    id: IdSchema,
    /** The arrangement it opens. */
    arrangement: IdSchema,
    role: z.enum(ROLES),
    /** The assistant an `assistant` token belongs to. */
    assistantId: IdSchema.optional(),
    /** Issued at, milliseconds since 1970. */
    issuedAt: z.number().int().nonnegative(),
    /**
     * `calendar`: a calendar feed token (pasted into calendar apps), which reads one assistant's
     * shifts through the server's feed and opens no document. Absent: an invite token.
     */
    scope: z.literal("calendar").optional(),
  })
  .refine((c) => (c.role === "assistant") === (c.assistantId !== undefined), {
    message: "an assistant token names its assistant, and only an assistant token does",
    path: ["assistantId"],
  })
  .refine((c) => c.scope === undefined || c.role === "assistant", {
    message: "a calendar feed token is an assistant token (the assistant whose shifts it shows)",
    path: ["scope"],
  });
export type TokenClaims = z.output<typeof TokenClaimsSchema>;

/** A parsed document name. */
export type DocName =
  | { readonly kind: "rota"; readonly arrangement: string }
  | { readonly kind: "assistant"; readonly arrangement: string; readonly assistantId: string };

/** The rota document of an arrangement. */
export const rotaDocName = (arrangement: string): string => `turnus/${arrangement}`;

/** An assistant's own document in an arrangement. */
export const assistantDocName = (arrangement: string, assistantId: string): string =>
  `turnus/${arrangement}/assistant/${assistantId}`;

/** Reads a document name; undefined when it is not one of ours. */
export function parseDocName(name: string): DocName | undefined {
  const parts = name.split("/");
  const [prefix, arrangement, kind, assistantId] = parts;
  if (prefix !== "turnus" || arrangement === undefined || !ID.test(arrangement)) return undefined;
  if (parts.length === 2) return { kind: "rota", arrangement };
  if (parts.length === 4 && kind === "assistant" && assistantId && ID.test(assistantId)) {
    return { kind: "assistant", arrangement, assistantId };
  }
  return undefined;
}

/** What a token's holder may do with a document: nothing, read it, or read and write it. */
export type Access = "none" | "read" | "write";

/** The access a token's claims give to a document (another arrangement's: none). */
export function accessTo(claims: TokenClaims, doc: DocName): Access {
  if (claims.scope === "calendar") return "none"; // a feed token opens its feed, nothing else
  if (doc.arrangement !== claims.arrangement) return "none";
  const leads = claims.role === "leader" || claims.role === "co-leader";
  if (doc.kind === "rota") return leads ? "write" : "read";
  if (leads) return "write";
  if (claims.role === "assistant" && claims.assistantId === doc.assistantId) return "write";
  return "none";
}

/** Who may invite whom: the leader anyone; a co-leader assistants and viewers. */
export function mayInvite(inviter: Role, role: Role): boolean {
  if (inviter === "leader") return role !== "leader";
  if (inviter === "co-leader") return role === "assistant" || role === "viewer";
  return false;
}

/**
 * Whether an (invite) token may make, list and revoke calendar feeds of `assistantId`: leaders and
 * co-leaders any assistant's, an assistant their own. A feed token itself may not.
 */
export function mayManageFeed(claims: TokenClaims, assistantId: string): boolean {
  if (claims.scope !== undefined) return false;
  if (claims.role === "leader" || claims.role === "co-leader") return true;
  return claims.role === "assistant" && claims.assistantId === assistantId;
}

/** A calendar feed to create (the server's HTTP API): an assistant's may leave out their id. */
export const FeedRequestSchema = z.object({ assistantId: IdSchema.optional() });
export type FeedRequest = z.output<typeof FeedRequestSchema>;

/** An invite to create (the server's HTTP API). */
export const InviteRequestSchema = z
  .object({ role: z.enum(ROLES), assistantId: IdSchema.optional() })
  .refine((r) => (r.role === "assistant") === (r.assistantId !== undefined), {
    message: "an assistant invite names the assistant, and only an assistant invite does",
    path: ["assistantId"],
  });
export type InviteRequest = z.output<typeof InviteRequestSchema>;

/**
 * An arrangement to register on a server (the server's HTTP API). At least 10 characters: the
 * first to register an id becomes its leader, so ids must be random, not guessable.
 */
export const ArrangementRequestSchema = z.object({
  arrangement: IdSchema.min(10, "an arrangement id is random and at least 10 characters long"),
});
export type ArrangementRequest = z.output<typeof ArrangementRequestSchema>;
export {
  ACTUAL_STATUSES,
  ActualReportSchema,
  ASSISTANT_DOC_MAPS,
  ASSISTANT_DOC_VERSION,
  ASSISTANT_ENTRY_SCHEMAS,
  AvailabilitySchema,
  SWAP_STATUSES,
  SwapRequestSchema,
  TimesheetSignatureSchema,
  WishSchema,
} from "./assistant.js";
export type {
  ActualReport,
  ActualStatus,
  AssistantDocMap,
  Availability,
  SwapRequest,
  SwapStatus,
  TimesheetSignature,
  Wish,
  WithId,
} from "./assistant.js";
export {
  ClearMessageSchema,
  EXTENSION_PROTOCOL_VERSION,
  ExtensionMessageSchema,
  isPlannerOrigin,
  parseExtensionMessage,
  TimesheetMessageSchema,
} from "./extension.js";
export type { ExtensionMessage, ExtensionResponse } from "./extension.js";
