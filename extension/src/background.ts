/**
 * The service worker: one handler per message type (core/src/protocol/extension.ts). Messages
 * from a web page are accepted only from the planner's origin, checked exactly; the popup (an
 * extension page) may send them too.
 */
import { z } from "zod";
import type { ExtensionMessage, ExtensionResponse } from "../../core/src/protocol/index.js";
import { isPlannerOrigin, parseExtensionMessage } from "../../core/src/protocol/index.js";
import { clearTimesheet, holdTimesheet } from "./storage.js";

// MV3 forbids eval: tell zod not to probe for it.
z.config({ jitless: true });

const handlers: {
  [T in ExtensionMessage["type"]]: (m: Extract<ExtensionMessage, { type: T }>) => Promise<void>;
} = {
  timesheet: (m) => holdTimesheet(m.payload),
  clear: () => clearTimesheet(),
};

async function handle(raw: unknown): Promise<ExtensionResponse> {
  const parsed = parseExtensionMessage(raw);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const m = parsed.message;
  try {
    if (m.type === "timesheet") await handlers.timesheet(m);
    else await handlers.clear(m);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

chrome.runtime.onMessageExternal.addListener((raw, sender, reply) => {
  if (!isPlannerOrigin(__PLANNER_ORIGINS__, sender.origin)) {
    reply({ ok: false, error: `messages from ${sender.origin ?? "this sender"} are not accepted` });
    return false;
  }
  void handle(raw).then(reply);
  return true;
});

// The extension's own pages (the popup); not content scripts, which live in web pages.
chrome.runtime.onMessage.addListener((raw, sender, reply) => {
  if (sender.id !== chrome.runtime.id || !sender.url?.startsWith(chrome.runtime.getURL(""))) {
    return false;
  }
  void handle(raw).then(reply);
  return true;
});
