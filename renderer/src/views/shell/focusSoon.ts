// After React has drawn what a change brings (a new side panel, a party's details), the keyboard
// goes to it, so focus never falls back to the page.
export function focusSoon(selector: string): void {
  window.requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}
