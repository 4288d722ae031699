// Moved to shared/backoff.ts (the router uses it too); kept so existing imports still work.
export { DELIVERY_BACKOFF, backoffDelay, type BackoffPolicy } from "../../shared/backoff.js";
