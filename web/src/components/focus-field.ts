/**
 * Moves focus to the control for a field path ("phases.1.endsAt"), found by its id
 * `${prefix}-phases-1-endsAt`. When there is no control for the full path, the nearest enclosing
 * one is used (the phases list), so every link in an error summary leads somewhere.
 */
export function focusField(prefix: string, path: string): boolean {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const element = document.getElementById(`${prefix}-${parts.slice(0, length).join('-')}`);
    if (element) {
      element.focus();
      element.scrollIntoView?.({ block: 'center' });
      return true;
    }
  }
  return false;
}

export function fieldDomId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/\./g, '-')}`;
}
