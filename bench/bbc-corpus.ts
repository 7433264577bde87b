import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from '../main/paths';

/** The BBC News benchmark corpus (see /work/shared/bench/README.md); never shipped. */
export const BBC_DIR = join(appRoot, '..', 'shared', 'bench', 'bbc-news');

export interface BbcArticle {
  /** "business/001" */
  name: string;
  category: string;
  text: string;
}

export function bbcAvailable(): boolean {
  return existsSync(BBC_DIR);
}

let cached: BbcArticle[] | null = null;

/** Every article in category then file order, read as UTF-8 exactly as stored. */
export function loadBbcArticles(): BbcArticle[] {
  if (cached) return cached;
  const articles: BbcArticle[] = [];
  for (const category of readdirSync(BBC_DIR, { withFileTypes: true })) {
    if (!category.isDirectory()) continue;
    const folder = join(BBC_DIR, category.name);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
      articles.push({
        name: `${category.name}/${file.replace(/\.txt$/, '')}`,
        category: category.name,
        text: readFileSync(join(folder, file), 'utf8'),
      });
    }
  }
  cached = articles.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return cached;
}

/** A seeded Fisher–Yates shuffle of a copy of `items`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
