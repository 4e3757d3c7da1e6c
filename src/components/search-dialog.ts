/**
 * The header search dialog's controller (HeaderSearch.astro): the Search link and "/"
 * open it (or, on the results page, which has no dialog, move to its search box);
 * Escape and a click on the backdrop close it; Tab stays inside it while it is open.
 */
export function enhanceSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  const open = () => openSearch(dialog);

  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-search-open]')) {
    link.addEventListener('click', (event) => {
      // A modified click means "open the results page elsewhere": leave it to the browser.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      if (open()) event.preventDefault();
    });
  }

  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (open()) event.preventDefault();
  });

  if (!dialog) return;
  dialog.addEventListener('keydown', (event) => {
    // In a search box the browser's own Escape empties the box and keeps the dialog
    // open; close at once instead, and keep what was typed for next time.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'Tab') {
      keepTabInside(dialog, event);
    }
  });
  // A click on the backdrop closes the dialog, as Escape does. The backdrop counts as
  // the dialog itself, so tell it from the dialog's own padding by where the click fell.
  dialog.addEventListener('click', (event) => {
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dialog.close();
  });
}

/** Opens the dialog, or on the results page moves to its box; false if neither exists. */
function openSearch(dialog: HTMLDialogElement | null): boolean {
  if (dialog) {
    dialog.showModal();
    // The close button comes first in the dialog; the reader came to type.
    dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    return true;
  }
  const box = document.querySelector<HTMLInputElement>('#search-query');
  box?.focus();
  return box !== null;
}

/** Whether a key pressed here is text being typed, which "/" must not interrupt. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * A modal dialog makes the page behind it inert, but Tab can still leave for the
 * browser's own controls; keep it cycling through the dialog instead.
 */
function keepTabInside(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')].filter(
    (element) => !element.matches(':disabled') && element.checkVisibility(),
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
