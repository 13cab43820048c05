/// <reference types="@crxjs/vite-plugin/client" />
/** The planner origins allowed to message the extension (extension/vite.config.ts). */
declare const __PLANNER_ORIGINS__: readonly string[];
