/**
 * One server per data directory: `server.pid` names the process that uses it. A pid file of a
 * process that no longer runs (killed with -9) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Creates `dataDir` if needed and claims it; returns the function that releases it. */
export function claimDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, "server.pid");
  let previous: number | undefined;
  try {
    previous = Number.parseInt(readFileSync(file, "utf8"), 10);
  } catch {
    previous = undefined;
  }
  if (previous !== undefined && previous !== process.pid && previous > 0 && alive(previous)) {
    throw new Error(`${dataDir} is in use by another Turnus server (pid ${previous})`);
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}
