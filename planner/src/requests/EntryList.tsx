/** A list of entries of an assistant document, each with a button naming what it acts on. */
import { t, type Lang } from "../i18n/messages.js";

/** A list of entries, each with a Remove button naming what it removes. */
export function EntryList(props: {
  readonly lang: Lang;
  readonly label: string;
  readonly items: readonly { readonly id: string; readonly text: string }[];
  readonly action: string;
  readonly onAction?: (id: string) => void;
}) {
  if (props.items.length === 0) return <p>{t(props.lang, "noneYet")}</p>;
  return (
    <ul aria-label={props.label} class="request-list">
      {props.items.map((item) => (
        <li key={item.id}>
          {item.text}{" "}
          {props.onAction ? (
            <button
              type="button"
              aria-label={`${props.action}: ${item.text}`}
              onClick={() => props.onAction?.(item.id)}
            >
              {props.action}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
