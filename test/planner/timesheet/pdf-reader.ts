/**
 * A small reader for the PDFs jsPDF writes, for tests: objects, inflated content streams, and
 * the texts shown on each page (the strings of the `Tj` operators, decoded from WinAnsi).
 */
import { inflateSync } from "node:zlib";

export interface PdfObject {
  readonly dict: string;
  /** The stream's bytes as a latin1 string, inflated when the stream is FlateDecode. */
  readonly stream?: string;
}

export interface ReadPdf {
  /** The whole file as latin1 text. */
  readonly raw: string;
  readonly objects: ReadonlyMap<number, PdfObject>;
  /** Each page's content stream (inflated), in page order. */
  readonly contents: readonly string[];
  /** Each page's shown texts in drawing order, decoded from WinAnsi. */
  readonly pages: readonly (readonly string[])[];
  /** Each page's shown texts with where they start, in points from the bottom left. */
  readonly placed: readonly (readonly { text: string; x: number; y: number }[])[];
  /** The `/Info` dictionary. */
  readonly info: string;
  /** The `/Catalog` dictionary. */
  readonly catalog: string;
}

/** Windows-1252 bytes 0x80–0x9F (the rest of the byte range is Latin-1). */
const CP1252: Readonly<Record<number, string>> = {
  0x80: "€",
  0x85: "…",
  0x8a: "Š",
  0x8c: "Œ",
  0x8e: "Ž",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x9a: "š",
  0x9c: "œ",
  0x9e: "ž",
  0x9f: "Ÿ",
};

/** The bytes of a PDF literal string (inside the parentheses) with escapes resolved. */
export function unescapePdfString(s: string): string {
  return s.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
    const simple: Record<string, string> = {
      n: "\n",
      r: "\r",
      t: "\t",
      b: "\b",
      f: "\f",
      "(": "(",
      ")": ")",
      "\\": "\\",
    };
    return simple[e] ?? String.fromCharCode(parseInt(e, 8));
  });
}

/** Bytes in Windows-1252 to text. */
export const fromWinAnsi = (bytes: string): string =>
  [...bytes].map((c) => CP1252[c.charCodeAt(0)] ?? c).join("");

export function readPdf(bytes: Uint8Array): ReadPdf {
  const raw = Buffer.from(bytes).toString("latin1");
  const objects = new Map<number, PdfObject>();
  const objectRe = /(\d+) 0 obj\s*/g;
  for (let m = objectRe.exec(raw); m; m = objectRe.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endobj", start);
    const body = raw.slice(start, end);
    const streamAt = body.indexOf("stream\n");
    if (streamAt < 0) {
      objects.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const data = body.slice(streamAt + 7, streamAt + 7 + length);
    const stream = dict.includes("/FlateDecode")
      ? inflateSync(Buffer.from(data, "latin1")).toString("latin1")
      : data;
    objects.set(Number(m[1]), { dict, stream });
    objectRe.lastIndex = end;
  }
  const find = (type: string): string =>
    [...objects.values()].find((o) => new RegExp(`/Type /${type}\\b(?!s)`).test(o.dict))?.dict ??
    "";
  const pagesDict = find("Pages");
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pagesDict)?.[1] ?? "").matchAll(/(\d+) 0 R/g)];
  const contents = kids.map((k) => {
    const page = objects.get(Number(k[1]))?.dict ?? "";
    const ref = Number(/\/Contents (\d+) 0 R/.exec(page)?.[1]);
    return objects.get(ref)?.stream ?? "";
  });
  const pages = contents.map((c) =>
    [...c.matchAll(/\(((?:\\[\s\S]|[^\\)])*)\)\s*Tj/g)].map((t) =>
      fromWinAnsi(unescapePdfString(t[1] ?? "")),
    ),
  );
  const placed = contents.map((c) =>
    [...c.matchAll(/(-?[\d.]+) (-?[\d.]+) Td\s*\(((?:\\[\s\S]|[^\\)])*)\)\s*Tj/g)].map((t) => ({
      text: fromWinAnsi(unescapePdfString(t[3] ?? "")),
      x: Number(t[1]),
      y: Number(t[2]),
    })),
  );
  const trailerInfo = Number(/\/Info (\d+) 0 R/.exec(raw)?.[1]);
  const info = objects.get(trailerInfo)?.dict ?? "";
  return { raw, objects, contents, pages, placed, info, catalog: find("Catalog") };
}
