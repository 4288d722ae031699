/** Small modal forms (native <dialog>): create a group, add a member. */
import { h } from "./dom.js";

export interface Field {
  name: string;
  placeholder: string;
}

/**
 * Shows a form; `submit` gets the values and returns an error message to show, or
 * undefined to close.
 */
export function formDialog(title: string, fields: Field[], submitLabel: string, submit: (values: Record<string, string>) => Promise<string | undefined>): void {
  const inputs = fields.map((f) => h("input", { name: f.name, placeholder: f.placeholder, autocomplete: "off", data: { test: `dialog-${f.name}` } }));
  const error = h("div", { class: "error", role: "alert", data: { test: "dialog-error" } });
  const ok = h("button", { type: "submit", class: "primary", data: { test: "dialog-submit" } }, submitLabel);
  const cancel = h("button", { type: "button" }, "Cancel");
  const dialog = h("dialog", {});
  const form = h(
    "form",
    {
      on: {
        submit: (e) => {
          e.preventDefault();
          ok.disabled = true;
          error.textContent = "";
          const values = Object.fromEntries(inputs.map((i) => [i.name, i.value.trim()]));
          submit(values)
            .then((message) => {
              if (message) error.textContent = message;
              else dialog.close();
            })
            .catch((err: Error) => (error.textContent = err.message))
            .finally(() => (ok.disabled = false));
        },
      },
    },
    h("strong", {}, title),
    ...inputs,
    error,
    h("div", { class: "row" }, cancel, ok),
  );
  cancel.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => dialog.remove());
  dialog.append(form);
  document.body.append(dialog);
  dialog.showModal();
}
