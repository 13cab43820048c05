/**
 * An assistant's own document (core/src/protocol/assistant.ts): availability, wishes and swap
 * requests, one plain JSON value per entry id in the maps `availability`, `wishes` and `swaps`,
 * and the layout version in `meta`. Like the rota document, everything read is validated by
 * core's schemas, and an entry that does not validate is reported with its path and left out
 * (never deleted: a newer planner may have written it).
 *
 * Stored on the device under `assistantDocName` (persistence.ts) and synced as
 * `turnus/<id>/assistant/<assistantId>`; the server lets only that assistant and the leaders
 * write it. Edits are transactions with {@link ASSISTANT_ORIGIN} (not in the rota's undo).
 */
import * as Y from "yjs";
import { jsonPath, type Issue } from "../../../core/src/model/index.js";
import {
  ASSISTANT_DOC_MAPS,
  ASSISTANT_DOC_VERSION,
  ASSISTANT_ENTRY_SCHEMAS,
  type ActualReport,
  type AssistantDocMap,
  type Availability,
  type SwapRequest,
  type TimesheetSignature,
  type Wish,
  type WithId,
} from "../../../core/src/protocol/index.js";
import type { EditResult } from "./edit.js";
import { assistantDocName, indexedDbStorage, type DocStorage } from "./persistence.js";

/** Transaction origin of edits to an assistant document. */
export const ASSISTANT_ORIGIN: unique symbol = Symbol("turnus/doc/assistant");

/** What an assistant document holds, validated and sorted for showing. */
export interface AssistantData {
  /** By first day. */
  readonly availability: readonly WithId<Availability>[];
  /** By date. */
  readonly wishes: readonly WithId<Wish>[];
  /** Open ones first, then newest first. */
  readonly swaps: readonly WithId<SwapRequest>[];
  /** Reports of actual time, by shift id (the entry's id). */
  readonly actuals: ReadonlyMap<string, ActualReport>;
  /** The assistant's signatures of monthly timesheets, by month (`YYYY-MM`). */
  readonly signatures: ReadonlyMap<string, TimesheetSignature>;
  /** Entries left out because they do not validate, with their document paths. */
  readonly issues: readonly Issue[];
}

/** An entry's value as given (validated before it is written). */
export type EntryInput<M extends AssistantDocMap> = M extends "availability"
  ? Availability
  : M extends "wishes"
    ? Wish
    : M extends "swaps"
      ? SwapRequest
      : M extends "actuals"
        ? ActualReport
        : TimesheetSignature;

const mapOf = (doc: Y.Doc, name: AssistantDocMap) => doc.getMap<unknown>(name);

/** The stored layout version (0: nothing written yet). */
const versionOf = (doc: Y.Doc): number => {
  const v = doc.getMap<unknown>("meta").get("version");
  return typeof v === "number" ? v : 0;
};

/** Refuses a document written by a newer planner (nothing is read or written then). */
function newer(doc: Y.Doc): readonly Issue[] | undefined {
  const v = versionOf(doc);
  if (v <= ASSISTANT_DOC_VERSION) return undefined;
  return [
    {
      path: "$.meta.version",
      message: `this assistant document was saved by a newer Turnus (layout ${v}); update the planner`,
    },
  ];
}

function sortedEntries<T>(doc: Y.Doc, name: AssistantDocMap, issues: Issue[]): WithId<T>[] {
  const schema = ASSISTANT_ENTRY_SCHEMAS[name];
  const out: WithId<T>[] = [];
  for (const [id, value] of mapOf(doc, name)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push({ ...(parsed.data as T), id });
    else {
      for (const i of parsed.error.issues) {
        issues.push({ path: jsonPath([name, id, ...i.path]), message: i.message });
      }
    }
  }
  return out;
}

/** Reads an assistant document (validated; see {@link AssistantData}). */
export function readAssistantDoc(doc: Y.Doc): AssistantData {
  const refused = newer(doc);
  if (refused)
    return {
      availability: [],
      wishes: [],
      swaps: [],
      actuals: new Map(),
      signatures: new Map(),
      issues: refused,
    };
  const issues: Issue[] = [];
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  const availability = sortedEntries<Availability>(doc, "availability", issues).sort(
    (a, b) => a.from.localeCompare(b.from) || byId(a, b),
  );
  const wishes = sortedEntries<Wish>(doc, "wishes", issues).sort(
    (a, b) => a.date.localeCompare(b.date) || byId(a, b),
  );
  const rank = (s: SwapRequest) => (s.status === "open" ? 0 : 1);
  const swaps = sortedEntries<SwapRequest>(doc, "swaps", issues).sort(
    (a, b) => rank(a) - rank(b) || b.at - a.at || byId(a, b),
  );
  const actuals = new Map(
    sortedEntries<ActualReport>(doc, "actuals", issues).map(({ id, ...r }) => [id, r] as const),
  );
  const signatures = new Map(
    sortedEntries<TimesheetSignature>(doc, "signatures", issues).map(
      ({ id, ...r }) => [id, r] as const,
    ),
  );
  return { availability, wishes, swaps, actuals, signatures, issues };
}

/**
 * Writes an entry (a new id adds one, an existing id replaces it whole). Bad input returns
 * issues with paths and writes nothing.
 */
export function putEntry<M extends AssistantDocMap>(
  doc: Y.Doc,
  map: M,
  id: string,
  value: EntryInput<M>,
): EditResult {
  const refused = newer(doc);
  if (refused) return { ok: false, issues: refused };
  // ids are ours (random) or, for reports of actual time, the shift's id
  if (id.length === 0 || id.length > 200) {
    return {
      ok: false,
      issues: [{ path: jsonPath([map]), message: `"${id}" is not an entry id` }],
    };
  }
  const parsed = ASSISTANT_ENTRY_SCHEMAS[map].safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message }));
    return { ok: false, issues };
  }
  // stored as given (unknown fields kept), as plain JSON
  const plain = JSON.parse(JSON.stringify(value)) as unknown;
  doc.transact(() => {
    if (versionOf(doc) < ASSISTANT_DOC_VERSION) {
      doc.getMap<unknown>("meta").set("version", ASSISTANT_DOC_VERSION);
    }
    mapOf(doc, map).set(id, plain);
  }, ASSISTANT_ORIGIN);
  return { ok: true };
}

/** Removes an entry (nothing happens when there is none). */
export function removeEntry(doc: Y.Doc, map: AssistantDocMap, id: string): void {
  if (newer(doc) || !mapOf(doc, map).has(id)) return;
  doc.transact(() => mapOf(doc, map).delete(id), ASSISTANT_ORIGIN);
}

/** Calls `listener` once after each transaction that changed entries; returns the unsubscribe. */
export function observeAssistantDoc(doc: Y.Doc, listener: () => void): () => void {
  const maps = new Set<unknown>([
    ...ASSISTANT_DOC_MAPS.map((m) => mapOf(doc, m)),
    doc.getMap<unknown>("meta"),
  ]);
  const after = (tr: Y.Transaction) => {
    for (const type of tr.changed.keys()) {
      if (maps.has(type)) return listener();
    }
  };
  doc.on("afterTransaction", after);
  return () => doc.off("afterTransaction", after);
}

/** An assistant document open on this device. */
export interface OpenedAssistantDoc {
  readonly doc: Y.Doc;
  /** Stops storing (what was stored stays) and destroys the Y.Doc. */
  close(): Promise<void>;
}

/** Opens (creating when missing) an assistant's document from local storage. */
export async function openAssistantDoc(
  arrangementId: string,
  assistantId: string,
  storage: DocStorage = indexedDbStorage(),
): Promise<OpenedAssistantDoc> {
  const doc = new Y.Doc();
  const binding = await storage.attach(assistantDocName(arrangementId, assistantId), doc);
  return {
    doc,
    async close() {
      await binding.close();
      doc.destroy();
    },
  };
}
