/** Mounts the options page in the browser's UI language. */
import { render } from "preact";
import { z } from "zod";
import { translator, uiLocale } from "../lang.js";
import { Options } from "./Options.js";
import { texts } from "./texts.js";

// MV3 forbids eval: tell zod not to probe for it.
z.config({ jitless: true });

document.documentElement.lang = uiLocale();
document.title = translator(texts)("title");
const app = document.getElementById("app");
if (app) render(<Options />, app);
