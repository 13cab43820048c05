/**
 * Global setup of the browser tests: builds the planner once and serves the build with
 * `vite preview` on a free loopback port (the service worker only exists in a build).
 */
import type { TestProject } from "vitest/node";
import { build, preview, type PreviewServer } from "vite";

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ configFile: "vite.config.ts", logLevel: "warn" });
  server = await preview({
    configFile: "vite.config.ts",
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
