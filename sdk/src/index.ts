/**
 * @imserver/sdk: the IMServer client for browsers, Node (pass `ws` as WebSocket) and
 * Workers. See docs/sdk.md.
 */
export { ChatClient, type ChatClientOptions } from "./client.js";
export { AuthSession, tokenExpiry, type SessionData, type SessionOptions } from "./session.js";
export { ApiClient, type ApiOptions, type Credentials, type FetchLike, type HistoryQuery } from "./http.js";
export { ChatError, CLIENT_ERRORS, isChatError, type ChatErrorCode, type ClientErrorCode } from "./errors.js";
export type { ClientEvents, PresenceEvent, ReceiptEvent, SyncedEvent, TypingEvent } from "./events.js";
export type { StateChange, TokenProvider, TokenRequest } from "./connection.js";
export type { ConnectionState } from "./state.js";
export type { OutboxEntry, OutboxStatus, SendTarget } from "./outbox.js";
export type { SendInput } from "./message.js";
export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from "./backoff.js";
export { memoryStorage, type KeyValueStorage } from "./storage.js";
export type { Clock } from "./clock.js";
export type { SocketConstructor, SocketLike } from "./socket.js";
export { directConversationId, groupConversationId, parseConversationId } from "../../shared/ids.js";
export type { ErrorCode } from "../../shared/errors.js";
export type { Content, ConversationState, FileRef, HistoryResult, Message, SendAck } from "../../shared/protocol.js";
export type { AuthResult, ConversationPage, GroupInfo, MeResult, PublicUser } from "../../shared/api.js";
