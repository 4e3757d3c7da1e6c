/**
 * Rendered MDX as its top-level sections: the HTML before the first `<h2>`, then one part
 * per `<h2>`, each without its heading. The course's MDX puts `<h2>` only at the top level
 * (components start at `<h3>`), so a page can show one section of a lesson or of the
 * capstone without copying its text.
 */
export function sectionsOf(html: string): { heading: string; body: string }[] {
  const [lead = '', ...parts] = html.split(/(?=<h2[\s>])/);
  return [
    { heading: '', body: lead },
    ...parts.map((part) => {
      const close = part.indexOf('</h2>') + '</h2>'.length;
      return { heading: part.slice(0, close).replace(/<[^>]*>/g, ''), body: part.slice(close) };
    }),
  ];
}

/** The body of the one section whose HTML contains `marker`; a build error when not exactly one does. */
export function sectionContaining(html: string, marker: string): string {
  const found = sectionsOf(html).filter((section) => section.body.includes(marker));
  if (found.length !== 1) throw new Error(`${found.length} sections contain ${marker}, expected one`);
  return found[0]!.body;
}
