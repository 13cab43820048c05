/**
 * Shift templates (`templates` in the rota file): short names such as `D` for `7-15`, typed into
 * a rota cell instead of the times. The checks the schema cannot express, and the map that
 * `parseShiftText` takes.
 */
import type { LocalDate } from "../time/index.js";
import type { Issue } from "./issues.js";
import type { RotaFile, Template } from "./rota-file.js";
import { parseShiftText } from "./shift-text.js";

/** Any date: whether a text reads as a shift does not depend on the day. */
const ANY_DAY = "2026-01-05" as LocalDate;

/**
 * The problems of a list of templates (already through the schema), with JSON paths under
 * `path` (`$.templates`): a text that does not read as a shift, a short name that is itself a
 * shift text, or one used twice (without regard to case).
 */
export function templateIssues(templates: readonly Template[], path = "$.templates"): Issue[] {
  const issues: Issue[] = [];
  const first = new Map<string, number>();
  templates.forEach((tpl, i) => {
    const at = `${path}[${i}]`;
    const key = tpl.short.toLowerCase();
    const seen = first.get(key);
    if (seen !== undefined) {
      issues.push({
        path: `${at}.short`,
        message: `the short name "${tpl.short}" is already used (also at ${path}[${seen}]); short names are read without regard to case`,
      });
    } else first.set(key, i);
    if (parseShiftText(tpl.short, ANY_DAY).ok) {
      issues.push({
        path: `${at}.short`,
        message: `the short name "${tpl.short}" reads as a shift itself; use letters such as D, A or N`,
      });
    }
    const text = parseShiftText(tpl.text, ANY_DAY);
    if (!text.ok) issues.push({ path: `${at}.text`, message: text.reason });
  });
  return issues;
}

/**
 * The templates of a rota as the map `parseShiftText` takes (short name -> shift text); empty
 * when the rota has none.
 */
export function templateMap(rota: Pick<RotaFile, "templates">): Record<string, string> {
  const map: Record<string, string> = {};
  for (const tpl of rota.templates ?? []) map[tpl.short] = tpl.text;
  return map;
}
