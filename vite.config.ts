import preact from "@preact/preset-vite";
import { fileURLToPath } from "node:url";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig } from "vitest/config";

const repo = fileURLToPath(new URL(".", import.meta.url));

// One Vite config for the repository: it builds the planner PWA (root planner/, output
// dist/planner) and runs the tests as Vitest projects.
export default defineConfig({
  root: "planner",
  publicDir: "../public",
  plugins: [
    preact(),
    VitePWA({
      registerType: "prompt",
      injectRegister: false,
      manifest: false, // public/manifest.webmanifest is the web manifest
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
        navigateFallback: "index.html",
      },
    }),
  ],
  build: { outDir: "../dist/planner", emptyOutDir: true, target: "es2022" },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  test: {
    projects: [
      {
        test: {
          name: "node",
          root: repo,
          include: ["test/**/*.test.ts"],
          exclude: ["test/e2e/**", "**/node_modules/**"],
          environment: "node",
        },
      },
      {
        // Real headless Chromium against the built planner (Debian's /usr/bin/chromium).
        test: {
          name: "e2e",
          root: repo,
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/e2e/setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
