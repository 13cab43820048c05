/** Invite links and the sync server's API client (planner/src/sync), without a server. */
import { describe, expect, it } from "vitest";
import {
  ShareError,
  inviteLink,
  parseJoinHash,
  readClaims,
  shareApi,
} from "../../../planner/src/sync/index.js";

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const claims = { id: "t1", arrangement: "rAbc123456", role: "viewer", issuedAt: 1 };
const token = `${b64(claims)}.c2lnbmF0dXJl`;

describe("invite links", () => {
  it("puts the token in the fragment and reads it back", () => {
    const link = inviteLink("https://turnus.example/app/#/a/x", "rAbc123456", token);
    expect(link).toBe(`https://turnus.example/app/#/join/rAbc123456/${token}`);
    expect(parseJoinHash(new URL(link).hash)).toEqual({ arrangementId: "rAbc123456", token });
  });

  it("reads only well-formed join fragments", () => {
    for (const hash of ["#/a/rAbc123456", "#/join/rAbc123456", "#/join/r!x/abcdefghijkl", ""]) {
      expect(parseJoinHash(hash)).toBeUndefined();
    }
  });

  it("reads a token's claims, and nothing from a malformed one", () => {
    expect(readClaims(token)).toEqual(claims);
    expect(readClaims("not-a-token")).toBeUndefined();
    expect(readClaims(`${b64({ ...claims, role: "king" })}.x`)).toBeUndefined();
  });
});

describe("the API client", () => {
  const answering =
    (status: number, body: unknown, seen: Request[] = []): typeof fetch =>
    (input, init) => {
      seen.push(new Request(input, init));
      return Promise.resolve(new Response(JSON.stringify(body), { status }));
    };

  it("registers with a JSON body and invites with the bearer token", async () => {
    const seen: Request[] = [];
    const api = shareApi("http://h", answering(201, { id: "i1", token: "t".repeat(20) }, seen));
    expect(await api.invite("r1", "LEADER", "assistant", "a1")).toEqual({
      id: "i1",
      token: "t".repeat(20),
    });
    const req = seen[0] as Request;
    expect(req.url).toBe("http://h/api/arrangements/r1/invites");
    expect(req.headers.get("authorization")).toBe("Bearer LEADER");
    expect(await req.json()).toEqual({ role: "assistant", assistantId: "a1" });
  });

  it("turns an error answer into a ShareError with the server's message", async () => {
    const api = shareApi("http://h", answering(409, { error: "arrangement: taken" }));
    const failed = await api.register("r1").catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ShareError);
    expect(failed).toMatchObject({ status: 409, message: "arrangement: taken" });
  });

  it("refuses an answer of the wrong shape", async () => {
    const api = shareApi("http://h", answering(200, { invites: [{ id: 1 }] }));
    await expect(api.invites("r1", "T")).rejects.toMatchObject({ status: 200 });
  });

  it("reports no answer at all as status 0", async () => {
    const api = shareApi("http://h", () => Promise.reject(new TypeError("offline")));
    await expect(api.register("r1")).rejects.toMatchObject({ status: 0 });
  });
});
