import { render } from "preact";
import { loadLanguage } from "../lang.js";
import { Popup } from "./Popup.js";
import "./popup.css";

document.documentElement.lang = await loadLanguage();
const app = document.getElementById("app");
if (app) render(<Popup />, app);
