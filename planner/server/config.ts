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
  /** The limit on registering arrangements (http-api.ts). */
  readonly registerLimit: RegisterLimitConfig;
}

/** Where the processes of one deployment meet. */
export interface ScaleOutConfig {
  /** redis://host:port: updates and presence between processes. */
  readonly redisUrl: string;
  /** postgres://…: documents, arrangements, tokens and the token secret. */
  readonly databaseUrl: string;
}

/**
 * Registering arrangements (`POST /api/arrangements`) is open to anyone, and the first to register
 * an id becomes its leader, so each client address gets a token bucket: `burst` registrations at
 * once, refilled at `perHour`. Behind reverse proxies every request comes from a proxy's address;
 * `trustedProxies` says how many of them add themselves to X-Forwarded-For, so that the client is
 * the entry that many from the right (0: the socket's address, X-Forwarded-For is ignored).
 */
export interface RegisterLimitConfig {
  readonly perHour: number;
  readonly burst: number;
  readonly trustedProxies: number;
}

/** Enough for a household or an office behind one address, too few to squat ids in bulk. */
export const DEFAULT_REGISTER_LIMIT: RegisterLimitConfig = {
  perHour: 20,
  burst: 10,
  trustedProxies: 0,
};

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

/** TURNUS_REGISTER_PER_HOUR, TURNUS_REGISTER_BURST and TURNUS_TRUSTED_PROXIES. */
export function registerLimitFromEnv(env: NodeJS.ProcessEnv): RegisterLimitConfig {
  const defaults = DEFAULT_REGISTER_LIMIT;
  return {
    perHour: integer(env, "TURNUS_REGISTER_PER_HOUR", defaults.perHour, 1),
    burst: integer(env, "TURNUS_REGISTER_BURST", defaults.burst, 1),
    trustedProxies: integer(env, "TURNUS_TRUSTED_PROXIES", defaults.trustedProxies, 0),
  };
}

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
 * Reads TURNUS_PORT, TURNUS_HOST, TURNUS_DATA, TURNUS_MAX_MESSAGE_BYTES, TURNUS_STATIC, the
 * register limit's variables and, for scale-out, TURNUS_REDIS_URL with TURNUS_DATABASE_URL.
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
    registerLimit: registerLimitFromEnv(env),
  };
}
