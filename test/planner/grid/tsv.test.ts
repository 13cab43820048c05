/** TSV as Excel and Google Sheets put it on the clipboard, read and written by the grid. */
import { describe, expect, it } from "vitest";
import { formatTsv, formatTsvCell, parseTsv, rectangular } from "../../../planner/src/grid/tsv.js";

describe("parseTsv", () => {
  it("reads tabs between cells and CRLF between rows, with Excel's trailing CRLF", () => {
    expect(parseTsv("07-15\t15-23\r\n\t22-07 r\r\n")).toEqual([
      ["07-15", "15-23"],
      ["", "22-07 r"],
    ]);
  });

  it("reads LF rows (Google Sheets) without a trailing line break", () => {
    expect(parseTsv("a\tb\nc\td")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("reads lone CR rows", () => {
    expect(parseTsv("a\rb\r")).toEqual([["a"], ["b"]]);
  });

  it("drops only one trailing line break: an empty last row stays", () => {
    expect(parseTsv("a\r\n\r\n")).toEqual([["a"], [""]]);
    expect(parseTsv("a\n\n")).toEqual([["a"], [""]]);
  });

  it("reads one empty cell (Excel copies it as a line break) and no text as no rows", () => {
    expect(parseTsv("\r\n")).toEqual([[""]]);
    expect(parseTsv("\n")).toEqual([[""]]);
    expect(parseTsv("")).toEqual([]);
  });

  it("keeps empty cells at the ends of rows", () => {
    expect(parseTsv("\ta\t\r\n")).toEqual([["", "a", ""]]);
  });

  it("keeps rows of different lengths (ragged)", () => {
    expect(parseTsv("a\tb\tc\r\nd\r\ne\tf")).toEqual([["a", "b", "c"], ["d"], ["e", "f"]]);
  });

  describe("Excel's quoting", () => {
    it("reads a quoted cell with an embedded line break as one cell", () => {
      expect(parseTsv('"7-15\n22-7 r"\tx\r\ny\tz\r\n')).toEqual([
        ["7-15\n22-7 r", "x"],
        ["y", "z"],
      ]);
    });

    it("keeps an embedded CRLF and tab inside quotes", () => {
      expect(parseTsv('"a\r\nb"\t"c\td"')).toEqual([["a\r\nb", "c\td"]]);
    });

    it("reads doubled quotes inside a quoted cell as one quote", () => {
      expect(parseTsv('"say ""hi""\nnow"\tb')).toEqual([['say "hi"\nnow', "b"]]);
      expect(parseTsv('""""')).toEqual([['"']]);
    });

    it("reads an empty quoted cell as empty", () => {
      expect(parseTsv('""\ta')).toEqual([["", "a"]]);
    });

    it("takes quotes inside an unquoted cell literally", () => {
      expect(parseTsv('5" pipe\tsay "hi"')).toEqual([['5" pipe', 'say "hi"']]);
    });

    it("takes a cell literally when its closing quote is followed by more text", () => {
      expect(parseTsv('"a"b\tc')).toEqual([['"a"b', "c"]]);
    });

    it("takes an unclosed quote literally, up to the next tab or line break", () => {
      expect(parseTsv('"a\tb\nc')).toEqual([['"a', "b"], ["c"]]);
    });

    it("ends the last row at a quoted cell followed by the trailing line break", () => {
      expect(parseTsv('x\t"a\nb"\r\n')).toEqual([["x", "a\nb"]]);
    });
  });
});

describe("rectangular", () => {
  it("pads ragged rows with empty cells to the widest row", () => {
    expect(rectangular([["a", "b", "c"], ["d"], []])).toEqual([
      ["a", "b", "c"],
      ["d", "", ""],
      ["", "", ""],
    ]);
    expect(rectangular([])).toEqual([]);
  });
});

describe("formatTsv", () => {
  it("joins cells with tabs and rows with CRLF, without a trailing line break", () => {
    expect(
      formatTsv([
        ["07–15", ""],
        ["", "22–07 r"],
      ]),
    ).toBe("07–15\t\r\n\t22–07 r");
  });

  it("quotes cells with tabs, line breaks or quotes, doubling the quotes", () => {
    expect(formatTsvCell("plain 7-15")).toBe("plain 7-15");
    expect(formatTsvCell("a\nb")).toBe('"a\nb"');
    expect(formatTsvCell("a\tb")).toBe('"a\tb"');
    expect(formatTsvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it("round-trips through parseTsv", () => {
    const rows = [
      ["07–15 22–07 r", "", 'a "b"'],
      ["x\ny", "\t", '"'],
      ["", "", ""],
    ];
    expect(parseTsv(formatTsv(rows))).toEqual(rows);
  });
});
