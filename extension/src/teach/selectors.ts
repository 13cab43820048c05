/**
 * CSS selectors for a taught profile: a control's column inside its row (a stable attribute with
 * the row index left out, else its position), the row container, and a single element such as
 * the add-row button. Every selector is checked against the page before it is used.
 */
import type { Control } from "../fill/index.js";

/** An attribute selector `[name<op>"value"]` with the value quoted safely. */
export function attr(name: string, op: "" | "^" | "$", value: string): string {
  return `[${CSS.escape(name)}${op}="${value.replace(/["\\]/g, "\\$&")}"]`;
}

/** Digit runs and the text between them: `r0c1` → ["r", "0", "c", "1", ""]. */
const tokens = (s: string) => s.split(/(\d+)/);

/**
 * The selector for attribute `name` whose value is `value` here and `other` in another row: the
 * parts that differ between rows (or, with no other row, the first number) are left out.
 */
export function attrPattern(name: string, value: string, other?: string): string | undefined {
  const mine = tokens(value);
  const theirs = other === undefined ? undefined : tokens(other);
  let varying: number[];
  if (theirs && theirs.length === mine.length) {
    varying = mine.map((t, i) => (t !== theirs[i] ? i : -1)).filter((i) => i >= 0);
    if (varying.some((i) => i % 2 === 0)) return undefined; // the text differs, not a number
  } else {
    varying = mine.length > 1 ? [1] : [];
  }
  if (varying.length === 0) return attr(name, "", value);
  const prefix = mine.slice(0, varying[0]).join("");
  const suffix = mine.slice(varying[varying.length - 1]! + 1).join("");
  const parts = [prefix && attr(name, "^", prefix), suffix && attr(name, "$", suffix)];
  return parts.join("") || undefined;
}

/** Attributes worth a column selector, best first. */
function stableAttributes(el: Element): string[] {
  const data = el.getAttributeNames().filter((n) => n.startsWith("data-"));
  return ["name", "id", ...data, "aria-label"].filter((n) => el.hasAttribute(n));
}

/** The position path from `row` down to `el`: `:scope > td:nth-child(3) > input`. */
export function positionPath(row: Element, el: Element): string {
  const steps: string[] = [];
  for (let e: Element = el; e !== row && e.parentElement; e = e.parentElement) {
    const siblings = [...e.parentElement.children];
    const alone = siblings.every((s) => s === e || s.localName !== e.localName);
    steps.unshift(alone ? e.localName : `${e.localName}:nth-child(${siblings.indexOf(e) + 1})`);
  }
  return [":scope", ...steps].join(" > ");
}

/** The control at the same position in `other` as `el` has in `row`, if any. */
export function counterpart(row: Element, el: Control, other: Element): Element | undefined {
  const mine = [...row.querySelectorAll("input, select, textarea")];
  return other.querySelectorAll("input, select, textarea")[mine.indexOf(el)] ?? undefined;
}

/** True when `sel` finds `el` in `row` and something in every other row. */
const fits = (sel: string, row: Element, el: Element, others: readonly Element[]) =>
  row.querySelector(sel) === el && others.every((o) => o.querySelector(sel) !== null);

/**
 * The column selector of `el` in `row`: a stable attribute with the row index left out
 * (`[name^="r"][name$="c1"]`), else its position, checked against `row` and `others`.
 */
export function columnSelector(row: Element, el: Control, others: readonly Element[]): string {
  const other = others[0] && counterpart(row, el, others[0]);
  for (const name of stableAttributes(el)) {
    const sel = attrPattern(
      name,
      el.getAttribute(name) ?? "",
      other?.getAttribute(name) ?? undefined,
    );
    if (sel && fits(sel, row, el, others)) return sel;
  }
  return positionPath(row, el);
}

/** An id that looks written by a person, not generated (`#vagter`, not `#ember1234`). */
const stableId = (el: Element) => (el.id && !/\d{3}/.test(el.id) ? `#${CSS.escape(el.id)}` : "");

/** Classes every element of `group` has, leaving out generated-looking ones. */
function sharedClasses(el: Element, group: readonly Element[]): string[] {
  return [...el.classList].filter(
    (c) => !/\d/.test(c) && group.every((g) => g.classList.contains(c)),
  );
}

/** `tag.class.class` for `el`, with the classes it shares with `group`. */
export function simpleSelector(el: Element, group: readonly Element[] = []): string {
  return [el.localName, ...sharedClasses(el, group).map((c) => `.${CSS.escape(c)}`)].join("");
}

/** The ancestors of `el` up to (not including) its root, nearest first. */
function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let e = el.parentElement; e; e = e.parentElement) out.push(e);
  return out;
}

/** Selectors for `row`, most robust first. */
function rowCandidates(row: Element, siblings: readonly Element[]): string[] {
  const part = simpleSelector(row, siblings);
  const up = ancestors(row);
  const scopeAt = up.findIndex((a) => stableId(a) !== "");
  const scope = scopeAt >= 0 ? stableId(up[scopeAt]!) : "";
  const chainTo = scopeAt >= 0 ? scopeAt : up.length - 1;
  const chain = up
    .slice(0, chainTo)
    .reverse()
    .map((a) => a.localName);
  const parent = row.parentElement?.localName;
  const head = scope || up[chainTo]?.localName || "";
  const out = [
    part.includes(".") ? part : "",
    scope && `${scope} ${part}`,
    scope && parent && `${scope} ${parent} > ${part}`,
    [head, ...chain, part].filter((s) => s !== "").join(" > "),
  ];
  return out.filter((s): s is string => !!s);
}

/**
 * The row container selector: the first candidate that finds `row` in its root and only
 * containers holding every column; else the longest, narrowed with `:has()`.
 */
export function rowSelector(
  row: Element,
  siblings: readonly Element[],
  columns: readonly string[],
): string {
  const root = row.getRootNode() as Document | ShadowRoot;
  const holdsAll = (c: Element) => columns.every((col) => c.querySelector(col) !== null);
  const candidates = rowCandidates(row, siblings);
  for (const sel of candidates) {
    const found = [...root.querySelectorAll(sel)];
    if (found.includes(row) && found.every(holdsAll)) return sel;
  }
  const last = candidates[candidates.length - 1] ?? row.localName;
  const first = columns[0]?.replace(/^:scope > /, "");
  return first ? `${last}:has(${first})` : last;
}

/** A selector that finds exactly `el` in its document: its id, its classes, else its path. */
export function uniqueSelector(el: Element): string {
  const doc = el.ownerDocument;
  const own = stableId(el);
  const byClass = simpleSelector(el, [el]);
  for (const sel of [own, byClass]) {
    if (sel && doc.querySelectorAll(sel).length === 1) return sel;
  }
  const up = ancestors(el);
  const scopeAt = up.findIndex((a) => stableId(a) !== "");
  const base = scopeAt >= 0 ? up[scopeAt]! : doc.documentElement;
  const path = positionPath(base, el).replace(
    /^:scope/,
    base === doc.documentElement ? "html" : stableId(base),
  );
  return path;
}
