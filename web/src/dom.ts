/**
 * The only way this app creates DOM: elements with a fixed set of attributes, and children
 * that are nodes or plain strings (always text nodes). There is no path from user data to
 * HTML parsing: no HTML-string APIs at all (test/node/web-sinks.test.ts checks), and no
 * attribute names taken from data.
 */
type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  class?: string;
  id?: string;
  type?: string;
  name?: string;
  placeholder?: string;
  title?: string;
  autocomplete?: string;
  value?: string;
  role?: string;
  label?: string;
  maxLength?: number;
  disabled?: boolean;
  required?: boolean;
  hidden?: boolean;
  /** `data-*` attributes (test hooks and keys). */
  data?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs.class) el.className = attrs.class;
  if (attrs.id) el.id = attrs.id;
  if (attrs.title !== undefined) el.title = attrs.title;
  if (attrs.role) el.setAttribute("role", attrs.role);
  if (attrs.label) el.setAttribute("aria-label", attrs.label);
  if (attrs.hidden) el.hidden = true;
  for (const [key, value] of Object.entries(attrs.data ?? {})) el.dataset[key] = value;
  if (el instanceof HTMLInputElement || el instanceof HTMLButtonElement || el instanceof HTMLTextAreaElement) {
    if (attrs.type && !(el instanceof HTMLTextAreaElement)) el.type = attrs.type as never;
    if (attrs.name) el.name = attrs.name;
    if (attrs.disabled) el.disabled = true;
    if (attrs.value !== undefined) el.value = attrs.value;
  }
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    if (attrs.placeholder) el.placeholder = attrs.placeholder;
    if (attrs.autocomplete) el.autocomplete = attrs.autocomplete as never;
    if (attrs.required) el.required = true;
    if (attrs.maxLength) el.maxLength = attrs.maxLength;
  }
  for (const [event, fn] of Object.entries(attrs.on ?? {})) el.addEventListener(event, fn as EventListener);
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces all children (text stays text). */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}
