/**
 * Text for jsPDF's standard fonts. They use WinAnsiEncoding (Windows-1252), which holds the Danish
 * and Norwegian letters æøå ÆØÅ; jsPDF writes Latin-1 and the other Windows-1252 characters
 * (`€ – …`) as one byte each. But a single character outside Windows-1252 (a Polish `ł`, a
 * Romanian `ș`) switches the whole text to two bytes per character, which the standard fonts
 * print as garbage, æøå included. So every text goes through `winAnsi` first.
 */

/** Characters Windows-1252 has at 0x80–0x9F; jsPDF writes each as its byte. */
const CP1252_HIGH: ReadonlySet<string> = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** Plain stand-ins for them in metadata, which is Latin-1 (PDFDocEncoding differs there). */
const PLAIN: ReadonlyMap<string, string> = new Map([
  ["€", "EUR"],
  ["…", "..."],
  ["–", "-"],
  ["—", "-"],
  ["‘", "'"],
  ["’", "'"],
  ["‚", "'"],
  ["“", '"'],
  ["”", '"'],
  ["„", '"'],
  ["•", "*"],
  ["™", "TM"],
]);

/** Letters without a decomposition that have a plain Latin stand-in. */
const STAND_INS: ReadonlyMap<string, string> = new Map([
  ["ł", "l"],
  ["Ł", "L"],
  ["đ", "d"],
  ["Đ", "D"],
  ["ı", "i"],
  ["ŀ", "l"],
  ["Ŀ", "L"],
  ["ŉ", "n"],
  ["ŧ", "t"],
  ["Ŧ", "T"],
  ["ħ", "h"],
  ["Ħ", "H"],
  ["\u2212", "-"],
  ["\u2009", " "],
  ["\u202f", " "],
]);

/** A character in Latin-1 that prints as itself in WinAnsi (no C0/C1 control). */
const printable = (c: string): boolean => {
  const code = c.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
};

/** `c` as the nearest plain letters: accents dropped, a stand-in, or `?`. */
function nearest(c: string): string {
  const standIn = STAND_INS.get(c);
  if (standIn !== undefined) return standIn;
  const base = c.normalize("NFD").replace(/\p{M}/gu, "");
  return base.length > 0 && [...base].every(printable) ? base : "?";
}

/** `text` with every character kept when `keep` says so, else replaced by `replace`. */
function mapChars(text: string, keep: (c: string) => boolean, replace: (c: string) => string) {
  let out = "";
  for (const c of text.normalize("NFC")) {
    if (c === "\n" || c === "\t") out += " ";
    else out += keep(c) ? c : replace(c);
  }
  return out;
}

/**
 * The nearest Latin-1 text, for PDF metadata (PDFDocEncoding agrees with Latin-1 from 0xA0): a
 * Latin-1 character stays, a dash or a quote becomes its ASCII form, a letter with an accent
 * outside Latin-1 loses the accent (`Š` → `S`, `ő` → `o`), a few letters get a stand-in
 * (`ł` → `l`), anything else becomes `?`.
 */
export function latin1(text: string): string {
  return mapChars(text, printable, (c) => PLAIN.get(c) ?? nearest(c));
}

/**
 * A text jsPDF prints correctly with a standard font: Latin-1 and the rest of Windows-1252
 * (`€ – … Š š Ž ž Œ œ ’ “ ”`) as they are, other characters as in `latin1`.
 */
export function winAnsi(text: string): string {
  return mapChars(text, (c) => printable(c) || CP1252_HIGH.has(c), nearest);
}
