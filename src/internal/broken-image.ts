/**
 * Handles an image's `error` event (directly, or captured on a root: it does not bubble) so no
 * broken-image icon is left on the page. A picture with alt text stays for screen readers, out
 * of sight only; a decorative one is hidden altogether. Handling `load` too shows the image
 * again when its element is reused for another `src` that loads.
 */
export function hideBrokenImage({ type, target: image }: Event): void {
  if (!(image instanceof HTMLImageElement)) return;
  const broken = type === 'error';
  image.classList.toggle('visually-hidden', broken && !!image.alt);
  image.hidden = broken && !image.alt;
}
