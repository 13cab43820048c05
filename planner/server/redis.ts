/**
 * Scale-out over Redis: Hocuspocus' Redis extension relays document updates and awareness between
 * server processes (pub/sub per document), and one more channel tells every process which token
 * was revoked, so that each closes its own connections of it.
 *
 * Two changes to the extension (3.4.4, ioredis 5.11.1):
 * - `openRedis` resolves only once the extension's pub and sub clients are ready. A document
 *   loaded earlier subscribes while ioredis still queues commands, and the queued publish then
 *   fails with "Connection in subscriber mode": that process would never hear the others.
 * - Storing does not take the extension's Redis lock. With the lock, a process that cannot get
 *   it skips its store silently, and its edits are only as safe as the other process' next
 *   store. The PostgreSQL store merges under its own row lock instead (store-postgres.ts).
 */
import { Redis } from "@hocuspocus/extension-redis";

/**
 * The part of an ioredis client used here. The extension's declarations name ioredis' types in a
 * way NodeNext resolution cannot follow (they arrive as `any`), so they are stated once here.
 */
interface RedisClient {
  readonly status: string;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "message", listener: (channel: string, message: string) => void): unknown;
  once(event: "ready", listener: () => void): unknown;
  off(event: "ready", listener: () => void): unknown;
  duplicate(): RedisClient;
  subscribe(channel: string): Promise<unknown>;
  publish(channel: string, message: string): Promise<unknown>;
  disconnect(reconnect?: boolean): void;
}

/** The Redis extension without the store lock (see above). */
class SharedRedis extends Redis {
  override onStoreDocument(): Promise<void> {
    return Promise.resolve();
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
  const extension = new SharedRedis(redisOptions(url));
  const pub = extension.pub as unknown as RedisClient;
  const sub = extension.sub as unknown as RedisClient;
  const revocations = pub.duplicate();
  const clients = [pub, sub, revocations];
  // Without a listener ioredis prints every failed reconnect; one line each is enough.
  for (const each of clients) each.on("error", (error: Error) => log(`redis: ${error.message}`));
  const closeAll = async () => {
    await extension.onDestroy();
    revocations.disconnect(false);
  };
  try {
    await Promise.all(clients.map((each) => ready(each, url)));
    await revocations.subscribe(REVOKED_CHANNEL);
  } catch (error) {
    await closeAll().catch(() => undefined);
    throw error;
  }
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
