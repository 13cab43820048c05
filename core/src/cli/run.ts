/** Entry point: runs the command line with node's file system, standard streams and clock. */
import { readFile } from "node:fs/promises";
import { main } from "./main.js";

const code = await main(process.argv.slice(2), {
  readFile: (path) => readFile(path, "utf8"),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: () => Date.now(),
});
process.exitCode = code;
