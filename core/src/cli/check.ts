/**
 * `turnus check FILE [--json] [--rule ID]...`: the working-time and grant check of a rota file
 * (shared/spec/rota-file.md). Exit 0 without violations of severity `error`, 1 with, 2 when the
 * input could not be read (reasons on standard error).
 */
import { effectiveRota, formatIssues } from "../model/index.js";
import { RULE_IDS, checkRota, type Violation } from "../rules/index.js";
import type { Instant } from "../time/index.js";
import { parse } from "./args.js";
import { nowOf, readRotaFile, type CliIo } from "./io.js";

/** The usage text of `turnus check`. */
export const CHECK_USAGE = `Usage: turnus check FILE [--json] [--rule ID]...

  Checks a rota file against working-time law and the grant, and lists every violation with
  its legal source. Shifts before today (the file's "now", else the clock) that have an
  actual are checked as they happened; the rest as planned.

  --json       print {"violations":[...]} instead of the report
  --rule ID    report only this rule (repeatable): ${RULE_IDS.join(", ")}

Exit codes: 0 no violation of severity error, 1 at least one, 2 the input could not be read.
`;

function report(
  file: string,
  violations: readonly Violation[],
  names: Map<string, string>,
): string {
  const errors = violations.filter((v) => v.severity === "error").length;
  const warnings = violations.length - errors;
  if (violations.length === 0) return `${file}: no violations.\n`;
  const lines = [
    `${file}: ${violations.length} violation${violations.length === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`,
    "",
  ];
  for (const v of violations) {
    const who = v.assistantId
      ? `${names.get(v.assistantId) ?? v.assistantId} (${v.assistantId})`
      : "arrangement";
    lines.push(
      `${v.severity.toUpperCase().padEnd(7)} ${v.rule}  ${who}  ${v.from.replace("T", " ")} – ${v.to.replace("T", " ")}`,
      `        ${v.message}`,
    );
    if (v.shiftIds.length) lines.push(`        shifts: ${v.shiftIds.join(", ")}`);
    lines.push("");
  }
  return `${lines.join("\n")}`;
}

/** Runs `turnus check` with the arguments after the command name; returns the exit code. */
export async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse<{ json?: boolean; rule?: string[]; help?: boolean }>(args, {
    json: { type: "boolean" },
    rule: { type: "string", multiple: true },
    help: { type: "boolean", short: "h" },
  });
  if (parsed.ok && parsed.values.help) {
    io.out(CHECK_USAGE);
    return 0;
  }
  const unknownRule = parsed.ok
    ? parsed.values.rule?.find((r) => !(RULE_IDS as readonly string[]).includes(r))
    : undefined;
  const reason = !parsed.ok
    ? parsed.reason
    : parsed.files.length === 0
      ? "no rota file given"
      : parsed.files.length > 1
        ? `one rota file only, not ${parsed.files.length}`
        : unknownRule !== undefined
          ? `unknown rule "${unknownRule}"`
          : undefined;
  if (reason !== undefined || !parsed.ok) {
    io.err(`turnus check: ${reason ?? "bad arguments"}\n\n${CHECK_USAGE}`);
    return 2;
  }
  const file = parsed.files[0] as string;
  const read = await readRotaFile(io, "check", file);
  if (!read) return 2;
  // Rules run on the plan for the future and on actuals for the past.
  const now = nowOf(read, io);
  const rota = effectiveRota(read.rota, read.zone.dateOf(now));
  const checked = checkRota(rota, read.zone, { now: io.now() as Instant });
  if (!checked.ok) {
    io.err(`turnus check: ${file} is not a valid rota:\n${formatIssues(checked.issues)}\n`);
    return 2;
  }
  const only = parsed.values.rule;
  const violations = only
    ? checked.violations.filter((v) => only.includes(v.rule))
    : checked.violations;
  if (parsed.values.json) io.out(`${JSON.stringify({ violations }, null, 2)}\n`);
  else io.out(report(file, violations, new Map(read.rota.assistants.map((a) => [a.id, a.name]))));
  return violations.some((v) => v.severity === "error") ? 1 : 0;
}
