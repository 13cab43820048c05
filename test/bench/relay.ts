/**
 * The baseline for `npm run bench:sync`: a bare y-websocket relay (@y/websocket-server, no
 * persistence, no authentication) on 127.0.0.1 and a free port. The document name is the URL
 * path. Prints `relay listening on http://127.0.0.1:PORT` once ready; SIGTERM/SIGINT exit 0.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { setupWSConnection } from "@y/websocket-server/utils";
import { WebSocketServer } from "ws";

const server = createServer((_req, res) => {
  res.writeHead(404);
  res.end();
});
const wss = new WebSocketServer({ server });
wss.on("connection", (ws, req) => {
  ws.on("error", () => undefined);
  setupWSConnection(ws, req);
});
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  console.log(`relay listening on http://127.0.0.1:${port}`);
});

const stop = () => {
  for (const ws of wss.clients) ws.terminate();
  wss.close();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
