/**
 * Heuristics for a form without a profile: what each field is called (its label, aria label,
 * placeholder, name/id or table column header) and which row field that name means, in Danish,
 * Norwegian, Swedish and English. Also walks open shadow roots and same-origin iframes.
 */

/** The row fields the filler knows. */
export const FIELD_KINDS = [
  "evening",
  "night",
  "saturday",
  "sunday",
  "oncall",
  "date",
  "start",
  "end",
  "hours",
  "kind",
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** A form control the filler can set. */
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Synonyms per field, tested in FIELD_KINDS order (pay categories before plain hours, so that
 * "Aftentimer" is evening hours, not hours). Words are matched at word starts.
 */
const SYNONYMS: Record<FieldKind, RegExp> = {
  evening: /\b(aften|kveld|kväll|evening)/,
  night: /\b(nat|natt|night)(?!ur)/,
  saturday: /\b(lørdag|lördag|saturday)/,
  sunday: /\b(søndag|söndag|sunday|helligdag|helgdag)/,
  oncall: /\b(rådighed|beredskab|beredskap|on-?call|hvilende vakt|jour)/,
  date: /\b(dato|datum|date|dag|day)\b/,
  start: /\b(start|starttid|fra|från|from|begynd|mødt|møtt)\b|\bkl\.? fra\b|tid fra/,
  end: /\b(slut|sluttid|til|till|to|end|ended|gik|gikk)\b/,
  hours: /\b(timer|timar|timmar|tim|hours?|antal|antall|sum)\b/,
  kind: /\b(type|typ|art|vagttype|vakttype|skifttype|shift type|kind)\b/,
};

/** The field a name denotes, or undefined. */
export function classify(text: string): FieldKind | undefined {
  const t = text.toLowerCase().replace(/[_\-[\]]+/g, " ");
  return FIELD_KINDS.find((k) => SYNONYMS[k].test(t));
}

/** Marks Turnus's own in-page UI (the report banner, the teach panel): never searched or filled. */
export const OWN_UI = "data-turnus-ui";

/**
 * Every root to search: the document, open shadow roots and, unless `frames` is false,
 * same-origin iframes, in order. The extension passes `frames: false`: it injects the filler into
 * every frame, and each frame fills its own fields.
 */
export function collectRoots(
  doc: Document,
  frames = true,
): { roots: (Document | ShadowRoot)[]; skipped: number } {
  const roots: (Document | ShadowRoot)[] = [];
  let skipped = 0;
  const visit = (root: Document | ShadowRoot) => {
    roots.push(root);
    for (const el of root.querySelectorAll("*")) {
      if (el.hasAttribute(OWN_UI)) continue;
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.tagName === "IFRAME" && frames) {
        let inner: Document | null = null;
        try {
          inner = (el as HTMLIFrameElement).contentDocument;
        } catch {
          inner = null;
        }
        // Cross-origin frames: the extension injects the filler into all frames instead.
        if (inner) visit(inner);
        else skipped++;
      }
    }
  };
  visit(doc);
  return { roots, skipped };
}

/** Every visible, editable control in the roots, in document order. */
export function controlsIn(roots: readonly (Document | ShadowRoot)[]): Control[] {
  const out: Control[] = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll<Control>("input, select, textarea")) {
      const type = el.getAttribute("type") ?? "";
      if (
        el.tagName === "INPUT" &&
        /^(hidden|submit|button|reset|image|file|checkbox|radio)$/i.test(type)
      ) {
        continue;
      }
      if (el.disabled || el.closest(`[${OWN_UI}]`)) continue;
      out.push(el);
    }
  }
  return out;
}

/** A label's own text, without the text of controls (a select's options) inside it. */
function labelText(label: Element): string {
  const copy = label.cloneNode(true) as Element;
  for (const c of copy.querySelectorAll("input, select, textarea")) c.remove();
  return copy.textContent ?? "";
}

const textOf = (root: Document | ShadowRoot, id: string) =>
  root.getElementById(id)?.textContent ?? "";

/** The column header of a control inside a table cell, if any. */
function columnHeader(el: Element): string {
  const cell = el.closest("td, th");
  const table = cell?.closest("table");
  if (!cell || !table) return "";
  const index = (cell as HTMLTableCellElement).cellIndex;
  const head = table.querySelector("thead tr") ?? table.querySelector("tr");
  const th = head?.children[index];
  return th && th !== cell ? (th.textContent ?? "") : "";
}

/**
 * The names of a control, best first: label[for], ancestor label, aria-labelledby, aria-label,
 * table column header, placeholder, name, id.
 */
export function namesOf(el: Control): string[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  const names: string[] = [];
  if (el.id) {
    for (const l of root.querySelectorAll("label")) {
      if (l.htmlFor === el.id) names.push(labelText(l));
    }
  }
  const ancestor = el.closest("label");
  if (ancestor) names.push(labelText(ancestor));
  const by = el.getAttribute("aria-labelledby");
  if (by)
    names.push(
      by
        .split(/\s+/)
        .map((id) => textOf(root, id))
        .join(" "),
    );
  const aria = el.getAttribute("aria-label");
  if (aria) names.push(aria);
  names.push(columnHeader(el));
  names.push(el.getAttribute("placeholder") ?? "", el.getAttribute("name") ?? "", el.id);
  return names.map((n) => n.trim()).filter((n) => n !== "");
}

/** The field a control takes, from its first name that classifies. */
export function fieldOf(el: Control): FieldKind | undefined {
  for (const name of namesOf(el)) {
    const kind = classify(name);
    if (kind) return kind;
  }
  return undefined;
}

/** Controls grouped per field, each list in document order. */
export function findFields(
  doc: Document,
  frames = true,
): {
  fields: Map<FieldKind, Control[]>;
  skippedFrames: number;
} {
  const { roots, skipped } = collectRoots(doc, frames);
  const fields = new Map<FieldKind, Control[]>();
  for (const el of controlsIn(roots)) {
    const kind = fieldOf(el);
    if (!kind) continue;
    const list = fields.get(kind) ?? [];
    list.push(el);
    fields.set(kind, list);
  }
  return { fields, skippedFrames: skipped };
}

const ADD_ROW =
  /\b(tilføj|tilfoej|ny|nye|legg til|legge til|lägg till|ny rad|add|new)\b.*\b(række|raekke|rad|linje|row|line|vagt|vakt|pass|shift)\b/i;
const SUBMIT = /\b(send|indsend|submit|godkend|godkjenn|skicka|lagre|gem|spara|save)\b/i;

/** A button's visible and accessible text. */
const buttonText = (b: HTMLElement) =>
  `${b.textContent ?? ""} ${b.getAttribute("aria-label") ?? ""} ${(b as HTMLInputElement).value ?? ""}`;

/**
 * Whether clicking `el` could submit or save: a submit button (a `<button>` in a form is one
 * unless it says otherwise), a link or anything whose text says send, submit, approve or save.
 */
export function mightSubmit(el: Element): boolean {
  const type: string = (el as HTMLButtonElement).type;
  if (
    (el.tagName === "BUTTON" || el.tagName === "INPUT") &&
    (type === "submit" || type === "image")
  )
    return true;
  if (el.tagName === "A") return true;
  return SUBMIT.test(buttonText(el as HTMLElement));
}

/** The add-row button, never one that might submit. */
export function findAddRow(doc: Document, frames = true): HTMLElement | undefined {
  for (const root of collectRoots(doc, frames).roots) {
    for (const b of root.querySelectorAll<HTMLElement>(
      "button, input[type=button], [role=button]",
    )) {
      if (!mightSubmit(b) && ADD_ROW.test(buttonText(b))) return b;
    }
  }
  return undefined;
}
