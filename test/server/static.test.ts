/**
 * `npm start`'s mode: the server also serves a built planner (through Vite's preview server) on
 * the same port as /api and /sync, and still closes gracefully on SIGTERM (Vite's own SIGTERM
 * handler, which would exit at once, is taken out).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rotaDocName } from "../../core/src/protocol/index.js";
import {
  acknowledged,
  api,
  connect,
  createArrangement,
  startServerProcess,
  tempDataDir,
} from "./harness.js";

const data = tempDataDir();
afterAll(() => data.remove());

describe("serving the planner", { timeout: 30_000 }, () => {
  it("serves the static planner, /api and /sync on one port, and exits 0 on SIGTERM", async () => {
    const staticDir = path.join(data.dir, "planner");
    mkdirSync(staticDir);
    writeFileSync(
      path.join(staticDir, "index.html"),
      "<!doctype html><title>probe planner</title>",
    );
    const server = await startServerProcess(path.join(data.dir, "data"), {
      TURNUS_STATIC: staticDir,
    });
    try {
      const page = await fetch(`${server.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("probe planner");
      expect(await api(server, "GET", "/api/health")).toEqual({ status: 200, body: { ok: true } });
      // An unknown API path is the API's 404, not the planner's index.html.
      expect((await api(server, "GET", "/api/nothing")).status).toBe(404);

      const { arrangement, leader } = await createArrangement(server);
      const client = connect(server, rotaDocName(arrangement), leader);
      await client.synced;
      client.doc.getMap("m").set("x", 1);
      await acknowledged(client);
      client.destroy();
    } finally {
      expect(await server.stop("SIGTERM")).toBe(0);
    }
  });
});
