/**
 * The frame script: injected by the popup into every frame of the portal's tab (all frames,
 * isolated world) and installed once per frame as `globalThis.__turnusFrame`. Each frame fills
 * its own fields (a saved profile if one matches its address, else the heuristics), marks them,
 * shows the report banner and keeps what it overwrote for Undo. It never submits.
 */
import { z } from "zod";
import {
  fillForm,
  matchProfile,
  writeValue,
  type Control,
  type FillOutcome,
  type FillRow,
  type Locale,
  collectRoots,
  controlsIn,
} from "../fill/index.js";
import { translator } from "../lang.js";
import { saveProfile, savedProfiles } from "../profiles.js";
import { startTeach, type TeachSession } from "../teach/index.js";
import { FRAME_API, type FrameApi, type FrameReport } from "./api.js";
import { Banner } from "./banner.js";
import { Highlights } from "./highlight.js";
import { frameTexts } from "./texts.js";

// MV3 forbids eval: tell zod (profiles are validated here) not to probe for it.
z.config({ jitless: true });

/** Origins of this document's child iframes with an address. */
function childOrigins(doc: Document): string[] {
  const origins = new Set<string>();
  for (const f of doc.querySelectorAll("iframe[src]")) {
    try {
      origins.add(new URL((f as HTMLIFrameElement).src, doc.baseURI).origin);
    } catch {
      // an unparsable src has no origin to ask for
    }
  }
  return [...origins].filter((o) => o !== "null");
}

/** The frame script's state and functions for one document. */
function createFrameApi(doc: Document): FrameApi {
  const highlights = new Highlights();
  let banner: Banner | undefined;
  let lastReport: FrameReport | null = null;
  let teaching: TeachSession | undefined;
  let last: { written: { el: Control; previous: string }[] } | undefined;

  const mark = (
    outcome: FillOutcome,
    t: ReturnType<typeof translator<keyof typeof frameTexts>>,
  ) => {
    for (const w of outcome.written) {
      const text = w.ok
        ? t("filledField")
        : t("changedField", { written: w.entry.written, read: w.entry.read });
      highlights.mark(w.el, w.ok ? "filled" : "changed", text);
    }
    for (const r of outcome.refused) {
      highlights.mark(r.el, "failed", t("failedField", { reason: r.failure.reason }));
    }
  };

  const removeBanner = () => {
    banner?.remove();
    banner = undefined;
  };

  const undo = (): number => {
    if (!last) return 0;
    const restored = last.written.length;
    for (const { el, previous } of [...last.written].reverse()) writeValue(el, previous);
    last = undefined;
    highlights.clear();
    return restored;
  };

  return {
    async fill(rows: FillRow[], locale: Locale): Promise<FrameReport> {
      const t0 = performance.now();
      const t = translator(frameTexts, locale);
      const profile = matchProfile(await savedProfiles(), doc.location.href);
      const report: FrameReport = {
        url: doc.location.href,
        form: false,
        ...(profile ? { profile: profile.name } : {}),
        filled: 0,
        changed: [],
        failed: [],
        rowsAdded: 0,
        ms: 0,
        childOrigins: childOrigins(doc),
      };
      undo(); // a second fill starts from what the page held before the first
      removeBanner();
      lastReport = null;
      const outcome = await fillForm(doc, rows, { profile, frames: false });
      if (outcome.report.rowsFound === 0) return report;
      mark(outcome, t);
      last = { written: outcome.written.map((w) => ({ el: w.el, previous: w.entry.previous })) };
      const r = outcome.report;
      Object.assign(report, {
        form: true,
        filled: r.filled.length,
        changed: r.changed,
        failed: r.failed,
        rowsAdded: r.rowsAdded,
      });
      report.ms = performance.now() - t0;
      lastReport = report;
      banner = new Banner(doc, { region: t("region"), undo: t("undo"), hide: t("hide") });
      banner.show(
        t("summary", {
          filled: r.filled.length,
          changed: r.changed.length,
          failed: r.failed.length,
        }),
        {
          undo: () => banner?.settle(t("undone", { count: undo() })),
          hide: () => {
            highlights.clear();
            removeBanner();
          },
        },
      );
      return report;
    },
    undo(): number {
      const count = undo();
      removeBanner();
      return count;
    },
    canUndo: () => last !== undefined,
    lastReport: () => lastReport,
    fieldCount: () => controlsIn(collectRoots(doc, false).roots).length,
    teach(locale: Locale): boolean {
      if (controlsIn(collectRoots(doc, false).roots).length === 0) return false;
      teaching?.stop();
      teaching = startTeach(doc, {
        locale,
        frames: false,
        onSave: saveProfile,
        onClose: () => (teaching = undefined),
      });
      return true;
    },
  };
}

const scope = globalThis as unknown as Record<string, FrameApi | undefined>;
scope[FRAME_API] ??= createFrameApi(document);
