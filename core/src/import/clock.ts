/**
 * Times of day and break lengths as rota sheets write them: `7`, `7:00`, `07.00`, `0700`,
 * `07:00:00` (a spreadsheet's time), `7,5` (decimal hours, one decimal, with a comma or a point: 07:30; `7,30` is refused as unclear), and a
 * spreadsheet's unformatted time as a fraction of a day (`0.2916666667`, 07:00).
 */
import type { Parsed } from "../time/index.js";

const CLOCK_RE = /^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?$/;
const COMPACT_RE = /^(\d{1,2})(\d{2})$/;
const DECIMAL_RE = /^(\d{1,2})[,.](\d)$/;
const UNCLEAR_RE = /^(\d{1,2}),(\d{2,})$/;
const DAY_FRACTION_RE = /^0[.,](\d{3,})$/;

/**
 * Minutes after midnight of a time of day as a sheet writes it (see the file comment);
 * `24:00` is 1440. A time that does not exist (`25:00`, `7:75`) gets a plain reason.
 */
export function parseSheetClock(text: string): Parsed<number> {
  const s = text
    .trim()
    .replace(/^kl\.?\s*/i, "")
    .replace(/\s+/g, "");
  const fraction = DAY_FRACTION_RE.exec(s);
  if (fraction) {
    const minutes = Math.round(Number(`0.${fraction[1]}`) * 1440);
    return { ok: true, value: minutes };
  }
  let hours: number | undefined;
  let mins = 0;
  const clock = CLOCK_RE.exec(s) ?? COMPACT_RE.exec(s);
  const decimal = clock ? undefined : DECIMAL_RE.exec(s);
  if (clock) {
    hours = Number(clock[1]);
    mins = Number(clock[2] ?? 0);
    if (clock[3] !== undefined && Number(clock[3]) !== 0) {
      return { ok: false, reason: `"${text.trim()}" has seconds: write the time like 07:00` };
    }
  } else if (decimal) {
    hours = Number(decimal[1]);
    mins = Math.round(Number(decimal[2]) * 6);
  } else if (UNCLEAR_RE.test(s)) {
    const [h, m] = s.split(",");
    return {
      ok: false,
      reason: `"${text.trim()}" is unclear: write ${h}:${m} for a clock time or ${h},5 for decimal hours`,
    };
  }
  if (hours === undefined) {
    return { ok: false, reason: `"${text.trim()}" is not a time: write it like 07:00` };
  }
  if (hours > 24 || mins > 59 || (hours === 24 && mins > 0)) {
    return { ok: false, reason: `"${text.trim()}" is a time that does not exist` };
  }
  return { ok: true, value: hours * 60 + mins };
}

const BREAK_RE =
  /^(\d+(?:[,.]\d+)?)\s*(min|minutter|minutes|minuter|m|t|h|timer|time|timme|timmar|hours?)?\.?$/i;

/**
 * A break's length in whole minutes: a whole number is minutes (`30`, `30 min`), a decimal
 * number is hours (`0,5`, `0.75`), `h:mm` is hours and minutes (`0:30`), and a unit may say
 * which (`1 t`, `1 h`, `45 min`). Empty is no break.
 */
export function parseBreak(text: string): Parsed<number> {
  const s = text.trim();
  if (s === "") return { ok: true, value: 0 };
  const hm = /^(\d{1,2}):(\d{2})$/.exec(s);
  if (hm) return { ok: true, value: Number(hm[1]) * 60 + Number(hm[2]) };
  const m = BREAK_RE.exec(s);
  if (!m) {
    return { ok: false, reason: `"${s}" is not a break: write minutes (30) or hours (0,5)` };
  }
  const n = Number((m[1] ?? "").replace(",", "."));
  const unit = (m[2] ?? "").toLowerCase();
  const decimal = /[,.]/.test(m[1] ?? "");
  const inHours = unit === "" ? decimal : !unit.startsWith("m");
  const value = inHours ? n * 60 : n;
  if (!Number.isInteger(Math.round(value * 1e6) / 1e6)) {
    return { ok: false, reason: `"${s}" is not a whole number of minutes` };
  }
  if (value > 24 * 60) return { ok: false, reason: `"${s}" is longer than a day` };
  return { ok: true, value: Math.round(value) };
}
