/**
 * Login with account lockout around it: a locked account name is refused before any
 * password work; a wrong password counts against the name; a success clears the count.
 */
import { AppError } from "../../shared/errors.js";
import type { Config } from "../config.js";
import { Accounts, type AuthResult, type Credentials } from "./accounts.js";
import { LoginGuard } from "./lockout.js";

export async function guardedLogin(accounts: Accounts, db: D1Database, config: Config, input: Credentials): Promise<AuthResult> {
  const guard = new LoginGuard(db, config.limits);
  const hadFailures = await guard.check(input.username);
  try {
    const result = await accounts.login(input);
    if (hadFailures) await guard.succeeded(input.username);
    return result;
  } catch (err) {
    if (err instanceof AppError && err.code === "unauthorized") await guard.failed(input.username);
    throw err;
  }
}
