/**
 * Tab-separated values as spreadsheets put them on the clipboard (Excel, Google Sheets,
 * LibreOffice): `\t` between cells, `\r\n`, `\n` or `\r` between rows, and a cell holding a tab,
 * a line break or a quote wrapped in double quotes with its quotes doubled (`"a ""b""\nc"`).
 * Pure.
 *
 * Reading is lenient the way Excel is: a cell is quoted only when it starts with `"` and its
 * closing quote is followed by a tab, a line break or the end; otherwise (`5" pipe`, `"a"b`, an
 * unclosed `"a`) the cell is taken literally up to the next tab or line break. One line break
 * at the very end closes the last row (Excel ends every copy with `\r\n`); it is not an extra
 * empty row.
 */

const isBreak = (c: string | undefined) => c === "\n" || c === "\r";

/** The index of the next tab or line break at or after `from`, or the text's length. */
function nextDelimiter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "\t" || isBreak(c)) return i;
  }
  return text.length;
}

/** A well-formed quoted cell starting at `from` (a `"`): its value and where it ends. */
function readQuoted(text: string, from: number): { value: string; end: number } | undefined {
  let value = "";
  let i = from + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return undefined; // never closed: not a quoted cell
    if (text[q + 1] === '"') {
      value += `${text.slice(i, q)}"`;
      i = q + 2;
      continue;
    }
    value += text.slice(i, q);
    const end = q + 1;
    const after = text[end];
    return end === text.length || after === "\t" || isBreak(after) ? { value, end } : undefined;
  }
}

/**
 * The rows of TSV text, each a list of cell texts. Rows may differ in length (see
 * {@link rectangular}). Empty text is no rows; a lone line break is one empty cell (what Excel
 * copies for one empty cell).
 */
export function parseTsv(text: string): string[][] {
  if (text === "") return [];
  const body = text.replace(/(?:\r\n|\n|\r)$/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    const quoted = body[i] === '"' ? readQuoted(body, i) : undefined;
    const end = quoted ? quoted.end : nextDelimiter(body, i);
    row.push(quoted ? quoted.value : body.slice(i, end));
    i = end;
    if (i >= body.length) break;
    if (body[i] === "\t") {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    i += body[i] === "\r" && body[i + 1] === "\n" ? 2 : 1;
  }
  rows.push(row);
  return rows;
}

/** The rows padded with empty cells to the longest row's length (a spreadsheet's rectangle). */
export function rectangular(rows: readonly (readonly string[])[]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => "")]);
}

/** One cell for TSV: quoted (quotes doubled) when it holds a tab, a line break or a quote. */
export function formatTsvCell(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows as TSV: cells joined by tabs, rows by `\r\n` (Excel's clipboard), no trailing break. */
export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(formatTsvCell).join("\t")).join("\r\n");
}
