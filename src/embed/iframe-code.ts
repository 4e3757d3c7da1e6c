// Apart from messages.ts: the embed pages' own script imports that, and a module an
// island shares with it would turn the script into a file of its own.

/** The `<iframe>` a host page pastes in for an embed at `src`. */
export function iframeCode(src: string, title: string, height: number): string {
  const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" loading="lazy" width="100%" height="${height}"></iframe>`;
}
