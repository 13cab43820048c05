/** Mounts the options page in the chosen language (else the browser's); redraws on a change. */
import { render } from "preact";
import { z } from "zod";
import { currentLocale, loadLanguage, saveLanguage, translator } from "../lang.js";
import { Options } from "./Options.js";
import { texts } from "./texts.js";

// MV3 forbids eval: tell zod not to probe for it.
z.config({ jitless: true });

/** Draws the page in the language in use; `focusLanguage` after the language was changed. */
function mount(focusLanguage: boolean): void {
  document.documentElement.lang = currentLocale();
  document.title = translator(texts)("title");
  const app = document.getElementById("app");
  if (!app) return;
  const onChoose = (choice: Parameters<typeof saveLanguage>[0]) =>
    void saveLanguage(choice).then(() => mount(true));
  // Keyed by language: every text is drawn again in the new one.
  render(<Options key={currentLocale()} language={{ onChoose, focus: focusLanguage }} />, app);
}

await loadLanguage();
mount(false);
