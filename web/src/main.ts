/** Boots the chat: the sign-in form, or the app when a session is saved. */
import { ChatApp } from "./app.js";
import { authView } from "./auth-view.js";
import { loadSession, saveSession } from "./persist.js";

const root = document.getElementById("app")!;

function showSignIn(): void {
  root.replaceChildren(
    authView((data) => {
      saveSession(data);
      showApp();
    }),
  );
}

function showApp(): void {
  const data = loadSession();
  if (!data) return showSignIn();
  const app = new ChatApp(data, showSignIn);
  root.replaceChildren(app.el);
  app.start();
  // A handle for debugging in the console (and the browser tests): the SDK client.
  (window as unknown as { imserver?: ChatApp }).imserver = app;
}

showApp();
