/**
 * Undo and redo of the user's own edits. The undo manager tracks only transactions with origin
 * {@link LOCAL_ORIGIN} (and its own undo/redo transactions), so edits that arrive from other
 * devices, imports, publishing and migrations are never undone by Ctrl+Z. Undoing a shift that
 * someone else has changed since does not overwrite their value (Yjs' default); undoing an edit
 * of a shift that someone else has since deleted brings the shift back as it was before the edit
 * (also Yjs' behaviour: the undo restores the value the user's edit replaced).
 */
import * as Y from "yjs";
import { IMPORT_ORIGIN, LOCAL_ORIGIN, docMaps } from "./schema.js";

/**
 * Edits closer together than this (ms) become one undo step, so a burst of changes (typing in
 * a time field, a drag across several cells) is undone at once; a pause starts a new step. Short
 * enough that two deliberate edits are two steps.
 */
export const UNDO_CAPTURE_MS = 300;

/**
 * The undo manager of an arrangement document. Its stack is cleared when the document's content
 * is replaced by an import on this device: undoing an edit made before the import would otherwise
 * bring back entities the imported file does not have.
 */
class RotaUndoManager extends Y.UndoManager {
  private readonly onImport = (tx: Y.Transaction) => {
    if (tx.origin === IMPORT_ORIGIN) this.clear();
  };

  constructor(doc: Y.Doc, captureTimeout: number) {
    const { meta, assistants, shifts } = docMaps(doc);
    super([meta, assistants, shifts], {
      trackedOrigins: new Set<unknown>([LOCAL_ORIGIN]),
      captureTimeout,
    });
    doc.on("afterTransaction", this.onImport);
  }

  override destroy(): void {
    this.doc.off("afterTransaction", this.onImport);
    super.destroy();
  }
}

/**
 * An undo manager over the document's three root maps, tracking only the user's own edits.
 * Call `undo()`, `redo()`, `canUndo()`, `canRedo()`; `stopCapturing()` ends the current step
 * now; `destroy()` when the arrangement is closed.
 */
export function createUndoManager(
  doc: Y.Doc,
  options: { readonly captureTimeout?: number } = {},
): Y.UndoManager {
  return new RotaUndoManager(doc, options.captureTimeout ?? UNDO_CAPTURE_MS);
}
