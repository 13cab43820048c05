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
