#!/usr/bin/env node
// Runs Vitest once (human-readable default reporter, plus a JSON report into a temp file) and
// prints as its very last line `Tests: N passed, M failed[, K skipped]`, the line CI reads.
// Exits non-zero when a test or a test file failed, or when no test ran at all.
// Extra arguments are passed on to `vitest run` (e.g. a file filter).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The part of Vitest's JSON report we read (Jest-compatible shape).
 * @typedef {{
 *   numPassedTests: number, numFailedTests: number, numPendingTests: number,
 *   numTodoTests: number, numFailedTestSuites: number,
 *   testResults: { status: string, assertionResults: { status: string }[] }[]
 * }} Report
 */

const require = createRequire(import.meta.url);
const vitest = path.join(path.dirname(require.resolve("vitest/package.json")), "vitest.mjs");
const dir = mkdtempSync(path.join(tmpdir(), "turnus-vitest-"));
const outputFile = path.join(dir, "report.json");

/**
 * Runs `vitest run` with `args` and returns its exit status and JSON report.
 * @param {string[]} args
 * @returns {{ status: number | null, signal: NodeJS.Signals | null, report: Report | undefined }}
 */
function vitestRun(args) {
  const run = spawnSync(
    process.execPath,
    [
      vitest,
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${outputFile}`,
      ...args,
    ],
    { stdio: "inherit" },
  );
  /** @type {Report | undefined} */
  let report;
  try {
    /** @type {unknown} */
    const json = JSON.parse(readFileSync(outputFile, "utf8"));
    report = /** @type {Report} */ (json);
    rmSync(outputFile, { force: true });
  } catch (error) {
    console.error(`run-tests: no JSON report from vitest (${String(error)})`);
  }
  return { status: run.status, signal: run.signal, report };
}

// The node tests first, then the browser tests on their own: headless Chromium timing is
// steadier without the node suite competing for the machine's two cores.
const extra = process.argv.slice(2);
const runs = extra.length
  ? [vitestRun(extra)]
  : [vitestRun(["--project", "node"]), vitestRun(["--project", "e2e"])];
rmSync(dir, { recursive: true, force: true });

/** @type {Report | undefined} */
const report = runs.every((r) => r.report)
  ? {
      numPassedTests: runs.reduce((n, r) => n + (r.report?.numPassedTests ?? 0), 0),
      numFailedTests: runs.reduce((n, r) => n + (r.report?.numFailedTests ?? 0), 0),
      numPendingTests: runs.reduce((n, r) => n + (r.report?.numPendingTests ?? 0), 0),
      numTodoTests: runs.reduce((n, r) => n + (r.report?.numTodoTests ?? 0), 0),
      numFailedTestSuites: runs.reduce((n, r) => n + (r.report?.numFailedTestSuites ?? 0), 0),
      testResults: runs.flatMap((r) => r.report?.testResults ?? []),
    }
  : undefined;
const run = runs.find((r) => r.status !== 0) ?? runs[0] ?? { status: 1, signal: null };

const passed = report?.numPassedTests ?? 0;
// A test file that fails to load has no failed test in it, but it is a failure all the same.
const brokenFiles =
  report?.testResults.filter(
    (file) => file.status === "failed" && !file.assertionResults.some((t) => t.status === "failed"),
  ).length ?? 0;
let failed = (report?.numFailedTests ?? 0) + brokenFiles;
const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);

const noTestFiles = report !== undefined && report.testResults.length === 0;
if (run.status !== 0 && failed === 0 && !noTestFiles) {
  // Vitest failed for a reason outside any test (no report, an unhandled error, bad config):
  // count it, so that the summary line never looks green while the exit code is not.
  console.error(`run-tests: vitest exited with ${String(run.status ?? run.signal)}`);
  failed = 1;
}
if (passed === 0 && failed === 0) console.error("run-tests: no test ran");

const skippedPart = skipped > 0 ? `, ${skipped} skipped` : "";
console.log(`Tests: ${passed} passed, ${failed} failed${skippedPart}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
