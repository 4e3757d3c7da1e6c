/**
 * The header's menu buttons open popovers, which the browser already exposes as
 * expanded or collapsed; saying it with aria-expanded as well keeps every screen reader
 * and test tool, which do not all read popover state, in step with what is on screen.
 */
export function announceMenuState(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-menu-button]')) {
    const panel = button.popoverTargetElement;
    if (!panel) continue;
    button.setAttribute('aria-expanded', String(panel.matches(':popover-open')));
    panel.addEventListener('toggle', (event) => {
      button.setAttribute('aria-expanded', String((event as ToggleEvent).newState === 'open'));
    });
  }
}
