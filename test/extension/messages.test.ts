// The extension protocol (core/src/protocol/extension.ts): what the background accepts.
import { describe, expect, it } from "vitest";
import {
  isPlannerOrigin,
  parseExtensionMessage,
  type ExtensionMessage,
} from "../../core/src/protocol/index.js";
import { sheet } from "./sheet.js";

describe("parseExtensionMessage", () => {
  it("accepts a timesheet and a clear message of version 1", () => {
    const m: ExtensionMessage = { type: "timesheet", version: 1, payload: sheet };
    expect(parseExtensionMessage(m)).toEqual({ ok: true, message: m });
    expect(parseExtensionMessage({ type: "clear", version: 1 })).toEqual({
      ok: true,
      message: { type: "clear", version: 1 },
    });
  });

  it("names the bad field of a payload", () => {
    const bad = { ...sheet, rows: [{ ...sheet.rows[0], date: "2026-3-2" }] };
    const r = parseExtensionMessage({ type: "timesheet", version: 1, payload: bad });
    expect(r).toEqual({ ok: false, error: "payload.rows.0.date: must be a date YYYY-MM-DD" });
  });

  it("rejects an unknown type, another version and a non-object", () => {
    expect(parseExtensionMessage({ type: "fill", version: 1 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^type: /) as unknown,
    });
    expect(parseExtensionMessage({ type: "clear", version: 2 })).toEqual({
      ok: false,
      error: "version: must be 1",
    });
    expect(parseExtensionMessage("hello")).toMatchObject({ ok: false });
  });
});

describe("isPlannerOrigin", () => {
  const allowed = ["http://127.0.0.1:4173"];
  it("matches the origin exactly", () => {
    expect(isPlannerOrigin(allowed, "http://127.0.0.1:4173")).toBe(true);
    for (const o of [
      "http://127.0.0.1:4174",
      "https://127.0.0.1:4173",
      "http://localhost:4173",
      "http://127.0.0.1:4173.evil.example",
      "null",
      undefined,
    ]) {
      expect(isPlannerOrigin(allowed, o)).toBe(false);
    }
  });
});
