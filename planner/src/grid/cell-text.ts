/**
 * A cell's text split into the texts of its shifts, for pasting: the grid copies a cell's shifts
 * joined by a space (`07–15 22–07 r`), and a spreadsheet may separate them with commas,
 * semicolons or line breaks. Each piece is then read with core's `parseShiftText`. Pure.
 */

/** The on-call marks `parseShiftText` accepts after the times. */
const KIND_WORD = /^(?:r|p|oncall|rådighed|passiv)$/i;
const STARTS_WITH_DASH = /^[-–—]/;
const ENDS_WITH_DASH = /[-–—]$/;

/**
 * The shift texts in a cell: `"07–15 22–07 r"` → `["07–15", "22–07 r"]`. Spaces around a dash
 * stay within one shift (`7 - 15`), and an on-call mark belongs to the shift before it. An empty
 * or blank cell has none.
 */
export function splitShiftTexts(text: string): string[] {
  const pieces: string[] = [];
  for (const token of text.split(/[\s,;]+/)) {
    if (token === "") continue;
    const last = pieces.length - 1;
    const prev = pieces[last];
    if (prev !== undefined && KIND_WORD.test(token) && !ENDS_WITH_DASH.test(prev)) {
      pieces[last] = `${prev} ${token}`;
    } else if (prev !== undefined && (STARTS_WITH_DASH.test(token) || ENDS_WITH_DASH.test(prev))) {
      pieces[last] = prev + token;
    } else {
      pieces.push(token);
    }
  }
  return pieces;
}
