/** The cells of a sheet that could not be read, each with its row and column. */
import type { SheetIssue } from "../../../core/src/import/index.js";
import { t, tf, type Lang } from "../i18n/messages.js";

/** Where a problem is, in the reader's language. */
function place(lang: Lang, issue: SheetIssue): string {
  if (issue.row === undefined) return "";
  if (issue.column === undefined) return tf(lang, "sheetAtRow", { row: issue.row });
  return tf(lang, "sheetAt", { row: issue.row, column: issue.column });
}

export function IssueList({
  lang,
  issues,
}: {
  readonly lang: Lang;
  readonly issues: readonly SheetIssue[];
}) {
  if (issues.length === 0) return <p>{t(lang, "sheetNoProblems")}</p>;
  return (
    <div class="sheet-issues">
      <h4 id="sheet-issues-heading">{t(lang, "sheetProblemsHeading")}</h4>
      <p role="alert" class="error-text">
        {tf(lang, "sheetProblemsAlert", { n: issues.length })}
      </p>
      <ul aria-labelledby="sheet-issues-heading">
        {issues.map((issue, i) => (
          <li key={`${i}-${issue.message}`}>
            {issue.row === undefined ? null : <strong>{place(lang, issue)}</strong>} {issue.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
