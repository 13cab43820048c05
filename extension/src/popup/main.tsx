import { render } from "preact";
import { uiLocale } from "../lang.js";
import { Popup } from "./Popup.js";
import "./popup.css";

document.documentElement.lang = uiLocale();
const app = document.getElementById("app");
if (app) render(<Popup />, app);
