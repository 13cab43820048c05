/**
 * The keyboard shortcut that opens Turnus (the manifest suggests Alt+Shift+T; the person can
 * change it in the browser), so that nobody has to reach for the toolbar.
 */
import { useEffect, useState } from "preact/hooks";
import { translator } from "../lang.js";
import { texts } from "./texts.js";

const t = translator(texts);

/** The shortcut of the toolbar action, "" when none is set; undefined while reading. */
function useActionShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    void chrome.commands.getAll().then((commands) => {
      setShortcut(commands.find((c) => c.name === "_execute_action")?.shortcut ?? "");
    });
  }, []);
  return shortcut;
}

/** The Keyboard section. */
export function ShortcutNote() {
  const shortcut = useActionShortcut();
  if (shortcut === undefined) return null;
  return (
    <section aria-labelledby="keyboard-heading">
      <h2 id="keyboard-heading">{t("keyboardHeading")}</h2>
      <p>
        {shortcut ? t("shortcutIs", { keys: shortcut }) : t("noShortcut")} {t("shortcutWhere")}
      </p>
    </section>
  );
}
