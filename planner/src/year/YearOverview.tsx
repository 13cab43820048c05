/**
 * The year overview: every day of a year at a glance, as twelve month calendars (weeks as rows,
 * Monday to Sunday), so the work leader sees where the plan is thin (coverage gaps), over the
 * grant, or has violations, and can open any day in the week view.
 *
 * Keyboard (WAI-ARIA grid pattern, one tab stop for the whole year): arrows move a day or a
 * week, Home/End to the week's start and end, Ctrl+Home/End to the year's, PageUp/PageDown a
 * month; Enter, Space or a click opens the day. Every day's accessible name says its date and
 * figures in words; symbols and a key show the same, never colour alone. The figures are computed
 * once per document change (year-summary.ts).
 */
import { Component } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { GrantUse } from "../../../core/src/grant/index.js";
import type { RotaFile } from "../../../core/src/model/index.js";
import type { Violation } from "../../../core/src/rules/index.js";
import {
  addDays,
  isoWeekOf,
  isoWeekday,
  mondayOf,
  type LocalDate,
  type Zone,
} from "../../../core/src/time/index.js";
import { t, tf, tn, type Lang } from "../i18n/messages.js";
import { moveDay } from "./year-navigation.js";
import {
  isOver,
  summariseYear,
  type DaySummary,
  type MonthSummary,
  type YearSummary,
} from "./year-summary.js";
import {
  SYMBOLS,
  dayHours,
  dayLabel,
  daySymbols,
  formatHours,
  monthName,
  monthText,
  weekText,
  weekdayNames,
  yearText,
} from "./year-text.js";
import "./year.css";

export interface YearOverviewProps {
  readonly lang: Lang;
  readonly rota: RotaFile;
  readonly zone: Zone;
  readonly violations: readonly Violation[];
  readonly year: number;
  /** Opens a day in the week view. */
  readonly onOpenDay: (date: LocalDate) => void;
  /**
   * The grant use from core `grantUse` for 1 January to 31 December of `year`, when the caller
   * has it already (for the grant meter); otherwise the overview asks for it itself.
   */
  readonly grantUses?: readonly GrantUse[];
}

/**
 * Months rendered per task when the overview opens: the active day's month and the first
 * months at once, the rest a few at a time, so that no task blocks input for long (a year is
 * ~2,500 elements).
 */
const MONTHS_PER_TASK = 3;

/** How many of a day's violation messages its description and details list. */
const MAX_LISTED = 5;

const firstOfYear = (year: number) => `${String(year).padStart(4, "0")}-01-01` as LocalDate;

/** The day to start on: today when it is in the year, else 1 January. */
function startDay(year: number): LocalDate {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  const today = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as LocalDate;
  return d.getFullYear() === year ? today : firstOfYear(year);
}

export function YearOverview(props: YearOverviewProps) {
  const { lang, rota, zone, violations, year, grantUses } = props;
  // The figures and the words of every day, once per document change (moving between days then
  // renders only the months the active day leaves and enters). Computed in a task of their own
  // after the view has switched, so that the switch itself stays short.
  const [computed, setComputed] = useState<Computed | undefined>();
  useEffect(() => {
    const id = setTimeout(() => {
      const summary = summariseYear(rota, zone, violations, year, grantUses);
      setComputed({ summary, texts: dayTexts(lang, summary) });
    }, 0);
    return () => clearTimeout(id);
  }, [rota, zone, violations, year, grantUses, lang]);
  const summary = computed?.summary.year === year ? computed.summary : undefined;
  const texts = computed?.texts;
  const [active, setActive] = useState<LocalDate>(() => startDay(year));
  const shown = active.startsWith(`${String(year).padStart(4, "0")}-`) ? active : startDay(year);
  const activeMonth = Number(shown.slice(5, 7));
  const rootRef = useRef<HTMLDivElement>(null);
  const weekdays = useMemo(() => weekdayNames(lang), [lang]);
  const [ready, setReady] = useState(MONTHS_PER_TASK);
  useEffect(() => {
    if (!summary || ready >= 12) return;
    const id = setTimeout(() => setReady((n) => n + MONTHS_PER_TASK), 0);
    return () => clearTimeout(id);
  }, [ready, !summary]);
  const onOpenDay = useRef(props.onOpenDay);
  onOpenDay.current = props.onOpenDay;
  const open = useMemo(
    () => (date: LocalDate) => {
      onOpenDay.current(date);
    },
    [],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const date = target.dataset["date"] as LocalDate | undefined;
    if (!date) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      open(date);
      return;
    }
    const next = moveDay(date, e.key, e.ctrlKey || e.metaKey);
    if (!next) return;
    e.preventDefault();
    setActive(next);
    // Every day of the year is rendered: focus the next one now, so that the next key (which
    // can come before a frame) starts where this one left off. Never later, from an effect: a
    // late focus would pull focus back to a day the user has already left.
    rootRef.current?.querySelector<HTMLElement>(`[data-date="${next}"]`)?.focus();
  };

  return (
    <div class="year-overview" ref={rootRef}>
      <h3 id="year-heading">
        {t(lang, "yearOverview")} {year}
      </h3>
      <p class="year-total">{summary ? yearText(lang, summary) : t(lang, "loading")}</p>
      <p id="year-help" class="help">
        {t(lang, "yearHelp")}
      </p>
      <Legend lang={lang} />
      {/* Keys bubble up from the day cells, which are the focusable controls. */}
      <div class="year-months" onKeyDown={onKeyDown}>
        {MONTHS.map((m) =>
          !summary || !texts || (m > ready && m !== activeMonth) ? (
            <div key={m} class="year-month year-month-pending" />
          ) : (
            <Month
              key={m}
              lang={lang}
              year={year}
              month={summary.months[m - 1] as MonthSummary}
              texts={texts}
              weeks={summary.weeks}
              weekdays={weekdays}
              active={m === activeMonth ? shown : undefined}
              onFocusDay={setActive}
              onOpen={open}
            />
          ),
        )}
      </div>
    </div>
  );
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** A year's figures and the words of its days. */
interface Computed {
  readonly summary: YearSummary;
  readonly texts: ReadonlyMap<LocalDate, DayText>;
}

/** What a day cell says: its accessible name, the visible hours and symbols, its problems. */
interface DayText {
  readonly label: string;
  readonly hours: string;
  readonly symbols: string;
  readonly problems: string;
  readonly overWeek: boolean;
}

function dayTexts(lang: Lang, summary: YearSummary): ReadonlyMap<LocalDate, DayText> {
  const out = new Map<LocalDate, DayText>();
  for (const m of summary.months) {
    for (const day of m.days) {
      const week = summary.weeks.get(mondayOf(day.date));
      const over = week && isOver(week) ? week : undefined;
      out.set(day.date, {
        label: dayLabel(lang, day, over),
        hours: dayHours(lang, day),
        symbols: daySymbols(day, !!over),
        problems: problemList(lang, day).join(" "),
        overWeek: !!over,
      });
    }
  }
  return out;
}

function Legend({ lang }: { readonly lang: Lang }) {
  const items: [string, string][] = [
    [`${formatHours(lang, 7.5)} ${t(lang, "yearHoursUnit")}`, t(lang, "yearHoursLegend")],
    [SYMBOLS.error, t(lang, "error")],
    [SYMBOLS.warning, t(lang, "warning")],
    [SYMBOLS.gap, t(lang, "yearGap")],
    [SYMBOLS.over, t(lang, "yearOverGrant")],
    [SYMBOLS.holiday, t(lang, "yearHoliday")],
    [SYMBOLS.special, t(lang, "yearSpecialDay")],
  ];
  return (
    <div class="year-legend">
      <span id="year-legend-title">{t(lang, "yearLegend")}:</span>
      <ul aria-labelledby="year-legend-title">
        {items.map(([symbol, word]) => (
          <li key={word}>
            <span class="year-symbol" aria-hidden="true">
              {symbol}
            </span>{" "}
            {word}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface MonthProps {
  readonly lang: Lang;
  readonly year: number;
  readonly month: MonthSummary;
  readonly texts: ReadonlyMap<LocalDate, DayText>;
  readonly weeks: ReadonlyMap<LocalDate, GrantUse>;
  readonly weekdays: readonly { short: string; long: string }[];
  /** The active day, when it is in this month. */
  readonly active: LocalDate | undefined;
  readonly onFocusDay: (date: LocalDate) => void;
  readonly onOpen: (date: LocalDate) => void;
}

/** One month; renders again only when its props change (e.g. the active day enters or leaves). */
class Month extends Component<MonthProps> {
  override shouldComponentUpdate(next: MonthProps): boolean {
    const p = this.props as unknown as Record<string, unknown>;
    return Object.entries(next).some(([k, v]) => p[k] !== v);
  }

  override render() {
    return <MonthTable {...this.props} />;
  }
}

function MonthTable(props: MonthProps) {
  const { lang, year, month, texts, weeks, weekdays, active } = props;
  const id = `year-m${month.month}`;
  const first = month.days[0] as DaySummary;
  // rows of 7: blanks before the 1st, then the days, blanks after the last
  const lead = isoWeekday(first.date) - 1;
  const slots: (DaySummary | undefined)[] = [
    ...Array<undefined>(lead).fill(undefined),
    ...month.days,
  ];
  while (slots.length % 7) slots.push(undefined);
  const rows = Array.from({ length: slots.length / 7 }, (_, r) => slots.slice(r * 7, r * 7 + 7));
  const activeDay = active ? month.days.find((d) => d.date === active) : undefined;

  return (
    <section class="year-month" aria-labelledby={`${id}-name`}>
      <table
        role="grid"
        class="year-grid"
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-totals year-help`}
        aria-readonly="true"
      >
        <caption id={`${id}-name`}>{monthName(lang, year, month.month)}</caption>
        <thead>
          <tr>
            <th scope="col" class="year-week">
              {t(lang, "yearWeekColumn")}
            </th>
            {weekdays.map((w) => (
              <th key={w.long} scope="col" abbr={w.long}>
                {w.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const monday = mondayOf(addDays(first.date, r * 7 - lead));
            const use = weeks.get(monday);
            const over = !!use && isOver(use);
            return (
              <tr key={monday}>
                <th scope="row" class={over ? "year-week over" : "year-week"}>
                  <span aria-hidden="true">
                    {tf(lang, "yearWeekShort", { n: isoWeekOf(monday).week })}
                    {over ? ` ${SYMBOLS.over}` : ""}
                  </span>
                  <span class="visually-hidden">{weekText(lang, monday, use)}</span>
                </th>
                {row.map((day, c) =>
                  day ? (
                    <Day
                      key={day.date}
                      day={day}
                      text={texts.get(day.date) as DayText}
                      active={day.date === active}
                      weekend={c >= 5}
                      onFocusDay={props.onFocusDay}
                      onOpen={props.onOpen}
                    />
                  ) : (
                    <td key={`blank-${c}`} class="year-blank" />
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id={`${id}-totals`} class="year-month-totals">
        {monthText(lang, weeks, month)}
      </p>
      {activeDay ? (
        <Details lang={lang} day={activeDay} week={weeks.get(mondayOf(activeDay.date))} />
      ) : null}
    </section>
  );
}

interface DayProps {
  readonly day: DaySummary;
  readonly text: DayText;
  readonly active: boolean;
  readonly weekend: boolean;
  readonly onFocusDay: (date: LocalDate) => void;
  readonly onOpen: (date: LocalDate) => void;
}

function Day({ day, text, active, weekend, onFocusDay, onOpen }: DayProps) {
  const descId = `year-d${day.date}-problems`;
  const classes = [
    "year-day",
    day.errors ? "has-error" : day.warnings ? "has-warning" : "",
    day.gapHours ? "has-gap" : "",
    day.holiday || day.special ? "is-holiday" : "",
    weekend ? "weekend" : "",
    active ? "active" : "",
  ];
  return (
    <td
      role="gridcell"
      data-date={day.date}
      tabIndex={active ? 0 : -1}
      aria-describedby={text.problems ? descId : undefined}
      class={classes.filter(Boolean).join(" ")}
      onClick={() => onOpen(day.date)}
      onFocus={() => onFocusDay(day.date)}
    >
      <span class="visually-hidden">{text.label}</span>
      <span class="year-day-visual" aria-hidden="true">
        <span class="year-day-number">{Number(day.date.slice(8, 10))}</span>
        <span class="year-day-hours">{text.hours}</span>
        <span class="year-day-symbols">{text.symbols}</span>
      </span>
      {text.problems ? (
        <span id={descId} class="visually-hidden">
          {text.problems}
        </span>
      ) : null}
    </td>
  );
}

/** The day's violation messages with their severity, at most {@link MAX_LISTED} and a count. */
function problemList(lang: Lang, day: DaySummary): string[] {
  const listed = day.problems
    .slice(0, MAX_LISTED)
    .map((p) => `${t(lang, p.severity === "error" ? "error" : "warning")}: ${p.message}`);
  const more = day.problems.length - MAX_LISTED;
  return more > 0 ? [...listed, tn(lang, "yearMore", more)] : listed;
}

/** The active day in full, under its month, for those who read the screen rather than listen. */
function Details({
  lang,
  day,
  week,
}: {
  readonly lang: Lang;
  readonly day: DaySummary;
  readonly week: GrantUse | undefined;
}) {
  return (
    <div class="year-details">
      <p>{dayLabel(lang, day)}</p>
      {week ? <p>{weekText(lang, mondayOf(day.date), week)}</p> : null}
      {day.problems.length ? (
        <ul>
          {problemList(lang, day).map((text, i) => (
            <li key={i} class={day.problems[i]?.severity === "error" ? "error-text" : undefined}>
              {text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
