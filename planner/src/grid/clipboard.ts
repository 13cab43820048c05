/**
 * Copy, cut and paste for the rota grid through the system clipboard, as TSV (Excel, Google
 * Sheets). The browser's own `copy`, `cut` and `paste` events carry the data when it fires them
 * for Ctrl+C/X/V on a focused cell (no permission needed, works headless); the grid enables
 * those commands with `beforecopy`/`beforecut`/`beforepaste`, as Chromium only runs them
 * without a text selection when a page asks. When no event follows the key, the async
 * Clipboard API (`navigator.clipboard.writeText`/`readText`) is the fallback.
 */
import type { RefObject } from "preact";
import { useEffect, useRef } from "preact/hooks";

export interface ClipboardHandlers {
  /** The TSV of the selection, or undefined when there is nothing to copy. */
  tsv(): string | undefined;
  /** The TSV is on the clipboard: announce it, and for a cut clear the selection. */
  copied(cut: boolean): void;
  /** Text came from the clipboard. */
  paste(text: string): void;
  /** The clipboard refused to `kind`. */
  failed(kind: Kind): void;
}

export type Kind = "copy" | "cut" | "paste";

const KEYS: Readonly<Record<string, Kind>> = { c: "copy", x: "cut", v: "paste" };

/** The grid's clipboard: its key handler, and the commands for buttons. */
export interface GridClipboard {
  /**
   * The key handler for Ctrl+C/X/V: true when the key was a clipboard key (its default action,
   * the browser's clipboard command, must be left to happen).
   */
  onKey(e: KeyboardEvent): boolean;
  /** Copy, cut or paste now, through the async Clipboard API (for buttons). */
  run(kind: Kind): void;
}

/** Listens for clipboard events while focus is on a cell of `gridRef` (not in the cell editor). */
export function useGridClipboard(
  gridRef: RefObject<HTMLElement>,
  handlers: ClipboardHandlers,
): GridClipboard {
  const latest = useRef(handlers);
  latest.current = handlers;
  /** A clipboard key was pressed and its event has not come yet. */
  const awaiting = useRef<Kind | undefined>(undefined);

  useEffect(() => {
    const inGrid = () => {
      const a = document.activeElement;
      return !!a && !!gridRef.current?.contains(a) && !(a instanceof HTMLInputElement);
    };
    const enable = (e: Event) => {
      if (inGrid()) e.preventDefault();
    };
    const write = (cut: boolean) => (e: ClipboardEvent) => {
      if (!inGrid() || !e.clipboardData) return;
      const tsv = latest.current.tsv();
      awaiting.current = undefined;
      e.preventDefault();
      if (tsv === undefined) return;
      e.clipboardData.setData("text/plain", tsv);
      latest.current.copied(cut);
    };
    const read = (e: ClipboardEvent) => {
      if (!inGrid() || !e.clipboardData) return;
      awaiting.current = undefined;
      e.preventDefault();
      latest.current.paste(e.clipboardData.getData("text/plain"));
    };
    const onCopy = write(false);
    const onCut = write(true);
    const listeners: [string, (e: Event) => void][] = [
      ["beforecopy", enable],
      ["beforecut", enable],
      ["beforepaste", enable],
      ["copy", onCopy as (e: Event) => void],
      ["cut", onCut as (e: Event) => void],
      ["paste", read as (e: Event) => void],
    ];
    for (const [type, l] of listeners) document.addEventListener(type, l);
    return () => {
      for (const [type, l] of listeners) document.removeEventListener(type, l);
    };
  }, [gridRef]);

  const fallback = (kind: Kind) => {
    const h = latest.current;
    if (kind === "paste") {
      navigator.clipboard.readText().then(
        (text) => latest.current.paste(text),
        () => latest.current.failed(kind),
      );
      return;
    }
    const tsv = h.tsv();
    if (tsv === undefined) return;
    navigator.clipboard.writeText(tsv).then(
      () => latest.current.copied(kind === "cut"),
      () => latest.current.failed(kind),
    );
  };

  return {
    onKey(e) {
      const kind = KEYS[e.key.toLowerCase()];
      if (!kind || !(e.ctrlKey || e.metaKey) || e.altKey) return false;
      awaiting.current = kind;
      // The browser runs the clipboard command right after this key event, in the same task.
      setTimeout(() => {
        if (awaiting.current !== kind) return;
        awaiting.current = undefined;
        fallback(kind);
      }, 0);
      return true;
    },
    run: fallback,
  };
}
