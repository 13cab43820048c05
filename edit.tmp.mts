import { chromium } from "playwright-core";
import { build, preview } from "vite";
import { yearRota } from "./test/bench/year-rota.js";
await build({ configFile: "vite.config.ts", logLevel: "warn", build: { outDir: "/tmp/me-dist2", emptyOutDir: true, minify: false } });
const server = await preview({ configFile: "vite.config.ts", build: { outDir: "/tmp/me-dist2" }, preview: { port: 0, strictPort: false }, logLevel: "warn" });
const url = server.resolvedUrls!.local[0]!;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto(url);
await p.getByLabel("Import rota file").setInputFiles({ name: "y.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(yearRota())) });
await p.getByRole("columnheader").nth(1).waitFor({ timeout: 60000 });
const view = process.argv[2] ?? "week";
await p.getByRole("combobox", { name: "View" }).selectOption(view);
await p.waitForTimeout(2500);
await p.evaluate(() => {
  (window as any).__loaf = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) (window as any).__loaf.push({ d: Math.round(e.duration), block: Math.round(e.blockingDuration), render: Math.round(e.renderStart ? e.startTime + e.duration - e.renderStart : 0), style: Math.round(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0), scripts: e.scripts.map((s: any) => `${s.invoker}:${Math.round(s.duration)}`).join(" ") }); }).observe({ type: "long-animation-frame" });
});
const cdp = await p.context().newCDPSession(p);
const events: any[] = [];
cdp.on("Tracing.dataCollected", (d: any) => events.push(...d.value));
const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline", transferMode: "ReportEvents" });
for (let i = 0; i < 12; i++) {
  const cell = p.locator(`[role="gridcell"][data-row="${i % 5}"][data-col="${i}"]`);
  await cell.focus();
  await p.keyboard.type("15-23");
  await p.waitForTimeout(200);
  await p.keyboard.press("Enter");
  await p.waitForTimeout(150);
  await p.keyboard.press("Control+z");
  await p.waitForTimeout(150);
}
await cdp.send("Tracing.end");
await done;
const sums = new Map<string, [number, number, number]>();
for (const e of events) {
  if (e.ph !== "X" || !e.dur) continue;
  const v = sums.get(e.name) ?? [0, 0, 0];
  v[0] += e.dur / 1000; v[1]++; v[2] = Math.max(v[2], e.dur / 1000);
  sums.set(e.name, v);
}
{
  const main = events.filter((e: any) => e.ph === "X" && ["EventDispatch", "Layout", "UpdateLayoutTree", "Paint", "PrePaint", "FunctionCall", "TimerFire", "FireAnimationFrame", "RunMicrotasks", "Commit", "Layerize", "MinorGC"].includes(e.name)).sort((a: any, b: any) => a.ts - b.ts);
  const enters = main.filter((e: any) => e.name === "EventDispatch" && e.args?.data?.type === "keydown" && e.dur > 8000);
  let shown = 0;
  for (const k of enters) {
    const after = main.filter((e: any) => e.ts >= k.ts && e.ts < k.ts + 60_000 && e.tid === k.tid);
    if (shown++ > 6) break;
    console.log("--- keydown at", Math.round(k.ts / 1000));
    for (const e of after) console.log(`  +${((e.ts - k.ts) / 1000).toFixed(1)} ${e.name}${e.args?.data?.type ? "(" + e.args.data.type + ")" : ""} ${(e.dur / 1000).toFixed(1)}ms`);
  }
}
console.log([...sums].sort((a, b) => b[1][0] - a[1][0]).slice(0, 25).map(([k, [t, n, m]]) => `${t.toFixed(1)}ms n=${n} max=${m.toFixed(1)} ${k}`).join("\n"));
await b.close(); server.httpServer.close(); process.exit(0);
const { profile } = (await cdp.send("Profiler.stop")) as any;
for (const f of await p.evaluate(() => (window as any).__loaf)) console.log(JSON.stringify(f));
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = profile.timeDeltas as number[];
const self = new Map<string, number>(); const total = new Map<string, number>();
profile.samples.forEach((id: number, i: number) => {
  const us = dt[i] ?? 0; const n = byId.get(id);
  const k = `${n.callFrame.functionName || "(anon)"}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + us);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const m = byId.get(cur); const kk = `${m.callFrame.functionName || "(anon)"}:${m.callFrame.lineNumber}`;
    if (seen.has(kk)) continue; seen.add(kk); total.set(kk, (total.get(kk) ?? 0) + us);
  }
});
const show = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join("\n");
// children totals of selected functions
const under = (fname: string) => {
  const m = new Map<string, number>();
  profile.samples.forEach((id: number, i: number) => {
    const us = dt[i] ?? 0;
    const chain: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) chain.push(byId.get(cur).callFrame.functionName || "(anon)" + byId.get(cur).callFrame.lineNumber);
    const at = chain.indexOf(fname);
    if (at <= 0) return;
    const child = chain[at - 1]!;
    m.set(child, (m.get(child) ?? 0) + us);
  });
  return show(m, 15);
};
console.log("UNDER ArrangementView\n" + under("ArrangementView"));
console.log("UNDER RotaGrid\n" + under("RotaGrid"));
console.log("SELF\n" + show(self, 25));
console.log("TOTAL\n" + show(total, 45));
await b.close(); server.httpServer.close();
