/**
 * Calendar feeds: `GET /api/calendar/<feed token>.ics` answers one assistant's shifts as
 * iCalendar, read from the arrangement's rota document. Feed tokens are signed like invite tokens
 * and stored in the same table, but carry `scope: "calendar"` and a `feed-` id (tokens.ts): they
 * read this feed and nothing else (core's `accessTo` gives them no document; `authenticate`
 * refuses them for /sync and the API), so a URL pasted into a calendar app never grants sync
 * access. A revoked, forged, unknown or otherwise unusable token is a plain 404 that says nothing
 * about why.
 *
 * The rota is the open document of the running Hocuspocus instance when there is one, else read
 * from the store (its compacted state and logged updates: what every acknowledged edit is in),
 * without opening it in Hocuspocus. It becomes core's rota through the planner's `docToRota`
 * (pure: Yjs and core, no DOM or IndexedDB) and iCalendar through `shiftsToICal`, the same code
 * as the planner's "Export my shifts".
 */
import * as Y from "yjs";
import type { RotaFile } from "../../core/src/model/index.js";
import { rotaDocName } from "../../core/src/protocol/index.js";
import { shiftsToICal, type CalendarLang } from "../src/calendar/ical.js";
import { arrangementName, docToRota } from "../src/doc/convert.js";
import { authenticate } from "./access.js";
import type { Store } from "./store.js";

/** The open (in-memory) document of that name, if the sync server has it loaded. */
export type LiveDocuments = (name: string) => Y.Doc | undefined;

/** How long calendar apps and caches may keep a feed (seconds). */
export const FEED_MAX_AGE = 300;

/** A feed answer: the calendar, a 404 (nothing more said), or the rota cannot be read now. */
export type FeedAnswer =
  | { readonly status: 200; readonly text: string }
  | { readonly status: 404 }
  | { readonly status: 503; readonly reason: string };

export interface FeedOptions {
  readonly store: Store;
  readonly secret: Buffer;
  readonly now: () => number;
  readonly documents?: LiveDocuments | undefined;
  readonly log?: (message: string) => void;
}

/** The rota document: the open one, or a copy built from the store (not opened for sync). */
async function rotaDoc(options: FeedOptions, name: string): Promise<Y.Doc> {
  const open = options.documents?.(name);
  if (open) return open;
  const doc = new Y.Doc();
  for (const update of await options.store.loadDocument(name)) {
    try {
      Y.applyUpdate(doc, update);
    } catch {
      // an unreadable stored update: sync.ts skips (and logs) it the same way when it loads
    }
  }
  return doc;
}

/**
 * The language of a feed: the one asked for (`?lang=` on the feed's address: the planner adds its
 * own), else the rota's locale, else its profile's (dk: Danish, no: Norwegian).
 */
export function feedLang(
  rota: Pick<RotaFile, "locale" | "profile">,
  asked?: string | null,
): CalendarLang {
  if (asked === "da" || asked === "nb" || asked === "en") return asked;
  switch (rota.locale) {
    case "da":
      return "da";
    case "nb":
    case "nn":
    case "no":
      return "nb";
    case "en":
    case "sv":
      return "en";
    default:
      return rota.profile === "no" ? "nb" : "da";
  }
}

/**
 * The feed behind the last path segment of `/api/calendar/<token>.ics` (`segment` as sent,
 * percent-encoded or not), in the language `lang` (`?lang=`; see {@link feedLang}).
 */
export async function calendarFeed(
  options: FeedOptions,
  segment: string,
  lang?: string | null,
): Promise<FeedAnswer> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return { status: 404 };
  }
  if (!decoded.endsWith(".ics")) return { status: 404 };
  const auth = await authenticate(options.store, options.secret, decoded.slice(0, -4), "calendar");
  if (!auth.ok) return { status: 404 };
  const { arrangement, assistantId } = auth.claims;
  if (assistantId === undefined) return { status: 404 }; // the claims schema rules this out
  const doc = await rotaDoc(options, rotaDocName(arrangement));
  const read = docToRota(doc);
  if (!read.ok) {
    const reason = read.issues.map((i) => `${i.path}: ${i.message}`).join("; ");
    options.log?.(`calendar feed of ${arrangement}: the rota cannot be read (${reason})`);
    return { status: 503, reason: "the rota cannot be read now" };
  }
  const assistant = read.rota.assistants.find((a) => a.id === assistantId);
  const title = arrangementName(doc) || "Turnus";
  const { text } = shiftsToICal({
    rota: read.rota,
    arrangementId: arrangement,
    assistantId,
    name: assistant ? `${title}: ${assistant.name}` : title,
    lang: feedLang(read.rota, lang),
    now: options.now(),
  });
  return { status: 200, text };
}
