import { crx, type CrxPlugin } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import path from "node:path";
import { defineConfig } from "vite";
import zip from "vite-plugin-zip-pack";
import manifest, { plannerOrigins } from "./manifest.config.ts";

const repo = path.resolve(import.meta.dirname, "..");

/**
 * Builds the MV3 extension into dist/extension (`TURNUS_EXTENSION_OUT` for another folder, as
 * the browser tests do) and zips it beside it as turnus-extension.zip. The planner's origin is
 * compiled into the background (`__PLANNER_ORIGINS__`) as well as into the manifest.
 */
const outDir = path.resolve(process.env.TURNUS_EXTENSION_OUT ?? path.join(repo, "dist/extension"));

/**
 * The frame script is injected with `chrome.scripting.executeScript({ files })`, which needs no
 * web-accessible resource; crxjs lists `?script` imports as such for every site, which would let
 * any page detect the extension. Nothing of ours needs to be web-accessible.
 */
const notWebAccessible: CrxPlugin = {
  name: "turnus:not-web-accessible",
  enforce: "post",
  renderCrxManifest(m) {
    delete m.web_accessible_resources;
    return m;
  },
};

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  define: { __PLANNER_ORIGINS__: JSON.stringify(plannerOrigins) },
  plugins: [
    preact(),
    crx({ manifest }),
    notWebAccessible,
    zip({ inDir: outDir, outDir: path.dirname(outDir), outFileName: "turnus-extension.zip" }),
  ],
  build: { outDir, emptyOutDir: true, target: "es2022" },
});
