/**
 * One saved profile: its name, URL pattern and id, with Export and Remove. Remove asks first, in
 * place: the question labels a group whose Cancel button takes focus (Escape cancels too);
 * cancelling returns focus to Remove. What happens after removal is the list's business.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { PortalProfile } from "../fill/index.js";
import { translator } from "../lang.js";
import { texts } from "./texts.js";

const t = translator(texts);

/** The props of {@link ProfileItem}. */
export interface ProfileItemProps {
  profile: PortalProfile;
  onExport: (p: PortalProfile) => void;
  onRemove: (p: PortalProfile) => void;
}

/** A saved profile in the list, with its actions and the removal question. */
export function ProfileItem({ profile, onExport, onRemove }: ProfileItemProps) {
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const key = profile.id.replace(/[^\w-]/g, "_");

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) removeRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  return (
    <li class="profile">
      <h3 id={`name-${key}`}>{profile.name}</h3>
      <dl>
        <dt>{t("urlPattern")}</dt>
        <dd>
          <code>{profile.urlPattern}</code>
        </dd>
        <dt>{t("id")}</dt>
        <dd>
          <code>{profile.id}</code>
        </dd>
      </dl>
      {asking ? (
        <div
          role="group"
          class="confirm"
          aria-labelledby={`ask-${key}`}
          onKeyDown={(e) => {
            if (e.key === "Escape") setAsking(false);
          }}
        >
          <p id={`ask-${key}`}>{t("confirmRemove", { name: profile.name })}</p>
          <button type="button" class="danger" onClick={() => onRemove(profile)}>
            {t("confirmYes")}
          </button>
          <button type="button" ref={cancelRef} onClick={() => setAsking(false)}>
            {t("cancel")}
          </button>
        </div>
      ) : (
        <div class="actions">
          <button type="button" onClick={() => onExport(profile)}>
            {t("export")}
            <span class="sr-only"> {profile.name}</span>
          </button>
          <button type="button" ref={removeRef} onClick={() => setAsking(true)}>
            {t("remove")}
            <span class="sr-only"> {profile.name}</span>
          </button>
        </div>
      )}
    </li>
  );
}
