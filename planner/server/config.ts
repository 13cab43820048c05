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
  /** Scale-out mode (Redis + PostgreSQL), or undefined for the embedded SQLite store. */
  readonly scaleOut: ScaleOutConfig | undefined;
}

/** Where the processes of one deployment meet. */
export interface ScaleOutConfig {
  /** redis://host:port: updates and presence between processes. */
  readonly redisUrl: string;
  /** postgres://…: documents, arrangements, tokens and the token secret. */
  readonly databaseUrl: string;
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

/** Both TURNUS_REDIS_URL and TURNUS_DATABASE_URL, or neither. */
function scaleOutFromEnv(env: NodeJS.ProcessEnv): ScaleOutConfig | undefined {
  const redisUrl = env["TURNUS_REDIS_URL"] || undefined;
  const databaseUrl = env["TURNUS_DATABASE_URL"] || undefined;
  if (redisUrl === undefined && databaseUrl === undefined) return undefined;
  if (redisUrl === undefined) {
    throw new Error("TURNUS_REDIS_URL is missing: scale-out (TURNUS_DATABASE_URL) needs both");
  }
  if (databaseUrl === undefined) {
    throw new Error("TURNUS_DATABASE_URL is missing: scale-out (TURNUS_REDIS_URL) needs both");
  }
  if (!/^redis:\/\//.test(redisUrl)) {
    throw new Error(`TURNUS_REDIS_URL must start with redis://, not "${redisUrl}"`);
  }
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error("TURNUS_DATABASE_URL must start with postgres:// or postgresql://");
  }
  return { redisUrl, databaseUrl };
}

/**
 * Reads TURNUS_PORT, TURNUS_HOST, TURNUS_DATA, TURNUS_MAX_MESSAGE_BYTES, TURNUS_STATIC and, for
 * scale-out, TURNUS_REDIS_URL with TURNUS_DATABASE_URL.
 */
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
    scaleOut: scaleOutFromEnv(env),
  };
}
