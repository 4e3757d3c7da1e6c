import { heightMessage } from './messages';

// Runs in every embed page. Framed, it posts its height to whichever page frames it
// (any site may: the message says nothing private); alone, it has no one to tell.
if (window.parent !== window) {
  const post = () => window.parent.postMessage(heightMessage(document.documentElement.getBoundingClientRect().height), '*');
  window.addEventListener('load', post);
  new ResizeObserver(post).observe(document.documentElement);
}

// The link back to the full calculator carries the scenario the reader has reached:
// useScenario keeps it in this page's query string.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-with-scenario]')) {
  link.addEventListener('click', () => {
    link.search = location.search;
  });
}
