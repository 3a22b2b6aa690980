/** Types into a field as a user would: the value, then the 'input' event the page listens to. */
export function typeInto(field: HTMLElement | null, value: string): void {
  setValue(field, value, 'input');
}

/** Picks an option of a select as a user would: the value, then the 'change' event. */
export function selectOption(select: HTMLElement | null, value: string): void {
  setValue(select, value, 'change');
}

/** Ticks or clears a checkbox as a user would: the state, then the 'change' event. */
export function setChecked(box: HTMLElement | null, checked: boolean): void {
  const input = box as HTMLInputElement;
  input.checked = checked;
  input.dispatchEvent(new Event('change'));
}

function setValue(field: HTMLElement | null, value: string, event: 'input' | 'change'): void {
  const control = field as HTMLInputElement | HTMLSelectElement;
  control.value = value;
  control.dispatchEvent(new Event(event));
}
