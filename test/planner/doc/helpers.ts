/** Shared helpers of the document-layer tests: fixtures, replicas and raw writes. */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as Y from "yjs";
import { readRota, type RotaFile } from "../../../core/src/model/index.js";
import { checkRota, type Violation } from "../../../core/src/rules/index.js";
import { instant, type Instant } from "../../../core/src/time/index.js";
import { docMaps, docToRota, importRota } from "../../../planner/src/doc/index.js";

const fixtures = path.resolve(import.meta.dirname, "../../fixtures");

/** A fixture file's text, e.g. `spec-example.rota.json`. */
export const fixtureText = (name: string): string =>
  readFileSync(path.join(fixtures, name), "utf8");

/** A fixed "now" (2026-02-10 09:00 in Copenhagen), so that late-change is deterministic. */
export const NOW: Instant = instant(Date.UTC(2026, 1, 10, 8, 0));
/** The clock the tests give LiveCheck. */
export const clock = (): Instant => NOW;

/** A new document holding the rota file `text` (the test fails when it does not import). */
export function docWith(text: string, name = "Test"): Y.Doc {
  const doc = new Y.Doc();
  const r = importRota(doc, text, name);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
  return doc;
}

/** A replica of `doc`: a new document with its whole state. */
export function replica(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Sends what `from` has and `to` lacks (one direction). */
export function send(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

/** Writes a raw value into a root map, bypassing validation (as a buggy or hostile peer could). */
export function writeRaw(
  doc: Y.Doc,
  root: "meta" | "assistants" | "shifts",
  key: string,
  value: unknown,
): void {
  doc.transact(() => docMaps(doc)[root].set(key, value));
}

/** The full check of what `docToRota` reads, with the tests' clock. */
export function fullCheck(doc: Y.Doc): Violation[] {
  const r = docToRota(doc);
  if (!r.ok) return [];
  const c = checkRota(r.rota, r.zone, { now: NOW });
  if (!c.ok) throw new Error(c.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
  return c.violations;
}

/** Issues sorted by path then message, for comparisons that do not care about order. */
export const sortedIssues = <T extends { path: string; message: string }>(issues: readonly T[]) =>
  [...issues].sort((a, b) =>
    a.path === b.path ? a.message.localeCompare(b.message) : a.path < b.path ? -1 : 1,
  );

/** A rota file read with core (the test fails on problems). */
export function readFile(text: string): RotaFile {
  const r = readRota(text);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
  return r.rota;
}

/** A small rota file: one assistant, no need or grant, in Copenhagen. */
export function smallRota(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: "turnus-rota/1",
    profile: "dk",
    timeZone: "Europe/Copenhagen",
    locale: "en",
    assistants: [
      { id: "a1", name: "Anna" },
      { id: "a2", name: "Bo" },
    ],
    shifts: [
      { id: "s1", assistantId: "a1", start: "2026-03-02T07:00", end: "2026-03-02T15:00" },
      { id: "s2", assistantId: "a2", start: "2026-03-03T07:00", end: "2026-03-03T15:00" },
      { id: "s3", assistantId: "a1", start: "2026-03-04T07:00", end: "2026-03-04T15:00" },
    ],
    ...extra,
  });
}
