/**
 * Sharing an arrangement through the sync server: the HTTP API (invites) and invite links. The
 * WebSocket connection itself is in planner/src/doc/sync.ts (it touches the Yjs document).
 */
export type { ApiCall, InviteInfo, ShareApi } from "./api.js";
export { ShareError, apiCall, shareApi } from "./api.js";
export { inviteLink, parseJoinHash, readClaims } from "./link.js";
