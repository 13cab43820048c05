#!/usr/bin/env node
// The `turnus` command: runs the TypeScript sources through tsx, so it works right after `npm ci`.
import { register } from "tsx/esm/api";

register();
// The path is held in a variable so that type-checking of this plain script leaves it alone.
const entry = "../src/cli/run.ts";
await import(entry);
