/**
 * Import: a labelled file input. A bad file is refused with an alert that names what is wrong
 * (nothing stored changes); a good one is merged in and a status says how many were added and
 * replaced.
 */
import { useState } from "preact/hooks";
import { translator } from "../lang.js";
import { importProfiles } from "../profiles.js";
import { texts } from "./texts.js";

const t = translator(texts);

/** Why the last import failed: the file's name and the error, one problem a line. */
interface Problem {
  file: string;
  error: string;
}

/** The props of {@link ImportField}: `onImported` gets the status line to announce. */
export interface ImportFieldProps {
  onImported: (status: string) => void;
}

/** Reads the chosen file and imports it: the status line, or the problem. */
async function importFile(file: File): Promise<{ status: string } | { problem: Problem }> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { problem: { file: file.name, error: t("readFailed", { file: file.name }) } };
  }
  const r = await importProfiles(text);
  if (!r.ok) return { problem: { file: file.name, error: r.error } };
  return { status: t("imported", { file: file.name, added: r.added, replaced: r.replaced }) };
}

/** The Import section. */
export function ImportField({ onImported }: ImportFieldProps) {
  const [problem, setProblem] = useState<Problem>();

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file === undefined) return;
    const r = await importFile(file);
    input.value = ""; // the same file may be chosen again after it is fixed
    if ("problem" in r) {
      // Empty the alert first: the same error again must be a change, or it is not announced.
      setProblem(undefined);
      await new Promise((resolve) => setTimeout(resolve, 50));
      setProblem(r.problem);
      onImported("");
    } else {
      setProblem(undefined);
      onImported(r.status);
    }
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t("importHeading")}</h2>
      <p id="import-hint">{t("importHint")}</p>
      <label for="import-file">{t("importLabel")}</label>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        aria-describedby="import-hint"
        onChange={(e) => void choose(e.currentTarget)}
      />
      <div role="alert" class="problem">
        {problem && (
          <>
            <p>{t("importFailed", { file: problem.file })}</p>
            <p class="lines">{problem.error}</p>
          </>
        )}
      </div>
    </section>
  );
}
