/** A problem found in input: where it is (a JSON path such as `$.shifts[3].end`) and why. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** The JSON path text of a path given as keys and indexes. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** One line per issue, `path: message`. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join("\n");
}
