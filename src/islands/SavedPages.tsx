import { useEffect, useState } from 'preact/hooks';
import { savedPages } from '../offline/saved-pages';

interface Props {
  /** The language's home, under the site's base: only its pages are listed. */
  home: string;
  /** This offline page's own address, which is not listed. */
  self: string;
  strings: { text: string; none: string };
}

/** The offline page's list of the pages of its language this device has kept (src/pages/[locale]/offline/). */
export default function SavedPages({ home, self, strings }: Props) {
  const [pages, setPages] = useState<{ href: string; title: string }[]>([]);
  useEffect(() => {
    if ('caches' in window) void savedPages(home, self).then(setPages);
  }, [home, self]);

  if (pages.length === 0) return <p>{strings.none}</p>;
  return (
    <>
      <p>{strings.text}</p>
      <ul class="saved-pages">
        {pages.map(({ href, title }) => (
          <li key={href}>
            <a href={href}>{title}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
