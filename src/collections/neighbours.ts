/** The items either side of `current` in an ordered list (lessons, glossary terms). */
export function neighbours<T extends { id: string }>(items: T[], current: T): { previous?: T; next?: T } {
  const index = items.findIndex((item) => item.id === current.id);
  const previous = index > 0 ? items[index - 1] : undefined;
  const next = index >= 0 ? items[index + 1] : undefined;
  return { ...(previous && { previous }), ...(next && { next }) };
}
