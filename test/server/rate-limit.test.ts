/**
 * The limit on registering arrangements (POST /api/arrangements), against real server processes
 * with a low limit from the environment: 429 with Retry-After once an address used its burst,
 * other addresses (a second loopback address, X-Forwarded-For behind a trusted proxy, IPv6 by
 * /64) keep their own; and the limiter's memory stays bounded.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimiter } from "../../planner/server/http-api.js";
import {
  api,
  invite,
  newArrangementId,
  startServerProcess,
  tempDataDir,
  type ServerProcess,
} from "./harness.js";

const servers: ServerProcess[] = [];
const data = [tempDataDir(), tempDataDir()];
let direct: ServerProcess;
let proxied: ServerProcess;

beforeAll(async () => {
  [direct, proxied] = await Promise.all([
    startServerProcess(data[0]!.dir, { TURNUS_REGISTER_PER_HOUR: "1", TURNUS_REGISTER_BURST: "2" }),
    startServerProcess(data[1]!.dir, {
      TURNUS_REGISTER_PER_HOUR: "1",
      TURNUS_REGISTER_BURST: "1",
      TURNUS_TRUSTED_PROXIES: "1",
    }),
  ]);
  servers.push(direct, proxied);
}, 30_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  for (const each of data) each.remove();
}, 30_000);

interface Answer {
  readonly status: number;
  readonly retryAfter: string | undefined;
  readonly body: Record<string, unknown>;
}

/** POST /api/arrangements from the local address `from`, optionally with X-Forwarded-For. */
function register(
  server: ServerProcess,
  arrangement: string,
  options: { from?: string; forwardedFor?: string } = {},
): Promise<Answer> {
  const url = new URL("/api/arrangements", server.url);
  const body = JSON.stringify({ arrangement });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress: options.from ?? "127.0.0.1",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...(options.forwardedFor !== undefined
            ? { "x-forwarded-for": options.forwardedFor }
            : {}),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          const retryAfter = res.headers["retry-after"];
          resolve({
            status: res.statusCode ?? 0,
            retryAfter,
            body: JSON.parse(text) as Record<string, unknown>,
          });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("the register limit", { timeout: 30_000 }, () => {
  it("answers 429 with Retry-After once an address used its burst, and registers nothing", async () => {
    const first = await register(direct, newArrangementId());
    const second = await register(direct, newArrangementId());
    expect([first.status, second.status]).toEqual([201, 201]);

    const refused = newArrangementId();
    const third = await register(direct, refused);
    expect(third.status).toBe(429);
    expect(third.body["error"]).toMatch(
      /^rate limit: too many arrangements registered from your address \(at most 2 at once, 1 per hour\); try again in \d+ s$/,
    );
    // One registration per hour, the bucket empty: the next one in (almost) an hour.
    const seconds = Number(third.retryAfter);
    expect(seconds).toBeGreaterThan(3500);
    expect(seconds).toBeLessThanOrEqual(3600);
    expect(third.body["error"]).toContain(`try again in ${seconds} s`);

    // Bad input counts too (it is refused before the body is read).
    expect((await register(direct, "short")).status).toBe(429);
    // X-Forwarded-For is not believed without a trusted proxy.
    expect((await register(direct, newArrangementId(), { forwardedFor: "10.0.0.1" })).status).toBe(
      429,
    );

    // Another address has its own bucket; the refused id was never taken.
    const elsewhere = await register(direct, refused, { from: "127.0.0.2" });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.retryAfter).toBeUndefined();

    // Only registering is limited: the leader still invites, and the API still answers.
    const leader = first.body["token"] as string;
    const arrangement = first.body["arrangement"] as string;
    await invite(direct, arrangement, leader, { role: "viewer" });
    expect(await api(direct, "GET", "/api/health")).toEqual({ status: 200, body: { ok: true } });
  });

  it("counts the client X-Forwarded-For names behind a trusted proxy, IPv6 by /64", async () => {
    const from = (forwardedFor: string) =>
      register(proxied, newArrangementId(), { forwardedFor }).then((answer) => answer.status);
    expect(await from("203.0.113.7")).toBe(201);
    expect(await from("203.0.113.7")).toBe(429);
    // The proxy appends the address it saw; what the client wrote before it does not count.
    expect(await from("198.51.100.1, 203.0.113.7")).toBe(429);
    expect(await from("203.0.113.8")).toBe(201);

    expect(await from("2001:db8:1:2::1")).toBe(201);
    expect(await from("2001:db8:1:2:ffff:0:0:9")).toBe(429); // the same /64
    expect(await from("2001:db8:1:3::1")).toBe(201);
    // Without the header: the proxy's own (socket) address.
    expect((await register(proxied, newArrangementId())).status).toBe(201);
    expect((await register(proxied, newArrangementId())).status).toBe(429);
  });

  it("refuses a bad limit at start, naming the variable", async () => {
    const dir = tempDataDir();
    try {
      for (const [name, value] of [
        ["TURNUS_REGISTER_PER_HOUR", "0"],
        ["TURNUS_REGISTER_BURST", "lots"],
        ["TURNUS_TRUSTED_PROXIES", "-1"],
      ] as const) {
        await expect(startServerProcess(dir.dir, { [name]: value })).rejects.toThrow(
          new RegExp(`exited \\(2\\)[\\s\\S]*${name} must be an integer ≥ \\d, not "${value}"`),
        );
      }
    } finally {
      dir.remove();
    }
  });
});

describe("RateLimiter", () => {
  it("refills at its rate, up to its burst", () => {
    const limiter = new RateLimiter(60, 2); // one a minute
    expect([limiter.take("a", 0), limiter.take("a", 0)]).toEqual([0, 0]);
    expect(limiter.take("a", 0)).toBe(60_000);
    expect(limiter.take("a", 30_000)).toBe(30_000);
    expect(limiter.take("a", 60_000)).toBe(0);
    // A long pause refills to the burst, not beyond.
    expect([limiter.take("a", 10 * 3_600_000), limiter.take("a", 10 * 3_600_000)]).toEqual([0, 0]);
    expect(limiter.take("a", 10 * 3_600_000)).toBeGreaterThan(0);
    // A clock that steps back does not refill.
    expect(limiter.take("a", 0)).toBeGreaterThan(0);
  });

  it("remembers at most maxKeys keys, forgetting the least recently used", () => {
    const limiter = new RateLimiter(1, 1, 3);
    for (const key of ["a", "b", "c"]) expect(limiter.take(key, 0)).toBe(0);
    expect(limiter.take("a", 0)).toBeGreaterThan(0); // a is now the most recently used
    expect(limiter.take("d", 0)).toBe(0); // forgets b
    expect(limiter.size).toBe(3);
    expect(limiter.take("a", 0)).toBeGreaterThan(0);
    expect(limiter.take("b", 0)).toBe(0); // forgotten: a full bucket again
    for (let i = 0; i < 1000; i++) limiter.take(`k${i}`, 0);
    expect(limiter.size).toBe(3);
  });
});
