/** Token signing and the secret file, in process (the server tests cover them end to end). */
import { statSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { TokenClaims } from "../../core/src/protocol/index.js";
import { loadSecret, newTokenId, signToken, verifyToken } from "../../planner/server/tokens.js";
import { tempDataDir } from "./harness.js";

const data = tempDataDir();
afterAll(() => data.remove());

const claims: TokenClaims = {
  id: "tok123",
  arrangement: "arrQ3x9Lk2Zp7",
  role: "assistant",
  assistantId: "a1",
  issuedAt: 1_700_000_000_000,
};

describe("tokens", () => {
  it("creates the secret once, readable by the owner only, and reuses it", () => {
    const secret = loadSecret(data.dir);
    expect(secret.length).toBe(32);
    expect(statSync(path.join(data.dir, "secret")).mode & 0o777).toBe(0o600);
    expect(loadSecret(data.dir).equals(secret)).toBe(true);
  });

  it("verifies its own tokens and nothing else", () => {
    const secret = loadSecret(data.dir);
    const token = signToken(secret, claims);
    expect(verifyToken(secret, token)).toEqual(claims);

    const [payload, signature] = token.split(".") as [string, string];
    const tampered = Buffer.from(JSON.stringify({ ...claims, role: "leader" })).toString(
      "base64url",
    );
    const otherSecret = Buffer.alloc(32, 1);
    for (const bad of [
      `${tampered}.${signature}`,
      `${payload}.${signature.slice(0, -2)}`,
      `${payload}.`,
      payload,
      `${token}.x`,
      signToken(otherSecret, claims),
      `${"a".repeat(3000)}.${signature}`,
      "",
      42,
      undefined,
    ]) {
      expect(verifyToken(secret, bad), String(bad).slice(0, 40)).toBeUndefined();
    }
  });

  it("refuses well-signed claims that break core's schema", () => {
    const secret = loadSecret(data.dir);
    const bad = { ...claims, assistantId: undefined } as unknown as TokenClaims;
    expect(verifyToken(secret, signToken(secret, bad))).toBeUndefined();
  });

  it("makes unguessable ids that are valid ids", () => {
    const ids = new Set(Array.from({ length: 100 }, newTokenId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
