// The built planner's static files as the preview server (npm start) serves them: the icon a
// browser asks for by itself (/favicon.ico, e.g. when it shows the web manifest) is there, so
// no page logs a 404 for it.
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

describe("static files", () => {
  it("serves /favicon.ico: an icon holding the 192 px PNG", async () => {
    const r = await fetch(new URL("favicon.ico", baseUrl));
    expect(r.status).toBe(200);
    const body = Buffer.from(await r.arrayBuffer());
    expect([...body.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]); // ICO, one image
    expect(body.subarray(22, 26).toString("latin1")).toBe("\x89PNG");
  });
});
