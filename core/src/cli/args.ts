/** Argument parsing for the commands, on node's built-in `util.parseArgs`. */
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Parsed arguments, or a plain reason they are wrong. */
export type Args<V> =
  | { readonly ok: true; readonly values: V; readonly files: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** Parses `args` against option definitions, turning node's errors into plain reasons. */
export function parse<V>(args: readonly string[], options: ParseArgsConfig["options"]): Args<V> {
  try {
    const r = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { ok: true, values: r.values as V, files: r.positionals };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: message.replace(/\. To specify a positional.*$/s, "") };
  }
}
