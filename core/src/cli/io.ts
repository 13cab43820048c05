import { formatIssues, readRota, type ReadRota } from "../model/index.js";
import type { Instant } from "../time/index.js";

/** What a command needs from the outside world; `run.ts` passes node's fs, stdio and clock. */
export interface CliIo {
  /** Reads a file as UTF-8 text; rejects when it cannot be read. */
  readFile(path: string): Promise<string>;
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** The current instant in epoch milliseconds (the only clock, used when a file names no `now`). */
  now(): number;
}

/**
 * Reads and validates the rota file `file` for `command` (`turnus <command>`). On failure the
 * reasons go to `err` (each issue as `path: message`) and the result is undefined: exit 2.
 */
export async function readRotaFile(
  io: Pick<CliIo, "readFile" | "err">,
  command: string,
  file: string,
): Promise<ReadRota | undefined> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    io.err(
      `turnus ${command}: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return undefined;
  }
  const read = readRota(text);
  if (!read.ok) {
    io.err(`turnus ${command}: ${file} is not a valid rota:\n${formatIssues(read.issues)}\n`);
    return undefined;
  }
  return read;
}

/** "Now" for a rota: the file's `now` when it names one, else the clock. */
export function nowOf(read: ReadRota, io: Pick<CliIo, "now">): Instant {
  const named = read.rota.now === undefined ? undefined : read.zone.resolve(read.rota.now);
  return named?.ok ? named.instant : (io.now() as Instant);
}
