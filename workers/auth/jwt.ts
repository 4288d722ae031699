/**
 * Access tokens: short-lived HS256 JWTs (jose). The algorithm is pinned on verify, so
 * `alg: none` and algorithm-confusion tokens are refused; `iss` and `aud` are checked.
 */
import { SignJWT, errors, jwtVerify } from "jose";
import { AppError } from "../../shared/errors.js";
import type { Config } from "../config.js";

const ALGORITHM = "HS256";
const encoder = new TextEncoder();

/** Who a verified token speaks for. */
export interface Identity {
  userId: string;
  deviceId: string;
  sessionId: string;
}

export async function signAccessToken(identity: Identity, config: Config, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ sid: identity.sessionId, did: identity.deviceId })
    .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
    .setSubject(identity.userId)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + config.accessTtlSeconds)
    .sign(encoder.encode(config.jwtSecret));
}

/** Verifies an access token. Throws `token_expired` or `unauthorized`. */
export async function verifyAccessToken(token: string, config: Config): Promise<Identity> {
  try {
    const { payload } = await jwtVerify(token, encoder.encode(config.jwtSecret), {
      algorithms: [ALGORITHM],
      issuer: config.issuer,
      audience: config.audience,
      requiredClaims: ["sub", "exp", "iat"],
    });
    const { sub, sid, did } = payload;
    if (typeof sub !== "string" || typeof sid !== "string" || typeof did !== "string") {
      throw new AppError("unauthorized", "token is missing required claims");
    }
    return { userId: sub, deviceId: did, sessionId: sid };
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (err instanceof errors.JWTExpired) throw new AppError("token_expired", "access token has expired");
    throw new AppError("unauthorized", "invalid access token");
  }
}
