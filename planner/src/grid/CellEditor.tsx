/** The text field of the cell being edited, with the reason when the text is not a shift. */
import type { RefObject } from "preact";

export interface CellEditorProps {
  readonly inputRef: RefObject<HTMLInputElement>;
  /** The field's accessible name: the assistant and the day. */
  readonly label: string;
  readonly text: string;
  readonly error?: string | undefined;
  readonly onInput: (text: string) => void;
  readonly onCommit: (text: string) => void;
  readonly onCancel: () => void;
}

export function CellEditor(props: CellEditorProps) {
  const { error } = props;
  return (
    <span class="editor">
      <input
        ref={props.inputRef}
        value={props.text}
        aria-label={props.label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "cell-error" : undefined}
        onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            props.onCommit((e.target as HTMLInputElement).value);
          } else if (e.key === "Escape") {
            e.preventDefault();
            props.onCancel();
          }
        }}
      />
      {error ? (
        <span id="cell-error" role="alert" class="cell-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
