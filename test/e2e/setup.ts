/**
 * Global setup of the browser tests: builds the planner once and serves the build through the
 * real sync server (planner/server: the build through Vite's preview server, /api and /sync on
 * the same port) on a free loopback port, over a temporary data directory (the service worker
 * only exists in a build; the collaboration tests need the server). `TURNUS_E2E_OUT` builds
 * into another folder than dist/planner, so that several test runs (e.g. during development) do
 * not overwrite each other's build.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { build } from "vite";
import { startServer } from "../../planner/server/server.js";

const repo = path.resolve(import.meta.dirname, "../..");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = process.env.TURNUS_E2E_OUT;
  const out = outDir ? { build: { outDir, emptyOutDir: true } } : {};
  await build({ configFile: "vite.config.ts", logLevel: "warn", ...out });
  const dataDir = mkdtempSync(path.join(tmpdir(), "turnus-e2e-"));
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    dataDir,
    staticDir: outDir ? path.resolve(outDir) : path.join(repo, "dist/planner"),
    log: () => undefined,
  });
  project.provide("baseUrl", `${server.url}/`);
  return async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
