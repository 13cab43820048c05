/**
 * Rota file versions. A file of an older format is migrated step by step to the current one
 * before validation; a newer format is refused with a clear message rather than misread.
 */
import { ROTA_FORMAT } from "./rota-file.js";
import type { Issue } from "./issues.js";

/** One step from a format to the next. `up` must not mutate its input. */
export interface Migration {
  readonly from: string;
  readonly to: string;
  readonly up: (doc: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/**
 * The steps that bring old files to {@link ROTA_FORMAT}. `turnus-rota/1` is the first published
 * format, so there are none yet; the next format adds its step here.
 */
export const MIGRATIONS: readonly Migration[] = [];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Brings a parsed JSON document to `target` through `steps`, or says why it cannot. */
export function migrate(
  doc: unknown,
  steps: readonly Migration[] = MIGRATIONS,
  target: string = ROTA_FORMAT,
): { ok: true; doc: Record<string, unknown> } | { ok: false; issues: Issue[] } {
  if (!isRecord(doc)) {
    return { ok: false, issues: [{ path: "$", message: "a rota file must be a JSON object" }] };
  }
  let current: Record<string, unknown> = doc;
  const seen = new Set<string>();
  while (current.format !== target) {
    const format = current.format;
    if (typeof format !== "string") {
      return {
        ok: false,
        issues: [{ path: "$.format", message: `format is missing: expected "${target}"` }],
      };
    }
    const step = steps.find((s) => s.from === format);
    if (!step || seen.has(format)) {
      const known = [target, ...steps.map((s) => s.from)].map((f) => `"${f}"`).join(", ");
      const newer = /^turnus-rota\/\d+$/.test(format);
      return {
        ok: false,
        issues: [
          {
            path: "$.format",
            message: newer
              ? `format "${format}" is not one this version reads (${known}); it may come from a newer Turnus`
              : `format "${format}" is not a Turnus rota file (expected ${known})`,
          },
        ],
      };
    }
    seen.add(format);
    current = { ...step.up(current), format: step.to };
  }
  return { ok: true, doc: current };
}
