/**
 * Global setup of the browser tests: builds the planner once and serves the build with
 * `vite preview` on a free loopback port (the service worker only exists in a build).
 * `TURNUS_E2E_OUT` builds into another folder than dist/planner, so that several test runs
 * (e.g. during development) do not overwrite each other's build.
 */
import type { TestProject } from "vitest/node";
import { build, preview, type PreviewServer } from "vite";

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = process.env.TURNUS_E2E_OUT;
  const out = outDir ? { build: { outDir, emptyOutDir: true } } : {};
  await build({ configFile: "vite.config.ts", logLevel: "warn", ...out });
  server = await preview({
    configFile: "vite.config.ts",
    ...out,
    preview: { port: 0, strictPort: false },
    logLevel: "warn",
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  project.provide("baseUrl", url);
  return async () => {
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
