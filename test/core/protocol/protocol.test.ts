/** The collaboration protocol: document names, roles' access, invites, token claims. */
import { describe, expect, it } from "vitest";
import {
  ArrangementRequestSchema,
  InviteRequestSchema,
  TokenClaimsSchema,
  accessTo,
  assistantDocName,
  mayInvite,
  parseDocName,
  rotaDocName,
  type TokenClaims,
} from "../../../core/src/protocol/index.js";

const claims = (role: TokenClaims["role"], assistantId?: string): TokenClaims => ({
  id: "t1",
  arrangement: "arr1",
  role,
  ...(assistantId ? { assistantId } : {}),
  issuedAt: 0,
});

describe("document names", () => {
  it("round-trips the rota's and an assistant's document names", () => {
    expect(parseDocName(rotaDocName("arr1"))).toEqual({ kind: "rota", arrangement: "arr1" });
    expect(parseDocName(assistantDocName("arr1", "a1"))).toEqual({
      kind: "assistant",
      arrangement: "arr1",
      assistantId: "a1",
    });
  });

  it("refuses names that are not ours", () => {
    for (const name of ["", "turnus", "turnus/", "other/arr1", "turnus/a b", "turnus/arr1/x/a1"]) {
      expect(parseDocName(name), name).toBeUndefined();
    }
    expect(parseDocName("turnus/arr1/assistant/")).toBeUndefined();
    expect(parseDocName("turnus/../etc")).toBeUndefined();
  });
});

describe("access", () => {
  const rota = { kind: "rota", arrangement: "arr1" } as const;
  const own = { kind: "assistant", arrangement: "arr1", assistantId: "a1" } as const;
  const other = { kind: "assistant", arrangement: "arr1", assistantId: "a2" } as const;

  it("gives each role what the issue says", () => {
    const table = (c: TokenClaims) => [accessTo(c, rota), accessTo(c, own), accessTo(c, other)];
    expect(table(claims("leader"))).toEqual(["write", "write", "write"]);
    expect(table(claims("co-leader"))).toEqual(["write", "write", "write"]);
    expect(table(claims("assistant", "a1"))).toEqual(["read", "write", "none"]);
    expect(table(claims("viewer"))).toEqual(["read", "none", "none"]);
  });

  it("gives nothing in another arrangement, whatever the role", () => {
    const elsewhere = { kind: "rota", arrangement: "arr2" } as const;
    for (const role of ["leader", "co-leader", "viewer"] as const) {
      expect(accessTo(claims(role), elsewhere)).toBe("none");
    }
  });

  it("lets the leader invite anyone but a leader, a co-leader only assistants and viewers", () => {
    expect(mayInvite("leader", "co-leader")).toBe(true);
    expect(mayInvite("leader", "leader")).toBe(false);
    expect(mayInvite("co-leader", "assistant")).toBe(true);
    expect(mayInvite("co-leader", "co-leader")).toBe(false);
    expect(mayInvite("assistant", "viewer")).toBe(false);
    expect(mayInvite("viewer", "viewer")).toBe(false);
  });
});

describe("schemas", () => {
  it("requires an assistant id on assistant tokens and invites, and only there", () => {
    expect(TokenClaimsSchema.safeParse(claims("assistant", "a1")).success).toBe(true);
    const missing = TokenClaimsSchema.safeParse(claims("assistant"));
    expect(missing.success).toBe(false);
    if (!missing.success) expect(missing.error.issues[0]?.path).toEqual(["assistantId"]);
    expect(TokenClaimsSchema.safeParse({ ...claims("viewer"), assistantId: "a1" }).success).toBe(
      false,
    );
    expect(InviteRequestSchema.safeParse({ role: "viewer" }).success).toBe(true);
    expect(InviteRequestSchema.safeParse({ role: "assistant" }).success).toBe(false);
    expect(InviteRequestSchema.safeParse({ role: "boss" }).success).toBe(false);
  });

  it("wants a long, random-looking arrangement id to register, naming the field otherwise", () => {
    expect(ArrangementRequestSchema.safeParse({ arrangement: "arrQ3x9Lk2Zp7" }).success).toBe(true);
    for (const arrangement of ["arr1", "has space 123", "x".repeat(65), 42]) {
      const result = ArrangementRequestSchema.safeParse({ arrangement });
      expect(result.success, String(arrangement)).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.path).toEqual(["arrangement"]);
    }
  });
});
