/** A list of entries of an assistant document, each with a button naming what it acts on. */
import type { AssistantDocMap } from "../../../core/src/protocol/index.js";
import type { Session } from "../app/store.js";
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

/**
 * An assistant document's entries of one kind, each removable: the entry goes from the document
 * and the removal is announced.
 */
export function RemovableEntries(props: {
  readonly lang: Lang;
  readonly session: Session;
  readonly assistantId: string;
  readonly map: AssistantDocMap;
  readonly label: string;
  readonly items: readonly { readonly id: string; readonly text: string }[];
  readonly onAnnounce: (message: string) => void;
}) {
  const { lang, session, assistantId, map } = props;
  return (
    <EntryList
      lang={lang}
      label={props.label}
      items={props.items}
      action={t(lang, "remove")}
      onAction={(id) => {
        session.removeRequest(assistantId, map, id);
        props.onAnnounce(t(lang, "removed"));
      }}
    />
  );
}
