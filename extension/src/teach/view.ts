/**
 * The teach panel's markup: a non-modal dialog with a heading, one native select per page field
 * ("What goes here?"), an alert for problems, a status for "Saved", and Save and Close buttons.
 * Large targets, high contrast, a visible focus ring; inside its own shadow root.
 */
import { FIELD_KINDS, namesOf, OWN_UI, type Control, type FieldKind } from "../fill/index.js";
import type { TeachText } from "./texts.js";

/** A text lookup for the panel's language. */
export type Say = (key: TeachText, values?: Record<string, string | number>) => string;

/** The order of the choices in each select: the usual columns first. */
export const CHOICES: readonly FieldKind[] = [
  "date",
  "start",
  "end",
  "hours",
  "kind",
  ...FIELD_KINDS.filter((k) => !["date", "start", "end", "hours", "kind"].includes(k)),
];

const CSS = `
  :host { all: initial; }
  [role=dialog] { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483647;
    box-sizing: border-box; width: min(30rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem);
    overflow: auto; padding: 1rem; background: #fff; color: #111; border: 3px solid #111;
    border-radius: 0.5rem; font: 1.125rem/1.4 system-ui, sans-serif;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.35); }
  h2 { margin: 0 0 0.5rem; font-size: 1.375rem; }
  h2:focus { outline: none; }
  p { margin: 0 0 0.75rem; }
  ol { list-style: none; margin: 0 0 0.75rem; padding: 0; }
  li { display: grid; gap: 0.25rem; padding: 0.5rem 0; border-top: 1px solid #767676; }
  select, button { font: inherit; min-height: 2.75rem; color: #111; border: 2px solid #111;
    border-radius: 0.375rem; }
  select { background: #fff; padding: 0 0.5rem; }
  button { background: #f3f3f3; padding: 0.25rem 1rem; cursor: pointer; }
  button.save { background: #0b3d91; color: #fff; border-color: #0b3d91; }
  select:focus-visible, button:focus-visible { outline: 4px solid #1a4fd6; outline-offset: 2px; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; }
  [role=alert]:not(:empty) { padding: 0.5rem; border: 3px solid #b00020; color: #b00020;
    font-weight: 600; }
  [role=status]:not(:empty) { padding: 0.5rem; border: 3px solid #0a7d32; color: #0a5a24; }
  .spot { position: fixed; z-index: 2147483646; box-sizing: border-box; pointer-events: none;
    border: 4px solid #d40000; outline: 3px solid #fff; border-radius: 0.25rem; }
  .spot[hidden] { display: none; }
`;

/** The parts of the panel the behaviour needs. */
export interface PanelView {
  host: HTMLElement;
  dialog: HTMLElement;
  heading: HTMLElement;
  list: HTMLOListElement;
  problem: HTMLElement;
  status: HTMLElement;
  save: HTMLButtonElement;
  close: HTMLButtonElement;
  spot: HTMLElement;
}

/** An element with a class and text. */
function make<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<Record<"id" | "className" | "textContent", string>> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(doc.createElement(tag), props);
}

/** Builds the panel (not yet in the page). */
export function buildPanel(doc: Document, say: Say): PanelView {
  const host = doc.createElement("turnus-teach"); // not a div: page rules for divs miss it
  host.setAttribute(OWN_UI, "teach");
  const root = host.attachShadow({ mode: "open" });
  const style = make(doc, "style", { textContent: CSS });
  const dialog = make(doc, "div");
  Object.entries({
    role: "dialog",
    "aria-modal": "false",
    "aria-labelledby": "title",
    "aria-describedby": "intro",
  }).forEach(([k, v]) => dialog.setAttribute(k, v));
  const heading = make(doc, "h2", { id: "title", textContent: say("title") });
  heading.tabIndex = -1;
  const intro = make(doc, "p", { id: "intro", textContent: say("intro") });
  const what = make(doc, "p", { id: "what", textContent: say("what") });
  const list = make(doc, "ol");
  const problem = make(doc, "p");
  problem.setAttribute("role", "alert");
  const status = make(doc, "p");
  status.setAttribute("role", "status");
  const actions = make(doc, "div", { className: "actions" });
  const save = make(doc, "button", { className: "save", textContent: say("save") });
  const close = make(doc, "button", { className: "close", textContent: say("close") });
  save.type = close.type = "button";
  actions.append(save, close);
  dialog.append(heading, intro, what, list, problem, status, actions);
  const spot = make(doc, "div", { className: "spot" });
  spot.hidden = true;
  root.append(style, dialog, spot);
  return { host, dialog, heading, list, problem, status, save, close, spot };
}

/** The name a person sees for `control`: its first two names, or "no name". */
function nameOf(control: Control, say: Say): string {
  const names = [...new Set(namesOf(control))].slice(0, 2);
  return names.length > 0 ? names.join(" – ") : say("unnamed");
}

/** A list item for `control`: its label and a select preset to `preset`. */
export function buildItem(
  doc: Document,
  say: Say,
  control: Control,
  n: number,
  preset: FieldKind | undefined,
): { item: HTMLLIElement; select: HTMLSelectElement } {
  const item = make(doc, "li");
  const label = make(doc, "label", {
    id: `label-${n}`,
    textContent: say("field", { n, name: nameOf(control, say) }),
  });
  label.htmlFor = `field-${n}`;
  const select = make(doc, "select", { id: `field-${n}` });
  select.setAttribute("aria-labelledby", `label-${n} what`);
  const option = (text: string, value: string) =>
    Object.assign(make(doc, "option", { textContent: text }), { value });
  select.append(option(say("none"), ""), ...CHOICES.map((kind) => option(say(kind), kind)));
  select.value = preset ?? "";
  item.append(label, select);
  return { item, select };
}
