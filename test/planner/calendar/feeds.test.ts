// The planner's side of calendar feeds: the API client (requests sent, answers validated, failures
// as ShareError), the feed's two addresses, the export's file name and the route's arrangement.
import { describe, expect, it } from "vitest";
import {
  feedApi,
  feedUrls,
  icsFileName,
  routeArrangementId,
} from "../../../planner/src/calendar/feeds.js";
import { ShareError } from "../../../planner/src/sync/index.js";

interface Sent {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** A fetch that records the request and answers `status` with `json`. */
function fakeFetch(status: number, json: unknown, sent: Sent[]): typeof fetch {
  return (input, init) => {
    sent.push({
      url: typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
      method: init?.method ?? "GET",
      headers: init?.headers as Record<string, string>,
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
    });
    return Promise.resolve(new Response(JSON.stringify(json), { status }));
  };
}

const feed = { id: "feed-x", assistantId: "a1", issuedAt: 1_700_000_000_000, revoked: false };

describe("feedApi", () => {
  it("makes a feed for an assistant with the bearer token", async () => {
    const sent: Sent[] = [];
    const made = {
      ...feed,
      token: "payload.signature",
      path: "/api/calendar/payload.signature.ics",
    };
    const api = feedApi("https://turnus.example", fakeFetch(201, made, sent));
    expect(await api.make("arr 1", "tok", "a1")).toEqual(made);
    expect(sent).toEqual([
      {
        url: "https://turnus.example/api/arrangements/arr%201/feeds",
        method: "POST",
        headers: { authorization: "Bearer tok", "content-type": "application/json" },
        body: { assistantId: "a1" },
      },
    ]);
  });

  it("lists and revokes feeds", async () => {
    const sent: Sent[] = [];
    const list = feedApi("", fakeFetch(200, { feeds: [feed] }, sent));
    expect(await list.list("arr1", "tok")).toEqual([feed]);
    await feedApi("", fakeFetch(200, { id: "feed-x", revoked: true }, sent)).revoke(
      "feed-x",
      "tok",
    );
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      "GET /api/arrangements/arr1/feeds",
      "DELETE /api/feeds/feed-x",
    ]);
    expect(sent[1]?.headers).toEqual({ authorization: "Bearer tok" });
  });

  it("fails with the server's status and message, or on an answer of the wrong shape", async () => {
    const refused = feedApi("", fakeFetch(403, { error: "assistantId: not yours" }, []));
    await expect(refused.make("arr1", "tok", "a2")).rejects.toEqual(
      new ShareError(403, "assistantId: not yours"),
    );
    const odd = feedApi("", fakeFetch(200, { feeds: [{ id: 1 }] }, []));
    await expect(odd.list("arr1", "tok")).rejects.toThrow(/unexpected answer/);
    const offline = feedApi("", () => Promise.reject(new TypeError("Failed to fetch")));
    const error = await offline.list("arr1", "tok").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShareError);
    expect((error as ShareError).status).toBe(0);
  });
});

describe("feed addresses and file names", () => {
  it("gives the feed as webcal:// and https://", () => {
    expect(feedUrls("https://turnus.example", "/api/calendar/a.b.ics", "nb")).toEqual({
      webcal: "webcal://turnus.example/api/calendar/a.b.ics?lang=nb",
      https: "https://turnus.example/api/calendar/a.b.ics?lang=nb",
    });
    expect(feedUrls("http://127.0.0.1:4173", "/api/calendar/a.b.ics", "en").webcal).toBe(
      "webcal://127.0.0.1:4173/api/calendar/a.b.ics?lang=en",
    );
  });

  it("names the export after the assistant, safely", () => {
    expect(icsFileName("Åse Ødegård")).toBe("Åse_Ødegård.ics");
    expect(icsFileName("../etc/passwd")).toBe("etc_passwd.ics");
    expect(icsFileName("  ")).toBe("shifts.ics");
  });

  it("reads the open arrangement from the address", () => {
    expect(routeArrangementId("#/a/arrAbc123_-x")).toBe("arrAbc123_-x");
    expect(routeArrangementId("#/")).toBeUndefined();
    expect(routeArrangementId("#/a/x/y")).toBeUndefined();
  });
});
