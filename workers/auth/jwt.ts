/**
 * Access tokens: short-lived HS256 JWTs (jose). The algorithm is pinned on verify, so
 * `alg: none` and algorithm-confusion tokens are refused; `iss` and `aud` are checked.
 * Keys rotate by `kid`: tokens are signed with the current key (JWT_KID + JWT_SECRET) and
 * verified with the key their header names, the current one or a previous one until its
 * retirement (JWT_PREVIOUS_KEYS); an unknown or retired `kid` is refused.
 */
import { SignJWT, errors, jwtVerify, type JWTHeaderParameters } from "jose";
import { AppError } from "../../shared/errors.js";
import type { Config, JwtKey } from "../config.js";

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
    .setProtectedHeader({ alg: ALGORITHM, typ: "JWT", kid: config.jwtKey.kid })
    .setSubject(identity.userId)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + config.accessTtlSeconds)
    .sign(encoder.encode(config.jwtKey.secret));
}

/**
 * The key that verifies a token with this header. Tokens without a `kid` predate key
 * rotation and verify with the current key.
 */
export function verificationKey(header: Pick<JWTHeaderParameters, "kid">, config: Config, now = Date.now()): JwtKey {
  if (header.kid === undefined || header.kid === config.jwtKey.kid) return config.jwtKey;
  const previous = config.previousJwtKeys.find((k) => k.kid === header.kid);
  if (!previous) throw new AppError("unauthorized", "access token was signed with an unknown key");
  if (previous.retireAt !== undefined && previous.retireAt <= now) throw new AppError("unauthorized", "access token was signed with a retired key; sign in again");
  return previous;
}

/** Verifies an access token. Throws `token_expired` or `unauthorized`. */
export async function verifyAccessToken(token: string, config: Config): Promise<Identity> {
  try {
    const { payload } = await jwtVerify(token, async (header) => encoder.encode(verificationKey(header, config).secret), {
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
