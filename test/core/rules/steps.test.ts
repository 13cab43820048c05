/**
 * `RotaChecker.createInSteps`: the full check in small steps, for a caller that spreads it over
 * several tasks, gives the same checker as `create` (and a shared memo of the zone's
 * resolution in the bulk load changes nothing either).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RotaChecker, checkRota } from "../../../core/src/rules/index.js";
import { instant } from "../../../core/src/time/index.js";
import { yearRota } from "../../bench/year-rota.js";
import { read } from "./helpers.js";

const now = instant(Date.UTC(2026, 1, 10, 8, 0));
const spec = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../fixtures/spec-example.rota.json"), "utf8"),
) as unknown;

describe("RotaChecker.createInSteps", () => {
  it.each([
    ["the spec example", spec],
    ["a year of 30 assistants", yearRota()],
  ])("gives what create gives, for %s, in many steps", (_name, value) => {
    const { rota, zone } = read(value);
    const whole = checkRota(rota, zone, { now });
    if (!whole.ok) throw new Error("invalid overrides");
    const r = RotaChecker.createInSteps(rota, zone, { now });
    if (!r.ok) throw new Error("invalid overrides");
    let steps = 1;
    while (r.step()) steps++;
    expect(steps).toBeGreaterThan(rota.assistants.length);
    expect(r.step()).toBe(false);
    expect(r.checker.violations()).toEqual(whole.violations);
    expect(r.checker.rota()).toEqual(rota);
    expect(whole.violations.length).toBeGreaterThan(0);
  });

  it("refuses invalid overrides before any step", () => {
    const { rota, zone } = read(spec);
    const r = RotaChecker.createInSteps(
      { ...rota, overrides: { "daily-rest": { minHours: "eleven" } } },
      zone,
    );
    expect(r.ok).toBe(false);
  });
});
