/**
 * `npm run bench:sync`: the sync server under 200 documents × 5 clients (1,000 WebSocket
 * connections, one per client and document) on loopback, against a bare y-websocket relay
 * (test/bench/relay.ts) as the baseline. Prints figures, asserts nothing about time; the last
 * line is one JSON object.
 *
 * Each server runs in its own child process: ours is `node --import tsx planner/server/main.ts`
 * (port 0, a temporary data directory, no static files, a register limit that admits `DOCS`
 * arrangements at once), with one arrangement registered through its HTTP API per document and
 * the leader token given to that document's clients. All clients run in this process (one Y.Doc and one socket each: a HocuspocusProviderWebsocket per
 * HocuspocusProvider, or a y-websocket WebsocketProvider), so latencies are differences of this
 * process's `performance.now()`.
 *
 * Each client edits every 1–2 s (uniformly random, so edits are spread over time): it sets its
 * own key of the document's Y.Map `m` to a small shift-like object carrying a sequence number
 * and the send time. Latency is the time from that local edit to each of the other 4 clients'
 * map observer seeing it.
 *
 * Both servers are connected at once and take turns (see `measure`): only one side's clients edit
 * at a time, each side warms up for `WARMUP_MS` and is then measured for `MEASURE_MS` in two
 * phases, in the order turnus, relay, relay, turnus, with `GAP_MS` of quiet after each phase for
 * the last deliveries. Run one after the other, the two sides met different load from other work
 * on this shared machine, which could move the ratio of their p95s by more than either server
 * did. Server CPU is the utime+stime delta of the child over its measured phases
 * (/proc/<pid>/stat, % of one core); memory is VmRSS at the end and the peak VmHWM
 * (/proc/<pid>/status). This process's CPU and event-loop utilisation over the same phases are
 * printed too, to show whether the clients kept up.
 *
 * `DOCS`, `CLIENTS`, `WARMUP_MS` and `MEASURE_MS` may be set in the environment; with
 * `PROFILE_DIR`, both servers run with `--cpu-prof` and write their profiles there on exit.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { rotaDocName } from "../../core/src/protocol/index.js";

const DOCS = Math.max(1, Number(process.env.DOCS ?? 200));
const CLIENTS = Math.max(2, Number(process.env.CLIENTS ?? 5));
const WARMUP_MS = Number(process.env.WARMUP_MS ?? 5_000);
const MEASURE_MS = Number(process.env.MEASURE_MS ?? 20_000);
const GAP_MS = 3_000;
const EDIT_EVERY_MS = [1_000, 2_000] as const;
const CONNECT_BATCH = 50;
const DEADLINE_MS = 240_000;
const P95_TARGET_MS = 100;
const BASELINE_FACTOR = 1.2;
const PROFILE_DIR = process.env.PROFILE_DIR;
const profileFlags = PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [];

const repo = path.resolve(import.meta.dirname, "../..");
const children = new Set<ChildProcess>();
const tempDirs: (() => void)[] = [];
const cleanUp = () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  for (const remove of tempDirs.splice(0)) remove();
};
process.on("exit", cleanUp);
const deadline = setTimeout(() => {
  console.error(`bench:sync: gave up after ${DEADLINE_MS / 1000} s`);
  cleanUp();
  process.exit(1);
}, DEADLINE_MS);
deadline.unref();

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const r1 = (x: number) => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });

// ---- /proc ----------------------------------------------------------------------------------

const clockTicks = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of `pid` in milliseconds (/proc/<pid>/stat fields 14 and 15). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields[0] is field 3
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
}

/** VmRSS and VmHWM of `pid` in MiB. */
function memoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1]);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

// ---- the two servers ------------------------------------------------------------------------

interface Peer {
  readonly doc: Y.Doc;
  readonly synced: Promise<void>;
  destroy(): void;
}

interface Target {
  readonly pid: number;
  /** Client `client` of document `index`. */
  connect(index: number, client: number): Peer;
  stop(): Promise<unknown>;
}

/** Spawns `node [--cpu-prof] --import tsx <script>`; resolves with its URL once it prints it. */
async function spawnServer(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [...profileFlags, "--import", "tsx", script], {
    cwd: repo,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await within(
    new Promise<string>((resolve, reject) => {
      let stdout = "";
      void exited.then(() => reject(new Error(`${script} exited before listening`)));
      child.stdout?.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = ready.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
    }),
    20_000,
    `${script} to start`,
  );
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    return exited;
  };
  return { child, url, stop };
}

async function startTurnus(): Promise<Target> {
  const data = mkdtempSync(path.join(tmpdir(), "turnus-bench-sync-"));
  const remove = () => rmSync(data, { recursive: true, force: true });
  tempDirs.push(remove);
  const { child, url, stop } = await spawnServer(
    "planner/server/main.ts",
    {
      TURNUS_PORT: "0",
      TURNUS_DATA: data,
      TURNUS_STATIC: "none",
      // The bench registers one arrangement per document from one address.
      TURNUS_REGISTER_BURST: String(DOCS),
    },
    /turnus server listening on (http:\/\/\S+)/,
  );
  const wsUrl = `${url.replace(/^http/, "ws")}/sync`;
  const tokens: { name: string; token: string }[] = [];
  const stamp = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  for (let i = 0; i < DOCS; i += 20) {
    const batch = Array.from({ length: Math.min(20, DOCS - i) }, async (_, j) => {
      const arrangement = `bench${stamp}x${i + j}`; // 10–64 characters
      const response = await fetch(`${url}/api/arrangements`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ arrangement }),
      });
      const body = (await response.json()) as { token?: unknown };
      if (response.status !== 201 || typeof body.token !== "string") {
        throw new Error(`registering ${arrangement}: ${response.status} ${JSON.stringify(body)}`);
      }
      tokens[i + j] = { name: rotaDocName(arrangement), token: body.token };
    });
    await Promise.all(batch);
  }
  return {
    pid: child.pid ?? -1,
    connect(index) {
      const entry = tokens[index];
      if (!entry) throw new Error(`no arrangement for document ${index}`);
      const doc = new Y.Doc();
      // One socket per client and document, like the relay's clients.
      const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket });
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: entry.name,
        token: entry.token,
        document: doc,
      });
      provider.attach(); // a provider on a socket it was given does not attach by itself
      const synced = new Promise<void>((resolve, reject) => {
        provider.on("synced", () => resolve());
        provider.on("authenticationFailed", ({ reason }: { reason: string }) =>
          reject(new Error(`authentication failed: ${reason}`)),
        );
      });
      const destroy = () => {
        provider.destroy();
        socket.destroy();
      };
      return { doc, synced, destroy };
    },
    stop: async () => {
      await stop();
      remove();
    },
  };
}

async function startRelay(): Promise<Target> {
  const { child, url, stop } = await spawnServer(
    "test/bench/relay.ts",
    {},
    /relay listening on (http:\/\/\S+)/,
  );
  const wsUrl = url.replace(/^http/, "ws");
  return {
    pid: child.pid ?? -1,
    connect(index) {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(wsUrl, rotaDocName(`relaydoc${index}`), doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true, // else the clients in this process would talk past the relay
      });
      const synced = new Promise<void>((resolve) =>
        provider.on("sync", (isSynced: boolean) => {
          if (isSynced) resolve();
        }),
      );
      return { doc, synced, destroy: () => provider.destroy() };
    },
    stop,
  };
}

// ---- the run ------------------------------------------------------------------------------

interface Edit {
  readonly seq: number;
  /** performance.now() of this process when the edit was made. */
  readonly sent: number;
  readonly shift: { assistantId: string; start: string; end: string; kind: string };
}

/** One server with its connected clients and what was measured on it. */
interface Side {
  readonly label: string;
  readonly target: Target;
  readonly peers: Peer[][];
  readonly connectMs: number;
  /** Whether this side's clients edit now. */
  active: boolean;
  /**
   * The measured phases ([start, end) in performance.now(), the last one maybe still open) and
   * the latencies of the edits made in each.
   */
  readonly phases: { start: number; end: number; latencies: number[] }[];
  edits: number;
  windowMs: number;
  serverCpuMs: number;
  clientCpuMs: number;
  clientElu: { idle: number; active: number };
}

interface RunResult {
  edits: number;
  deliveries: number;
  expected: number;
  connectMs: number;
  median: number;
  p95: number;
  p99: number;
  /** The p95 of each measured phase, in order. */
  phaseP95s: number[];
  max: number;
  cpuPct: number;
  rssMb: number;
  peakRssMb: number;
  clientCpuPct: number;
  clientElu: number;
}

/** Connects every client of `target` in batches; each waits for its first sync. */
async function connectAll(label: string, target: Target): Promise<Side> {
  const t0 = performance.now();
  const peers: Peer[][] = [];
  for (let i = 0; i < DOCS; i += CONNECT_BATCH) {
    const batch: Peer[] = [];
    for (let d = i; d < Math.min(DOCS, i + CONNECT_BATCH); d++) {
      peers[d] = Array.from({ length: CLIENTS }, (_, c) => target.connect(d, c));
      batch.push(...(peers[d] ?? []));
    }
    await within(
      Promise.all(batch.map((p) => p.synced)),
      30_000,
      `${label}: documents ${i}… to sync`,
    );
  }
  return {
    label,
    target,
    peers,
    connectMs: performance.now() - t0,
    active: false,
    phases: [],
    edits: 0,
    windowMs: 0,
    serverCpuMs: 0,
    clientCpuMs: 0,
    clientElu: { idle: 0, active: 0 },
  };
}

/**
 * Starts every client's edit timer and map observer. The timers run all the time, so each side's
 * edits are already spread evenly when its phase begins; a client edits only while its side is
 * active. Returns a function that stops the timers.
 */
function startEditing(side: Side): () => void {
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;
  const phaseOf = (sent: number) =>
    side.phases.find((phase) => sent >= phase.start && sent < phase.end);
  side.peers.forEach((docPeers, d) =>
    docPeers.forEach((peer, c) => {
      const map = peer.doc.getMap<Edit>("m");
      map.observe((event) => {
        if (event.transaction.local) return;
        const now = performance.now();
        for (const key of event.keysChanged as Set<string>) {
          const edit = map.get(key);
          if (edit) phaseOf(edit.sent)?.latencies.push(now - edit.sent);
        }
      });
      let seq = 0;
      const tick = () => {
        if (stopped) return;
        const [low, high] = EDIT_EVERY_MS;
        timers.push(setTimeout(tick, low + Math.random() * (high - low)));
        if (!side.active) return;
        const sent = performance.now();
        if (phaseOf(sent)) side.edits += 1;
        const hour = (seq % 14) + 7;
        map.set(`client${c}`, {
          seq: seq++,
          sent,
          shift: {
            assistantId: `a${(d * CLIENTS + c) % 30}`,
            start: `2026-12-01T${String(hour).padStart(2, "0")}:00`,
            end: `2026-12-01T${String(hour + 3).padStart(2, "0")}:00`,
            kind: "work",
          },
        });
      };
      timers.push(setTimeout(tick, Math.random() * EDIT_EVERY_MS[1]));
    }),
  );
  return () => {
    stopped = true;
    for (const timer of timers.splice(0)) clearTimeout(timer);
  };
}

/** Lets `side`'s clients edit for `ms`; when `measure`, records the phase and its resources. */
async function phase(side: Side, ms: number, measure: boolean): Promise<void> {
  const start = performance.now();
  const window = { start, end: Infinity, latencies: [] };
  if (measure) side.phases.push(window);
  const cpu0 = cpuMs(side.target.pid);
  const clientCpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  side.active = true;
  await sleep(ms);
  side.active = false;
  window.end = performance.now();
  if (!measure) return;
  side.windowMs += window.end - start;
  side.serverCpuMs += cpuMs(side.target.pid) - cpu0;
  const clientCpu = process.cpuUsage(clientCpu0);
  side.clientCpuMs += (clientCpu.user + clientCpu.system) / 1000;
  const elu = performance.eventLoopUtilization(elu0);
  side.clientElu.idle += elu.idle;
  side.clientElu.active += elu.active;
}

/**
 * The measurement: both servers are connected at once and take turns, one side editing at a time
 * with `GAP_MS` of quiet in between (for the last deliveries, and longer than Hocuspocus' 2 s
 * store debounce, so that turnus compacts in the quiet, not in the relay's phase). Each side warms
 * up for `WARMUP_MS`, then is measured in two phases of `MEASURE_MS / 2` in the order
 * turnus, relay, relay, turnus: load from other work on the machine that rises or falls over the
 * run weighs on both sides alike.
 */
async function measure(ours: Side, relay: Side): Promise<void> {
  const stops = [startEditing(ours), startEditing(relay)];
  for (const [side, ms, measured] of [
    [ours, WARMUP_MS, false],
    [relay, WARMUP_MS, false],
    [ours, MEASURE_MS / 2, true],
    [relay, MEASURE_MS / 2, true],
    [relay, MEASURE_MS / 2, true],
    [ours, MEASURE_MS / 2, true],
  ] as const) {
    await phase(side, ms, measured);
    await sleep(GAP_MS);
  }
  for (const stop of stops) stop();
}

function result(side: Side): RunResult {
  const memory = memoryMb(side.target.pid);
  const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
  const latencies = sorted(side.phases.flatMap((phase) => phase.latencies));
  const elu = side.clientElu;
  return {
    edits: side.edits,
    deliveries: latencies.length,
    expected: side.edits * (CLIENTS - 1),
    connectMs: side.connectMs,
    median: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    phaseP95s: side.phases.map((phase) => quantile(sorted(phase.latencies), 0.95)),
    max: latencies[latencies.length - 1] ?? NaN,
    cpuPct: (side.serverCpuMs / side.windowMs) * 100,
    rssMb: memory.rss,
    peakRssMb: memory.peak,
    clientCpuPct: (side.clientCpuMs / side.windowMs) * 100,
    clientElu: elu.active / (elu.active + elu.idle),
  };
}

// ---- main -----------------------------------------------------------------------------------

const connections = DOCS * CLIENTS;
// y-websocket's provider adds a process "exit" listener each: 1,000 are expected here.
process.setMaxListeners(connections + 20);
console.log(
  `${DOCS} documents × ${CLIENTS} clients = ${connections} connections per server on loopback; each client edits every ${EDIT_EVERY_MS[0] / 1000}–${EDIT_EVERY_MS[1] / 1000} s; ${WARMUP_MS / 1000} s warm-up, ${MEASURE_MS / 1000} s measured per server in turns (clock: performance.now() of this process)`,
);

let exitCode = 0;
const servers: Target[] = [];
try {
  const turnusTarget = await startTurnus();
  servers.push(turnusTarget);
  const relayTarget = await startRelay();
  servers.push(relayTarget);
  const oursSide = await connectAll("turnus", turnusTarget);
  const relaySide = await connectAll("relay", relayTarget);
  await measure(oursSide, relaySide);
  const ours = result(oursSide);
  const relay = result(relaySide);
  for (const side of [oursSide, relaySide]) {
    for (const docPeers of side.peers) for (const peer of docPeers) peer.destroy();
  }
  // A graceful stop, so that `--cpu-prof` writes its profiles (and before the last line).
  await Promise.all(servers.splice(0).map((server) => server.stop()));

  const rows: [string, (r: RunResult) => string][] = [
    ["edits measured", (r) => String(r.edits)],
    ["deliveries seen / expected", (r) => `${r.deliveries} / ${r.expected}`],
    ["connect + first sync, all", (r) => `${Math.round(r.connectMs)} ms`],
    ["edit → peer median", (r) => `${r1(r.median)} ms`],
    ["edit → peer p95", (r) => `${r1(r.p95)} ms`],
    ["edit → peer p95 per phase", (r) => `${r.phaseP95s.map(r1).join(", ")} ms`],
    ["edit → peer p99", (r) => `${r1(r.p99)} ms`],
    ["edit → peer max", (r) => `${r1(r.max)} ms`],
    ["server CPU (% of one core)", (r) => `${r1(r.cpuPct)} %`],
    ["server RSS / peak", (r) => `${r1(r.rssMb)} / ${r1(r.peakRssMb)} MiB`],
    ["clients' CPU (this process)", (r) => `${r1(r.clientCpuPct)} %`],
    ["clients' event-loop utilisation", (r) => `${Math.round(r.clientElu * 100)} %`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const column = 22;
  console.log(`${"".padEnd(width)}  ${"turnus".padEnd(column)}  y-websocket relay`);
  for (const [name, cell] of rows) {
    console.log(`${name.padEnd(width)}  ${cell(ours).padEnd(column)}  ${cell(relay)}`);
  }

  const ratio = ours.p95 / relay.p95;
  const targets = {
    p95_under_100ms: ours.p95 < P95_TARGET_MS,
    within_1_2x_baseline: ratio <= BASELINE_FACTOR,
  };
  console.log(
    `p95 ratio (turnus / relay): ${ratio.toFixed(2)}; targets: p95 < ${P95_TARGET_MS} ms ${targets.p95_under_100ms ? "met" : "MISSED"}; within ${BASELINE_FACTOR} × baseline ${targets.within_1_2x_baseline ? "met" : "MISSED"}`,
  );
  const figures = (r: RunResult) => ({
    median_ms: r1(r.median),
    p95_ms: r1(r.p95),
    p99_ms: r1(r.p99),
    phase_p95_ms: r.phaseP95s.map(r1),
    max_ms: r1(r.max),
    deliveries: r.deliveries,
    expected_deliveries: r.expected,
    cpu_pct: r1(r.cpuPct),
    rss_mb: r1(r.rssMb),
    peak_rss_mb: r1(r.peakRssMb),
    client_cpu_pct: r1(r.clientCpuPct),
    client_elu: Math.round(r.clientElu * 100) / 100,
  });
  console.log(
    JSON.stringify({
      documents: DOCS,
      clients_per_document: CLIENTS,
      connections,
      edits: ours.edits,
      turnus: figures(ours),
      relay: { edits: relay.edits, ...figures(relay) },
      p95_ratio: Math.round(ratio * 100) / 100,
      targets_met: targets,
    }),
  );
} catch (error) {
  console.error(
    `bench:sync: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  exitCode = 1;
} finally {
  cleanUp();
}
process.exit(exitCode);
