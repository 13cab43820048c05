/**
 * The server's command line: `node --import tsx planner/server/main.ts`. Settings come from the
 * environment (config.ts). Prints `turnus server listening on <url>` once ready; SIGTERM/SIGINT
 * close it gracefully and exit 0. Errors that escape a request are logged, never fatal.
 */
import { configFromEnv } from "./config.js";
import { startServer, type RunningServer } from "./server.js";

const log = (message: string) => console.error(`turnus: ${message}`);

process.on("uncaughtException", (error) => log(`uncaught: ${error.stack ?? String(error)}`));
process.on("unhandledRejection", (reason) => log(`unhandled rejection: ${String(reason)}`));

let config;
try {
  config = configFromEnv(process.env, process.cwd());
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

let server: RunningServer;
try {
  server = await startServer({
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    maxMessageBytes: config.maxMessageBytes,
    registerLimit: config.registerLimit,
    ...(config.scaleOut !== undefined ? { scaleOut: config.scaleOut } : {}),
    ...(config.staticDir !== undefined ? { staticDir: config.staticDir } : {}),
    log,
  });
} catch (error) {
  log(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`turnus server listening on ${server.url}`);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  log(`${signal}: closing`);
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log(`close failed: ${String(error)}`);
      process.exit(1);
    },
  );
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
