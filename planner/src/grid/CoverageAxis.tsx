/**
 * A day's coverage on a 24-hour axis inside the day's row header: bars as high as the number of
 * assistants on duty, the need as a line, stretches short of the need hatched and named in words
 * beside the drawing (`⚠ 15:00–16:00: 1 of 2`), never by colour alone. The drawing is hidden from
 * screen readers; the words are in the row header's name.
 */
import { tf, type Lang } from "../i18n/messages.js";
import type { DayCoverage } from "./coverage.js";

const W = 96;
const H = 16;
/** Hours with a tick on the axis. */
const TICKS = [6, 12, 18];

export function CoverageAxis({ lang, coverage }: { lang: Lang; coverage: DayCoverage }) {
  const { stretches, shortfalls, peak } = coverage;
  const y = (n: number) => H - (n / peak) * (H - 2);
  return (
    <span class="coverage">
      <svg
        class="coverage-axis"
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect class="axis-bg" x={0} y={0} width={W} height={H} />
        {stretches.map((s, i) => {
          const x = s.from * W;
          const w = Math.max(0, (s.to - s.from) * W);
          const short = s.staffed < s.required;
          return (
            <g key={i}>
              {short ? <rect class="axis-short" x={x} y={0} width={w} height={H} /> : null}
              {s.staffed > 0 ? (
                <rect
                  class="axis-staffed"
                  x={x}
                  y={y(s.staffed)}
                  width={w}
                  height={H - y(s.staffed)}
                />
              ) : null}
              {s.required > 0 ? (
                <line class="axis-need" x1={x} x2={x + w} y1={y(s.required)} y2={y(s.required)} />
              ) : null}
            </g>
          );
        })}
        {TICKS.map((h) => (
          <line key={h} class="axis-tick" x1={(h / 24) * W} x2={(h / 24) * W} y1={H - 3} y2={H} />
        ))}
      </svg>
      {shortfalls.length ? (
        <span class="coverage-gaps" aria-hidden="true">
          {shortfalls.map((g) => `⚠ ${tf(lang, "coverageShort", { ...g })}`).join(" ")}
        </span>
      ) : null}
    </span>
  );
}

/** The hatching of short stretches, once per page (axes refer to it by id). */
export function CoverageDefs() {
  return (
    <svg class="coverage-defs" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="coverage-hatch" width="4" height="4" patternUnits="userSpaceOnUse">
          <rect class="coverage-hatch-bg" width="4" height="4" />
          <line class="coverage-hatch-line" x1="0" y1="4" x2="4" y2="0" />
        </pattern>
      </defs>
    </svg>
  );
}

/** The words of a day's shortfalls for the row header's accessible name ("" when none). */
export function coverageWords(lang: Lang, coverage: DayCoverage | undefined): string {
  if (!coverage?.shortfalls.length) return "";
  return `. ${tf(lang, "coverageGapsSay", {
    gaps: coverage.shortfalls.map((g) => tf(lang, "coverageShort", { ...g })).join("; "),
  })}`;
}
