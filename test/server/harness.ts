/**
 * Test harness for the sync server: starts it as a real child process
 * (`node --import tsx planner/server/main.ts`, port 0, a temporary data directory), talks to its
 * HTTP API with fetch and to /sync with @hocuspocus/provider over `ws`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";

const repo = path.resolve(import.meta.dirname, "../..");

/** A temporary data directory, removed by the returned function. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "turnus-server-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ServerProcess {
  readonly url: string;
  readonly wsUrl: string;
  readonly child: ChildProcess;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  /** Sends `signal` and resolves with the exit code (or the signal's name). */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/**
 * Every test registers its arrangements from 127.0.0.1: far more than the default register
 * limit allows one address. rate-limit.test.ts sets its own limit through `env`.
 */
const TEST_REGISTER_BURST = "100000";

/** Starts the server on a free port over `dataDir`; resolves once it prints its URL. */
export function startServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "planner/server/main.ts"], {
    cwd: repo,
    env: {
      ...process.env,
      TURNUS_PORT: "0",
      TURNUS_DATA: dataDir,
      TURNUS_STATIC: "none",
      TURNUS_REGISTER_BURST: TEST_REGISTER_BURST,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<number | string>((resolve) => {
    child.once("exit", (code, signal) => {
      exit = { code, signal };
      resolve(code ?? signal ?? "unknown");
    });
  });
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start in time:\n${stdout}\n${stderr}`));
    }, 20_000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${stderr}`));
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /turnus server listening on (http:\/\/\S+)/.exec(stdout);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const url = match[1];
      resolve({
        url,
        wsUrl: `${url.replace(/^http/, "ws")}/sync`,
        child,
        stderr: () => stderr,
        alive: () => exit === undefined,
        stop: (signal = "SIGTERM") => {
          if (exit === undefined) child.kill(signal);
          return exited;
        },
      });
    });
  });
}

/** A JSON call to the API: status and parsed body. */
export async function api(
  server: ServerProcess,
  method: string,
  route: string,
  options: { body?: unknown; token?: string; raw?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.token !== undefined) headers["authorization"] = `Bearer ${options.token}`;
  const body =
    options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await fetch(`${server.url}${route}`, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

let counter = 0;
/** A fresh arrangement id (10+ characters). */
export const newArrangementId = (): string =>
  `arr${process.pid}x${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Registers a new arrangement; returns its id and the leader token. */
export async function createArrangement(
  server: ServerProcess,
): Promise<{ arrangement: string; leader: string }> {
  const arrangement = newArrangementId();
  const { status, body } = await api(server, "POST", "/api/arrangements", {
    body: { arrangement },
  });
  if (status !== 201 || typeof body["token"] !== "string") {
    throw new Error(`registering failed: ${status} ${JSON.stringify(body)}`);
  }
  return { arrangement, leader: body["token"] };
}

/** Creates an invite and returns its token and id. */
export async function invite(
  server: ServerProcess,
  arrangement: string,
  token: string,
  request: { role: string; assistantId?: string },
): Promise<{ token: string; id: string }> {
  const { status, body } = await api(server, "POST", `/api/arrangements/${arrangement}/invites`, {
    token,
    body: request,
  });
  if (status !== 201 || typeof body["token"] !== "string" || typeof body["id"] !== "string") {
    throw new Error(`invite failed: ${status} ${JSON.stringify(body)}`);
  }
  return { token: body["token"], id: body["id"] };
}

export interface Client {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Resolves on the first sync; rejects when authentication fails. */
  readonly synced: Promise<void>;
  /** Resolves with the reason when authentication fails. */
  readonly denied: Promise<string>;
  /** Resolves when the server closes this document connection. */
  readonly closed: Promise<void>;
  destroy(): void;
}

/**
 * A provider on `name` with `token`, on its own socket. It retries without limit until destroyed
 * (a limited retry rejects a promise nobody can catch when the server is gone).
 */
export function connect(server: ServerProcess, name: string, token: string): Client {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: server.wsUrl,
    WebSocketPolyfill: WebSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
  });
  provider.attach(); // a provider on a socket it was given does not attach by itself
  const denied = new Promise<string>((resolve) =>
    provider.on("authenticationFailed", ({ reason }: { reason: string }) => resolve(reason)),
  );
  const synced = new Promise<void>((resolve, reject) => {
    provider.on("synced", () => resolve());
    void denied.then((reason) => reject(new Error(`authentication failed: ${reason}`)));
  });
  synced.catch(() => undefined); // observed through `denied` when expected
  const closed = new Promise<void>((resolve) => provider.on("close", () => resolve()));
  return {
    doc,
    provider,
    synced,
    denied,
    closed,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Polls `condition` every 20 ms until it holds (or throws after `ms`). */
export async function until(
  condition: () => boolean,
  ms = 5_000,
  what = "condition",
): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves once every local change of `client` was acknowledged by the server. */
export const acknowledged = (client: Client): Promise<void> =>
  until(() => client.provider.unsyncedChanges === 0, 5_000, "the server's acknowledgement");

/** Connects, waits for the first sync, returns the document's map `m` as JSON, disconnects. */
export async function readMap(
  server: ServerProcess,
  name: string,
  token: string,
): Promise<Record<string, unknown>> {
  const client = connect(server, name, token);
  try {
    await client.synced;
    return client.doc.getMap("m").toJSON();
  } finally {
    client.destroy();
  }
}
