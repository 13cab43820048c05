/**
 * `startServer`: one HTTP server on one port for the built planner (Vite's preview server, when
 * `staticDir` is given), the JSON API under /api and Yjs sync over WebSocket at /sync.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import * as Y from "yjs";
import {
  DEFAULT_MAX_MESSAGE_BYTES,
  type RegisterLimitConfig,
  type ScaleOutConfig,
} from "./config.js";
import { claimDataDir } from "./data-dir.js";
import { createApi } from "./http-api.js";
import { openRedis, type ScaleOutRedis } from "./redis.js";
import type { Store } from "./store.js";
import { PostgresStore } from "./store-postgres.js";
import { SqliteStore } from "./store-sqlite.js";
import { createSync, type Sync } from "./sync.js";
import { loadSecret } from "./tokens.js";

export interface ServerOptions {
  readonly port?: number;
  readonly host?: string;
  readonly dataDir: string;
  /** Serve this built planner (e.g. dist/planner) through Vite's preview server. */
  readonly staticDir?: string;
  /** The largest WebSocket message accepted (default 4 MiB). */
  readonly maxMessageBytes?: number;
  /**
   * Scale-out mode: share documents, tokens and the secret through PostgreSQL and updates and
   * presence through Redis with the other processes. `dataDir` is then not used.
   */
  readonly scaleOut?: ScaleOutConfig;
  /** How many arrangements one address may register (default: from the environment). */
  readonly registerLimit?: RegisterLimitConfig;
  readonly log?: (message: string) => void;
}

export interface RunningServer {
  /** `http://host:port`, the port the server really listens on. */
  readonly url: string;
  /** Stops accepting, closes connections, stores open documents, closes the database. */
  close(): Promise<void>;
}

const repo = path.resolve(import.meta.dirname, "../..");

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const isApi = (url: string | undefined): boolean => /^\/api(\/|\?|$)/.test(url ?? "");

/** An HTTP server that serves the planner through Vite's preview server, with /api in front. */
async function previewServer(staticDir: string, port: number, host: string, api: Handler) {
  const { preview } = await import("vite");
  // Vite's preview server installs its own SIGTERM (and stdin "end") handler that closes only
  // itself and exits at once: our graceful close would never run. Take those handlers back out.
  const ownTerm = new Set(process.listeners("SIGTERM"));
  const ownEnd = new Set(process.stdin.listeners("end"));
  const server = await preview({
    configFile: path.join(repo, "vite.config.ts"),
    root: path.join(repo, "planner"),
    logLevel: "warn",
    build: { outDir: path.resolve(staticDir) },
    preview: { port, host, strictPort: true, open: false },
    plugins: [
      {
        name: "turnus-api",
        configurePreviewServer(server) {
          server.middlewares.use((req, res, next) => {
            if (isApi(req.url)) void api(req, res);
            else next();
          });
        },
      },
    ],
  });
  for (const listener of process.listeners("SIGTERM")) {
    if (!ownTerm.has(listener)) process.off("SIGTERM", listener);
  }
  for (const listener of process.stdin.listeners("end")) {
    if (!ownEnd.has(listener)) process.stdin.off("end", listener as () => void);
  }
  return { httpServer: server.httpServer as Server, close: () => server.close() };
}

/** An HTTP server with only /api (and a short text at /). */
async function plainServer(port: number, host: string, api: Handler) {
  const httpServer = createServer((req, res) => {
    if (isApi(req.url)) {
      void api(req, res);
      return;
    }
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("Turnus sync server: /sync (WebSocket) and /api. The planner is not served here.\n");
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => resolve());
  });
  return {
    httpServer,
    close: () =>
      new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      }),
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The store, secret and sync of one mode, and how to let go of them. */
interface Backend {
  readonly store: Store;
  readonly sync: Sync;
  readonly secret: Buffer;
  readonly onRevoke: (tokenId: string) => void;
  release(): Promise<void>;
}

/** The default: one SQLite file in the data directory, claimed for this process. */
function embeddedBackend(dataDir: string, log: (message: string) => void): Backend {
  const releaseDataDir = claimDataDir(dataDir);
  const store = new SqliteStore(path.join(dataDir, "turnus.sqlite"));
  const secret = loadSecret(dataDir);
  const sync = createSync(store, secret, log);
  return {
    store,
    sync,
    secret,
    onRevoke: (id) => sync.closeToken(id),
    release: () => {
      store.close();
      releaseDataDir();
      return Promise.resolve();
    },
  };
}

/** Scale-out: PostgreSQL for what is stored, Redis between the processes. */
async function sharedBackend(config: ScaleOutConfig, log: (message: string) => void) {
  const store = await PostgresStore.open(config.databaseUrl);
  let redis: ScaleOutRedis;
  let sync: Sync | undefined;
  try {
    const secret = await store.loadSecret();
    // Every process closes its own connections of a token revoked anywhere.
    redis = await openRedis(config.redisUrl, (id) => sync?.closeToken(id), log);
    sync = createSync(store, secret, log, {
      logUpdates: "before-apply",
      extensions: [redis.extension],
    });
    const backend: Backend = {
      store,
      sync,
      secret,
      onRevoke: (id) => {
        sync?.closeToken(id);
        redis.publishRevoked(id).catch((error: unknown) => {
          log(`could not tell the other processes of a revocation: ${String(error)}`);
        });
      },
      release: async () => {
        await redis.close();
        await store.close();
      },
    };
    return backend;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Starts the server; resolves once it listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => console.error(`turnus: ${message}`));
  const host = options.host ?? "127.0.0.1";
  const backend = options.scaleOut
    ? await sharedBackend(options.scaleOut, log)
    : embeddedBackend(options.dataDir, log);
  const { store, sync, secret } = backend;
  const api = createApi({
    store,
    secret,
    now: () => Date.now(),
    onRevoke: backend.onRevoke,
    // calendar feeds read an open document as it is now, others from the store
    documents: (name) => sync.hocuspocus.documents.get(name),
    ...(options.registerLimit ? { registerLimit: options.registerLimit } : {}),
  });

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
  });
  wss.on("connection", (ws, request: IncomingMessage) => {
    // Without this listener an oversized or malformed frame would crash the process.
    ws.on("error", (error) => log(`websocket: ${error.message}`));
    sync.hocuspocus.handleConnection(ws, request);
  });

  let http: Awaited<ReturnType<typeof plainServer>>;
  try {
    http = options.staticDir
      ? await previewServer(options.staticDir, options.port ?? 4173, host, api)
      : await plainServer(options.port ?? 4173, host, api);
  } catch (error) {
    // E.g. the port is taken: leave the data directory as we found it.
    wss.close();
    await backend.release();
    throw error;
  }

  http.httpServer.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", (error: NodeJS.ErrnoException) => {
      // A client that goes away mid-message is ordinary; anything else is worth a line.
      if (error.code !== "ECONNRESET" && error.code !== "EPIPE") log(`socket: ${error.message}`);
    });
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    if (pathname !== "/sync") {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
  });

  const address = http.httpServer.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;

  let closing: Promise<void> | undefined;
  const close = async (): Promise<void> => {
    const { hocuspocus } = sync;
    const stopped = http.close(); // stop accepting
    hocuspocus.closeConnections(); // unloads documents, which stores them at once
    for (const ws of wss.clients) ws.close(1001, "server shutting down");
    // Unloading waits 1 s (the Redis extension's disconnectDelay) in scale-out mode.
    const rounds = options.scaleOut ? 100 : 50;
    for (let i = 0; i < rounds && hocuspocus.getDocumentsCount() > 0; i++) await wait(20);
    // Whatever did not unload in time: its updates are in the log already; compact it anyway.
    for (const [name, document] of hocuspocus.documents) {
      try {
        await store.compactDocument(name, Y.encodeStateAsUpdate(document));
      } catch (error) {
        log(`${name}: not compacted on close (${String(error)})`);
      }
    }
    for (const ws of wss.clients) ws.terminate();
    wss.close();
    await stopped;
    await backend.release();
  };

  return { url, close: () => (closing ??= close()) };
}
