/** Downloads text as a file from an extension page: a Blob behind an `<a download>`. */

/** A file name made from a profile id: letters, digits, `.`, `_` and `-` only. */
export function profileFileName(id: string): string {
  return `turnus-profile-${id.replace(/[^\w.-]+/g, "-")}.json`;
}

/** Offers `text` as the download `name` (JSON). */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
