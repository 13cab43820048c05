/**
 * The server's settings from the environment. Bad values are refused with a message naming the
 * variable, before anything starts.
 */
import { existsSync } from "node:fs";
import path from "node:path";

/** What `startServer` needs, resolved from the environment. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly maxMessageBytes: number;
  /** The built planner to serve, or undefined for API and sync only. */
  readonly staticDir: string | undefined;
}

/** 4 MiB: a year rota's first sync is about 2 MB. */
export const DEFAULT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

const integer = (env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer ≥ ${min}, not "${raw}"`);
  }
  return value;
};

/** Reads TURNUS_PORT, TURNUS_HOST, TURNUS_DATA, TURNUS_MAX_MESSAGE_BYTES and TURNUS_STATIC. */
export function configFromEnv(env: NodeJS.ProcessEnv, cwd: string): ServerConfig {
  const port = integer(env, "TURNUS_PORT", 4173, 0);
  if (port > 65535) throw new Error(`TURNUS_PORT must be at most 65535, not ${port}`);
  const staticEnv = env["TURNUS_STATIC"];
  const defaultStatic = path.resolve(cwd, "dist/planner");
  const staticDir =
    staticEnv === "none"
      ? undefined
      : staticEnv
        ? path.resolve(cwd, staticEnv)
        : existsSync(defaultStatic)
          ? defaultStatic
          : undefined;
  return {
    port,
    host: env["TURNUS_HOST"] || "127.0.0.1",
    dataDir: path.resolve(cwd, env["TURNUS_DATA"] || "data"),
    maxMessageBytes: integer(env, "TURNUS_MAX_MESSAGE_BYTES", DEFAULT_MAX_MESSAGE_BYTES, 1024),
    staticDir,
  };
}
