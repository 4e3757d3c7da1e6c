import { getCollection } from 'astro:content';

/** The five source articles in file order (000 … 004). */
export async function getArticles() {
  const articles = await getCollection('articles');
  return articles.sort((a, b) => a.id.localeCompare(b.id));
}

/** Every claim, in the order claims.yaml lists them. */
export async function getClaims() {
  return getCollection('claims');
}
