/**
 * Calendar feeds on the sync server (planner/server/README.md): make one for an assistant, list
 * them, revoke one, with this device's invite token of the arrangement; and the feed's addresses
 * for calendar apps. Every answer is validated before it is used; a failure is a
 * {@link ShareError} with the HTTP status (0: no answer, e.g. offline) and the server's message.
 */
import { z } from "zod";
import { getShare, openLocalStore, type LocalStore } from "../doc/index.js";
import { apiCall } from "../sync/index.js";

const FeedEntry = z.object({
  id: z.string().min(1),
  assistantId: z.string().min(1),
  issuedAt: z.number(),
  revoked: z.boolean(),
});
const MadeFeed = FeedEntry.extend({ token: z.string().min(10), path: z.string().startsWith("/") });
const FeedList = z.object({ feeds: z.array(FeedEntry) });

/** A feed as the server lists it (no token: the address is shown only when it is made). */
export type FeedInfo = z.output<typeof FeedEntry>;
/** A feed just made: with its path on the server (`/api/calendar/<token>.ics`). */
export type MadeFeedInfo = z.output<typeof MadeFeed>;

export interface FeedApi {
  /** Makes a feed of `assistantId`'s shifts (an assistant's token: their own). */
  make(arrangementId: string, token: string, assistantId: string): Promise<MadeFeedInfo>;
  /** The feeds this token may manage: a leader's all, an assistant's their own. */
  list(arrangementId: string, token: string): Promise<FeedInfo[]>;
  /** Revokes a feed: its address answers 404 from then on. */
  revoke(feedId: string, token: string): Promise<void>;
}

/** The feed API of the server at `base` (`fetchFn` for tests; the browser's `fetch` by default). */
export function feedApi(base: string, fetchFn: typeof fetch = (...a) => fetch(...a)): FeedApi {
  const call = apiCall(base, fetchFn);
  const at = (id: string) => `/api/arrangements/${encodeURIComponent(id)}/feeds`;
  return {
    make: (arrangementId, token, assistantId) =>
      call("POST", at(arrangementId), MadeFeed, token, { assistantId }),
    list: async (arrangementId, token) =>
      (await call("GET", at(arrangementId), FeedList, token)).feeds,
    async revoke(feedId, token) {
      await call("DELETE", `/api/feeds/${encodeURIComponent(feedId)}`, z.unknown(), token);
    },
  };
}

/**
 * A feed's addresses: `webcal://` (opens the calendar app) and the same as `https://`, with the
 * events' language (`?lang=`).
 */
export function feedUrls(
  origin: string,
  path: string,
  lang: string,
): { webcal: string; https: string } {
  const url = new URL(path, origin);
  url.searchParams.set("lang", lang);
  const https = url.href;
  return { webcal: https.replace(/^https?:/, "webcal:"), https };
}

/** The file name of an export: the assistant's name made safe, `.ics`. */
export const icsFileName = (name: string): string =>
  `${
    name
      .normalize("NFC")
      .replace(/[^\p{L}\p{N}_-]+/gu, "_")
      .replace(/^_+|_+$/g, "") || "shifts"
  }.ics`;

/** The arrangement the planner shows (its address is `#/a/<id>`), if any. */
export const routeArrangementId = (hash: string): string | undefined =>
  /^#\/a\/([\w-]+)$/.exec(hash)?.[1];

let store: LocalStore | undefined;

/** This device's token of a shared arrangement (from the local store), if it has one. */
export async function shareToken(arrangementId: string): Promise<string | undefined> {
  store ??= openLocalStore();
  return (await getShare(store, arrangementId))?.token;
}
