/**
 * Drawing primitives of the printable timesheet on a jsPDF page in millimetres: a text flow down
 * the page that starts a new page (with the page header drawn again) when the next block does
 * not fit, boxed form fields, and tables whose column header repeats on every page.
 */
import type { jsPDF } from "jspdf";
import { winAnsi } from "./winansi.js";

/** A4 portrait in millimetres. */
export const PAGE = { width: 210, height: 297, margin: 15 } as const;
/** Width between the margins. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Lowest y a block may reach; below it is the footer. */
const BOTTOM = PAGE.height - 18;
/** The baseline of the footer. */
export const FOOTER_Y = PAGE.height - 10;
const PT_PER_MM = 72 / 25.4;
const LINE = 0.2;
const HEADER_FILL = 230;

export type Align = "left" | "right" | "center";
export interface Column {
  readonly width: number;
  readonly align: Align;
}

/** `text` at `size` pt in Helvetica `style`, encoded for the standard fonts. */
export function write(
  doc: jsPDF,
  text: string,
  x: number,
  y: number,
  size: number,
  style: "normal" | "bold" | "italic" = "normal",
  align: Align = "left",
): void {
  doc.setFont("helvetica", style);
  doc.setFontSize(size);
  doc.text(winAnsi(text), x, y, { align });
}

/** `text` cut to `width` mm at the current font, with `...` when cut. */
function fit(doc: jsPDF, text: string, width: number): string {
  const encoded = winAnsi(text);
  if (doc.getTextWidth(encoded) <= width) return encoded;
  let cut = encoded;
  while (cut.length > 0 && doc.getTextWidth(`${cut}...`) > width) cut = cut.slice(0, -1);
  return `${cut}...`;
}

/** `text` broken into lines of at most `width` mm at `size` pt (already encoded). */
export function lines(doc: jsPDF, text: string, width: number, size: number): string[] {
  doc.setFont("helvetica", "normal");
  doc.setFontSize(size);
  return (doc.splitTextToSize(winAnsi(text), width) as string[]).map(String);
}

/**
 * The flow of blocks down the pages. `pageHeader` draws the header of a continuation page and
 * returns the y where content starts.
 */
export class Flow {
  y: number;

  constructor(
    readonly doc: jsPDF,
    private readonly pageHeader: (doc: jsPDF) => number,
    startY: number,
  ) {
    this.y = startY;
  }

  /** Whether a block of `height` mm fits below `y` on this page. */
  fits(height: number): boolean {
    return this.y + height <= BOTTOM;
  }

  /** Starts a new page (header drawn) unless a block of `height` mm fits on this one. */
  ensure(height: number): void {
    if (this.fits(height)) return;
    this.doc.addPage("a4", "portrait");
    this.y = this.pageHeader(this.doc);
  }

  /** A boxed form field with a small label and a value (empty: room to write by hand). */
  field(label: string, value: string, x: number, y: number, width: number): void {
    const { doc } = this;
    doc.setLineWidth(LINE);
    doc.rect(x, y, width, 11);
    write(doc, label, x + 1.5, y + 3.5, 7);
    doc.setFont("helvetica", "bold");
    doc.setFontSize(10);
    if (value !== "") doc.text(fit(doc, value, width - 3), x + 1.5, y + 8.8);
  }

  /** A heading in bold, kept on one page with `keep` mm of what follows. */
  heading(text: string, keep: number): void {
    this.ensure(8 + keep);
    write(this.doc, text, PAGE.margin, this.y + 5, 11, "bold");
    this.y += 8;
  }

  /**
   * Wrapped paragraph lines at `size` pt, each line breaking the page when needed. With a
   * `bullet`, the first line starts with it and the others are indented to its width.
   */
  paragraph(text: string, size: number, style: "normal" | "italic" = "normal", bullet = ""): void {
    const { doc } = this;
    const height = size / PT_PER_MM + 1.2;
    doc.setFont("helvetica", style);
    doc.setFontSize(size);
    const hang = bullet === "" ? 0 : doc.getTextWidth(winAnsi(bullet));
    lines(doc, text, CONTENT_WIDTH - hang, size).forEach((line, n) => {
      this.ensure(height);
      doc.setFont("helvetica", style);
      doc.setFontSize(size);
      const first = n === 0 && bullet !== "";
      const shown = first ? winAnsi(bullet) + line : line;
      doc.text(shown, PAGE.margin + (first ? 0 : hang), this.y + height - 1.5);
      this.y += height;
    });
  }

  /**
   * A table: a shaded header (wrapped to two lines) repeated at the top of every page the table
   * runs onto, one line per row, and an optional shaded totals line in bold.
   */
  table(
    columns: readonly Column[],
    header: readonly string[],
    rows: readonly (readonly string[])[],
    totals?: readonly string[],
  ): void {
    const rowHeight = 5;
    const headerHeight = 9;
    const drawHeader = (): void => {
      this.cells(columns, header, headerHeight, 8, "bold", true);
    };
    this.ensure(headerHeight + rowHeight);
    drawHeader();
    for (const row of rows) {
      if (!this.fits(rowHeight)) {
        this.ensure(headerHeight + rowHeight);
        drawHeader();
      }
      this.cells(columns, row, rowHeight, 9, "normal", false);
    }
    if (totals) {
      this.ensure(rowHeight + 1);
      this.cells(columns, totals, rowHeight + 1, 9, "bold", true);
    }
  }

  /** One line of cells at `y`, then `y` moves below it. */
  private cells(
    columns: readonly Column[],
    texts: readonly string[],
    height: number,
    size: number,
    style: "normal" | "bold",
    shaded: boolean,
  ): void {
    const { doc } = this;
    doc.setLineWidth(LINE);
    doc.setFillColor(HEADER_FILL, HEADER_FILL, HEADER_FILL);
    doc.setFont("helvetica", style);
    doc.setFontSize(size);
    const lineHeight = size / PT_PER_MM + 0.6;
    let x = PAGE.margin;
    columns.forEach((col, i) => {
      doc.rect(x, this.y, col.width, height, shaded ? "FD" : "S");
      const text = texts[i] ?? "";
      const wrapped = (doc.splitTextToSize(winAnsi(text), col.width - 2) as string[]).slice(0, 2);
      const top = this.y + (height - wrapped.length * lineHeight) / 2 + lineHeight - 0.9;
      const tx =
        col.align === "left"
          ? x + 1
          : col.align === "right"
            ? x + col.width - 1
            : x + col.width / 2;
      wrapped.forEach((line, n) => {
        doc.text(String(line), tx, top + n * lineHeight, { align: col.align });
      });
      x += col.width;
    });
    this.y += height;
  }

  /**
   * A signature block `width` mm wide at `x`: a heading, then either the digital sign-off as text
   * or a line for the date and one for the signature to sign by hand.
   */
  signature(
    x: number,
    width: number,
    heading: string,
    signed: string | undefined,
    labels: {
      date: string;
      signature: string;
    },
  ): void {
    const { doc, y } = this;
    write(doc, heading, x, y + 5, 10, "bold");
    if (signed !== undefined) {
      lines(doc, signed, width, 9).forEach((line, n) => {
        doc.text(line, x, y + 11 + n * 4.5);
      });
      return;
    }
    const dateWidth = 30;
    doc.setLineWidth(LINE);
    doc.line(x, y + 20, x + dateWidth, y + 20);
    doc.line(x + dateWidth + 5, y + 20, x + width, y + 20);
    write(doc, labels.date, x, y + 24, 7);
    write(doc, labels.signature, x + dateWidth + 5, y + 24, 7);
  }
}
