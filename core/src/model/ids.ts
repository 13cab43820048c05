import type { Brand } from "../time/index.js";

/** The id of an assistant, unique within an arrangement. */
export type AssistantId = Brand<string, "AssistantId">;
/** The id of a shift, unique within an arrangement. */
export type ShiftId = Brand<string, "ShiftId">;
