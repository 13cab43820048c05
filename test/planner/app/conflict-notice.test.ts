/**
 * The notice of what happened to offline edits: one sentence per report, in each language, in
 * a status region with a Dismiss button (the component has no hooks, so it is called directly
 * and its element tree inspected; the real DOM is the end-to-end tests' business).
 */
import { describe, expect, it, vi } from "vitest";
import type { VNode } from "preact";
import type { ConflictReport } from "../../../planner/src/doc/index.js";
import { ConflictNotice, conflictText } from "../../../planner/src/app/ConflictNotice.js";
import { LANGS } from "../../../planner/src/i18n/messages.js";

const names = new Map([
  ["a1", "Anna"],
  ["a2", "Bo"],
]);
const mine = { id: "s1", assistantId: "a1", start: "2026-03-02T08:00", end: "2026-03-02T16:00" };
const theirs = { id: "s1", assistantId: "a2", start: "2026-03-02T06:00", end: "2026-03-02T14:00" };
const shiftReport = (outcome: ConflictReport["outcome"], over: Partial<ConflictReport> = {}) =>
  ({
    kind: "shift",
    id: "s1",
    yours: mine,
    theirs,
    now: mine,
    outcome,
    ...over,
  }) as ConflictReport;

/** Every element of a tree, depth first. */
function elements(node: unknown): VNode[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (node === null || typeof node !== "object" || !("props" in node)) return [];
  const v = node as VNode<{ children?: unknown }>;
  return [v, ...elements(v.props.children)];
}

describe("conflictText", () => {
  it("says what was kept, with both versions, in English", () => {
    expect(conflictText("en", shiftReport("yours-kept"), names)).toBe(
      "Shift Mon 2 Mar: also changed by someone else. Yours is kept: Mon 2 Mar 08:00–16:00, Anna. Theirs was: Mon 2 Mar 06:00–14:00, Bo.",
    );
    expect(conflictText("en", shiftReport("theirs-kept", { now: theirs }), names)).toContain(
      "Theirs is kept: Mon 2 Mar 06:00–14:00, Bo. Yours was: Mon 2 Mar 08:00–16:00, Anna.",
    );
  });

  it("names removals and each outcome differently", () => {
    const removed = conflictText(
      "en",
      shiftReport("theirs-kept", { yours: undefined, now: theirs }),
      names,
    );
    expect(removed).toContain("Yours was: removed.");
    const texts = (
      ["yours-kept", "theirs-kept", "you-removed", "removed-by-them", "changed-again"] as const
    ).map((o) => conflictText("en", shiftReport(o), names));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("describes assistants and settings", () => {
    const a: ConflictReport = {
      kind: "assistant",
      id: "a1",
      yours: { id: "a1", name: "Anna M" },
      theirs: { id: "a1", name: "Anna K" },
      now: { id: "a1", name: "Anna K" },
      outcome: "theirs-kept",
    };
    expect(conflictText("en", a, names)).toBe(
      "Assistant Anna K: also changed by someone else. Theirs is kept: Anna K. Yours was: Anna M.",
    );
    const s: ConflictReport = {
      kind: "setting",
      id: "grant",
      yours: { hours: 30, per: "week" },
      theirs: { hours: 40, per: "week" },
      now: { hours: 30, per: "week" },
      outcome: "yours-kept",
    };
    expect(conflictText("en", s, names)).toContain('Yours is kept: {"hours":30,"per":"week"}');
  });

  it("has a sentence in every language, with nothing left unfilled", () => {
    for (const lang of LANGS) {
      for (const o of [
        "yours-kept",
        "theirs-kept",
        "you-removed",
        "removed-by-them",
        "changed-again",
      ] as const) {
        const s = conflictText(lang, shiftReport(o), names);
        expect(s).not.toMatch(/\{\w+\}/);
        expect(s.length).toBeGreaterThan(20);
      }
    }
    expect(conflictText("da", shiftReport("yours-kept"), names)).toContain("Din udgave er beholdt");
    expect(conflictText("nb", shiftReport("yours-kept"), names)).toContain(
      "Din versjon er beholdt",
    );
  });
});

describe("ConflictNotice", () => {
  it("renders nothing without reports", () => {
    expect(ConflictNotice({ lang: "en", reports: [], names, onDismiss: () => {} })).toBeNull();
  });

  it("lists each report in a status region, dismissed by its button or Escape", () => {
    const onDismiss = vi.fn();
    const reports = [
      shiftReport("yours-kept"),
      shiftReport("theirs-kept", { id: "s2", now: theirs }),
    ];
    const tree = ConflictNotice({ lang: "en", reports, names, onDismiss });
    const all = elements(tree);
    const region = all[0] as VNode<{ role?: string; onKeyDown?: (e: { key: string }) => void }>;
    expect(region.props.role).toBe("status");
    const items = all.filter((e) => e.type === "li");
    expect(items.map((li) => (li.props as { children?: unknown }).children)).toEqual(
      reports.map((r) => conflictText("en", r, names)),
    );
    const button = all.find((e) => e.type === "button") as VNode<{
      type?: string;
      onClick?: () => void;
      children?: unknown;
    }>;
    expect(button.props.type).toBe("button");
    expect(button.props.children).toBe("Dismiss");
    button.props.onClick?.();
    expect(onDismiss).toHaveBeenCalledTimes(1);
    region.props.onKeyDown?.({ key: "Tab" });
    expect(onDismiss).toHaveBeenCalledTimes(1);
    region.props.onKeyDown?.({ key: "Escape" });
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });
});
