/**
 * Throwaway Redis and PostgreSQL servers for the scale-out tests, from Debian's packages
 * (`redis-server`, `postgresql`): each on a free port in a temporary directory, stopped and
 * removed by `stop()`. PostgreSQL refuses to run as root, so as root its programs run as the
 * `postgres` user (runuser); otherwise as the current user.
 */
import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

const PG_BIN = "/usr/lib/postgresql/15/bin";

export interface Service {
  /** redis://… or postgres://… */
  readonly url: string;
  /** Stops the server and removes its directory; safe to call twice. */
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const tempDir = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

/** A Redis server that a test can also take away and bring back. */
export interface RedisService extends Service {
  /** Kills redis-server with SIGKILL (no goodbye to its clients); resolves once the port is closed. */
  kill(): Promise<void>;
  /** Starts redis-server again, empty, on the same port. */
  restart(): Promise<void>;
}

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
const listening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

/** Starts `redis-server` (no persistence) on a free port. */
export async function startRedis(): Promise<RedisService> {
  const dir = tempDir("turnus-redis-");
  const port = await freePort();
  const pidFile = path.join(dir, "redis.pid");
  // redis-server --daemonize forks and exits once it listens.
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly"];
  args.push("no", "--daemonize", "yes", "--pidfile", pidFile, "--dir", dir);
  const launch = () => run("redis-server", args);
  /** Sends `signal` to the running redis-server, and forgets its pid file. */
  const signal = async (signal: NodeJS.Signals) => {
    // The pid file appears just after the fork; wait for it briefly.
    for (let i = 0; i < 50 && !existsSync(pidFile); i++) await sleep(20);
    try {
      process.kill(Number.parseInt(readFileSync(pidFile, "utf8"), 10), signal);
    } catch {
      // already gone
    }
    rmSync(pidFile, { force: true });
  };
  await launch();
  let stopped = false;
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await signal("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
    kill: async () => {
      await signal("SIGKILL");
      // A killed daemon may linger as a zombie (nobody reaps it here); its port closes at once.
      for (let i = 0; i < 250 && (await listening(port)); i++) await sleep(20);
    },
    restart: async () => {
      await launch();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a PostgreSQL program, as `postgres` when we are root. */
function pgRun(program: string, args: string[]) {
  const file = path.join(PG_BIN, program);
  return process.getuid?.() === 0
    ? run("runuser", ["-u", "postgres", "--", file, ...args])
    : run(file, args);
}

/** Starts PostgreSQL 15 (trust authentication, no fsync) with a database `turnus`. */
export async function startPostgres(): Promise<Service> {
  const dir = tempDir("turnus-pg-");
  if (process.getuid?.() === 0) chownSync(dir, ...postgresIds());
  const data = path.join(dir, "data");
  const port = await freePort();
  let started = false;
  const stop = async () => {
    if (started) {
      started = false;
      await pgRun("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]).catch(() => undefined);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await pgRun("initdb", ["-D", data, "-A", "trust", "-U", "turnus", "--no-sync"]);
    started = true;
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await pgRun("pg_ctl", ["-D", data, "-w", "-l", path.join(dir, "log"), "-o", options, "start"]);
    await pgRun("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "turnus", "turnus"]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://turnus@127.0.0.1:${port}/turnus`, stop };
}

/** The uid and gid of the `postgres` user. */
function postgresIds(): [number, number] {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("postgres:"));
  const [, , uid, gid] = line?.split(":") ?? [];
  if (uid === undefined || gid === undefined) {
    throw new Error("running as root, but there is no postgres user (apt-get install postgresql)");
  }
  return [Number(uid), Number(gid)];
}
