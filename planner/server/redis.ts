/**
 * Scale-out over Redis: Hocuspocus' Redis extension relays document updates and awareness between
 * server processes (pub/sub per document), and one more channel tells every process which token
 * was revoked, so that each closes its own connections of it.
 *
 * Changes to the extension (3.4.4, ioredis 5.11.1):
 * - `openRedis` resolves only once the extension's pub and sub clients are ready. A document
 *   loaded earlier subscribes while ioredis still queues commands, and the queued publish then
 *   fails with "Connection in subscriber mode": that process would never hear the others.
 * - Storing does not take the extension's Redis lock. With the lock, a process that cannot get
 *   it skips its store silently, and its edits are only as safe as the other process' next
 *   store. The PostgreSQL store merges under its own row lock instead (store-postgres.ts).
 * - Losing Redis: ioredis reconnects and resubscribes by itself, but the extension neither makes
 *   up for what was not relayed meanwhile (pub/sub keeps nothing) nor copes with documents
 *   loaded meanwhile: their subscribe waits in ioredis' offline queue until it fails after
 *   `maxRetriesPerRequest` reconnects (~10 s), and with it the load. So while Redis is away
 *   nothing is published or subscribed (each process serves its own clients from PostgreSQL),
 *   and once both clients are ready again every open document is subscribed and greets the
 *   others as a freshly loaded one does: its state vector (the others answer with what it lacks
 *   and their own state vector, which it answers in turn) and a query for their presence.
 */
import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  onAwarenessUpdatePayload,
  onChangePayload,
} from "@hocuspocus/server";
import { Redis, type Configuration } from "@hocuspocus/extension-redis";

/**
 * The part of an ioredis client used here. The extension's declarations name ioredis' types in a
 * way NodeNext resolution cannot follow (they arrive as `any`), so they are stated once here.
 */
interface RedisClient {
  readonly status: string;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "message", listener: (channel: string, message: string) => void): unknown;
  on(event: "ready" | "close", listener: () => void): unknown;
  once(event: "ready", listener: () => void): unknown;
  off(event: "ready", listener: () => void): unknown;
  duplicate(): RedisClient;
  subscribe(channel: string): Promise<unknown>;
  unsubscribe(channel: string): Promise<unknown>;
  publish(channel: string, message: string): Promise<unknown>;
  disconnect(reconnect?: boolean): void;
}

/** The Redis extension without the store lock, carried through Redis outages (see above). */
class SharedRedis extends Redis {
  /** Loaded while Redis was away (or while it went away): to subscribe once it is back. */
  readonly #loadedOffline = new Map<string, afterLoadDocumentPayload>();
  /** Unloaded while Redis was away: to unsubscribe once it is back. */
  readonly #unloadedOffline = new Set<string>();
  /** Whether a client lost its connection since the last resync. */
  #lost = false;

  constructor(
    configuration: Partial<Configuration>,
    private readonly log: (message: string) => void,
  ) {
    super(configuration);
  }

  /** The extension's pub and sub clients (its declarations type them `any`). */
  get #clients(): [pub: RedisClient, sub: RedisClient] {
    return [this.pub, this.sub];
  }

  /** Whether both clients talk to Redis now (otherwise commands would wait in ioredis' queue). */
  get #connected(): boolean {
    return this.#clients.every((client) => client.status === "ready");
  }

  #channel(documentName: string): string {
    return `${this.configuration.prefix}:${documentName}`;
  }

  override onStoreDocument(): Promise<void> {
    return Promise.resolve();
  }

  override async afterLoadDocument(payload: afterLoadDocumentPayload): Promise<void> {
    this.#unloadedOffline.delete(payload.documentName);
    if (this.#connected) {
      try {
        await super.afterLoadDocument(payload);
        return;
      } catch (error) {
        this.log(`redis: ${payload.documentName} not subscribed yet (${String(error)})`);
      }
    }
    this.#loadedOffline.set(payload.documentName, payload);
  }

  override async afterUnloadDocument(payload: afterUnloadDocumentPayload): Promise<void> {
    const { documentName, instance } = payload;
    this.#loadedOffline.delete(documentName);
    if (this.#connected) return super.afterUnloadDocument(payload);
    if (!instance.documents.has(documentName)) this.#unloadedOffline.add(documentName);
  }

  // A change or presence not published (Redis away, or lost on the way) is made up for by the
  // resync once Redis is back.
  override async onChange(payload: onChangePayload): Promise<void> {
    if (this.#connected) await super.onChange(payload).catch(() => undefined);
  }

  override async onAwarenessUpdate(payload: onAwarenessUpdatePayload): Promise<undefined> {
    if (this.#connected) await super.onAwarenessUpdate(payload).catch(() => undefined);
  }

  /** From now on (both clients ready): notice losing Redis, and resync once it is back. */
  watch(): void {
    for (const client of this.#clients) {
      client.on("close", () => (this.#lost = true));
      client.on("ready", () => void this.#resync());
    }
  }

  async #resync(): Promise<void> {
    if (!this.#lost || !this.#connected) return;
    this.#lost = false;
    const [, sub] = this.#clients;
    for (const name of this.#unloadedOffline) {
      sub.unsubscribe(this.#channel(name)).catch(() => undefined);
    }
    this.#unloadedOffline.clear();
    // The extension's afterLoadDocument reads only the document and its name (3.4.4).
    const loaded = new Map(this.#loadedOffline);
    for (const [documentName, document] of this.instance.documents) {
      loaded.set(documentName, { documentName, document } as afterLoadDocumentPayload);
    }
    this.#loadedOffline.clear();
    this.log(`redis: connected again; resyncing ${loaded.size} open documents`);
    await Promise.all([...loaded.values()].map((payload) => this.afterLoadDocument(payload)));
  }
}

const REVOKED_CHANNEL = "turnus:revoked";

export interface ScaleOutRedis {
  /** The Hocuspocus extension. */
  readonly extension: Redis;
  /** Tells every process (this one too) that a token was revoked. */
  publishRevoked(tokenId: string): Promise<void>;
  close(): Promise<void>;
}

/** redis://[user:password@]host[:port][/db] as the extension's constructor takes it. */
function redisOptions(url: string) {
  const parsed = new URL(url);
  if (parsed.protocol !== "redis:") {
    throw new Error(`TURNUS_REDIS_URL must be redis://host:port, not "${url}"`);
  }
  const db = Number(parsed.pathname.slice(1) || "0");
  return {
    host: parsed.hostname || "127.0.0.1",
    port: Number(parsed.port || "6379"),
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      db: Number.isInteger(db) ? db : 0,
      // Without it, commands wait for a lost connection forever; with it they fail after 20 tries.
      maxRetriesPerRequest: 20,
    },
  };
}

const ready = (client: RedisClient, url: string): Promise<void> =>
  client.status === "ready"
    ? Promise.resolve()
    : new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          client.off("ready", onReady);
          reject(new Error(`TURNUS_REDIS_URL: no connection to ${url} within 10 s`));
        }, 10_000);
        const onReady = () => {
          clearTimeout(timer);
          resolve();
        };
        client.once("ready", onReady);
      });

/** Connects to Redis at `url`; `onRevoked` runs for every revocation any process publishes. */
export async function openRedis(
  url: string,
  onRevoked: (tokenId: string) => void,
  log: (message: string) => void,
): Promise<ScaleOutRedis> {
  const extension = new SharedRedis(redisOptions(url), log);
  const pub = extension.pub as unknown as RedisClient;
  const sub = extension.sub as unknown as RedisClient;
  const revocations = pub.duplicate();
  const clients = { pub, sub, revocations };
  // Without a listener ioredis prints every failed reconnect (every 2 s while Redis is away);
  // one line per client and outage is enough.
  for (const [name, client] of Object.entries(clients)) {
    let quiet = false;
    client.on("error", (error: Error) => {
      if (!quiet) log(`redis (${name}): ${error.message}; retrying`);
      quiet = true;
    });
    client.on("ready", () => (quiet = false));
  }
  const closeAll = async () => {
    await extension.onDestroy();
    revocations.disconnect(false);
  };
  try {
    await Promise.all(Object.values(clients).map((each) => ready(each, url)));
    await revocations.subscribe(REVOKED_CHANNEL);
  } catch (error) {
    await closeAll().catch(() => undefined);
    throw error;
  }
  extension.watch();
  revocations.on("message", (channel: string, tokenId: string) => {
    if (channel === REVOKED_CHANNEL) onRevoked(tokenId);
  });
  return {
    extension,
    publishRevoked: async (tokenId) => {
      await pub.publish(REVOKED_CHANNEL, tokenId);
    },
    close: closeAll,
  };
}
