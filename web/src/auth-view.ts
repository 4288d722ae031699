/** Sign in or create an account; on success hands the session data to the app. */
import { AuthSession, ChatError, type SessionData } from "../../sdk/src/index.js";
import { h } from "./dom.js";

export function authView(onSignedIn: (data: SessionData) => void): HTMLElement {
  const username = h("input", { name: "username", placeholder: "Username", autocomplete: "username", required: true, maxLength: 32, data: { test: "username" } });
  const password = h("input", { name: "password", type: "password", placeholder: "Password (8+ characters)", autocomplete: "current-password", required: true, maxLength: 128, data: { test: "password" } });
  const error = h("div", { class: "error", role: "alert", data: { test: "auth-error" } });
  const signIn = h("button", { type: "submit", class: "primary", data: { test: "login" } }, "Sign in");
  const create = h("button", { type: "button", data: { test: "register" } }, "Create account");

  const submit = async (mode: "login" | "register") => {
    error.textContent = "";
    if (!username.value || !password.value) {
      error.textContent = "Enter a username and a password.";
      return;
    }
    signIn.disabled = create.disabled = true;
    try {
      const options = { url: location.origin };
      const credentials = { username: username.value.trim(), password: password.value };
      const session = mode === "login" ? await AuthSession.login(credentials, options) : await AuthSession.register(credentials, options);
      onSignedIn(session.data!);
    } catch (err) {
      error.textContent = describe(err, mode);
    } finally {
      signIn.disabled = create.disabled = false;
    }
  };

  const form = h(
    "form",
    {
      class: "auth",
      on: {
        submit: (e) => {
          e.preventDefault();
          void submit("login");
        },
      },
    },
    h("h1", {}, "IMServer chat"),
    username,
    password,
    h("div", { class: "row" }, signIn, create),
    error,
  );
  create.addEventListener("click", () => void submit("register"));
  return form;
}

function describe(err: unknown, mode: "login" | "register"): string {
  if (!(err instanceof ChatError)) return "Something went wrong. Try again.";
  if (err.code === "unauthorized") return "Wrong username or password.";
  if (err.code === "conflict") return "That username is taken.";
  if (err.code === "unavailable") return "Cannot reach the server. Check your connection.";
  if (err.code === "rate_limited") return "Too many attempts. Wait a moment.";
  return mode === "register" ? `Could not create the account: ${err.message}` : err.message;
}
