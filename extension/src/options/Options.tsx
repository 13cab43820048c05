/**
 * The options page (opened in a tab): the saved portal profiles, each with Export and Remove,
 * Export all, and Import. Outcomes are announced in a polite status; after a removal focus goes
 * to the list's heading. The list follows storage, so a profile saved by teach mode shows up.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { PortalProfile } from "../fill/index.js";
import { translator } from "../lang.js";
import { profilesFile } from "../profiles-file.js";
import { onProfilesChanged, removeProfile, savedProfiles } from "../profiles.js";
import { downloadText, profileFileName } from "./download.js";
import { ImportField } from "./ImportField.js";
import { LanguageField, type LanguageFieldProps } from "./LanguageField.js";
import { ProfileItem } from "./ProfileItem.js";
import { ShortcutNote } from "./ShortcutNote.js";
import { texts } from "./texts.js";

const t = translator(texts);
const ALL_FILE = "turnus-portal-profiles.json";

/** The saved profiles, kept in step with storage (null while first read). */
function useSavedProfiles(): PortalProfile[] | null {
  const [profiles, setProfiles] = useState<PortalProfile[] | null>(null);
  useEffect(() => {
    const read = () => void savedProfiles().then(setProfiles);
    read();
    return onProfilesChanged(read);
  }, []);
  return profiles;
}

/** The whole options page; `language` is the Language section's choice and focus. */
export function Options({ language }: { language: LanguageFieldProps }) {
  const profiles = useSavedProfiles();
  const [status, setStatus] = useState("");
  const listHeading = useRef<HTMLHeadingElement>(null);

  const exportFile = (name: string, list: readonly PortalProfile[]) => {
    downloadText(name, profilesFile(list));
    setStatus(t("exported", { file: name }));
  };
  const remove = async (p: PortalProfile) => {
    await removeProfile(p.id);
    setStatus(t("removed", { name: p.name }));
    listHeading.current?.focus();
  };

  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <LanguageField {...language} />
      <ShortcutNote />
      <section aria-labelledby="saved-heading">
        <h2 id="saved-heading" tabIndex={-1} ref={listHeading}>
          {t("saved")}
        </h2>
        {profiles === null ? null : profiles.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <>
            <ul class="profiles">
              {profiles.map((p) => (
                <ProfileItem
                  key={p.id}
                  profile={p}
                  onExport={(one) => exportFile(profileFileName(one.id), [one])}
                  onRemove={(one) => void remove(one)}
                />
              ))}
            </ul>
            <button type="button" onClick={() => exportFile(ALL_FILE, profiles)}>
              {t("exportAll")}
            </button>
          </>
        )}
      </section>
      <ImportField onImported={setStatus} />
      <p role="status" class="status">
        {status}
      </p>
    </>
  );
}
