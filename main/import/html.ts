import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { SourceMetadata } from '../../preload/contract';

export interface HtmlArticle {
  title: string;
  /** One entry per block of the article: paragraph, list item, subheading, quotation. */
  paragraphs: string[];
  excerpt: string;
  metadata: Partial<SourceMetadata>;
}

/** Page furniture that is never reporting, removed before Readability scores the page. */
const FURNITURE = [
  'nav',
  'header nav',
  'footer',
  'aside',
  'form',
  'button',
  'dialog',
  '[hidden]',
  '[aria-hidden="true"]',
  '[role="dialog"]',
  '[role="navigation"]',
  '[id*="comment" i]',
  '[class*="comment" i]',
  '[id*="cookie" i]',
  '[class*="cookie" i]',
  '[class*="consent" i]',
  '[class*="share" i]',
  '[class*="social" i]',
  '[class*="newsletter" i]',
  '[class*="related" i]',
].join(', ');

/** What holds the article: furniture selectors never remove it, or what wraps it. */
const CONTENT = 'article, main, [role="main"], [itemprop="articleBody"]';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, td, dd, dt';

/**
 * A saved news page to its article. The page is parsed inert: jsdom runs no scripts and loads
 * nothing (no `runScripts`, no `resources`), and DOMPurify strips scripts, handlers, frames and
 * styles before Readability sees it, so nothing a page carries can execute or reach the body.
 */
export function htmlToArticle(html: string): HtmlArticle {
  const raw = inertDocument(html);
  const meta = readMeta(raw);

  const sanitized = purifier().sanitize(html, {
    WHOLE_DOCUMENT: true,
    FORBID_TAGS: ['style', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'template', 'img'],
  });
  const document = inertDocument(sanitized);
  for (const element of document.querySelectorAll(FURNITURE)) {
    // A body classed "has-comments" or a wrapper classed "share-container" holds the story.
    const holdsArticle = element.matches(CONTENT) || element.querySelector(CONTENT) !== null;
    if (element === document.body || element === document.documentElement || holdsArticle) continue;
    element.remove();
  }
  copyMeta(raw, document);

  const article = new Readability(document).parse();
  const paragraphs = article?.content
    ? blockTexts(inertDocument(article.content).body)
    : blockTexts(document.body ?? document.documentElement);
  const title = clean(article?.title) || meta.title || clean(raw.title);
  const publishedDate = isoDate(article?.publishedTime) || isoDate(meta.publishedTime);
  return {
    title,
    paragraphs: paragraphs.filter((paragraph) => paragraph !== title),
    excerpt: clean(article?.excerpt),
    metadata: {
      title,
      outlet: clean(article?.siteName) || meta.siteName,
      byline: stripBy(clean(article?.byline) || meta.author),
      publishedDate,
      url: meta.url,
    },
  };
}

let sharedPurifier: ReturnType<typeof createDOMPurify> | null = null;

/** One DOMPurify for the worker's life: it keeps no state between pages that sanitize reads. */
function purifier(): ReturnType<typeof createDOMPurify> {
  sharedPurifier ??= createDOMPurify(new JSDOM('', { url: 'about:blank' }).window);
  return sharedPurifier;
}

function inertDocument(html: string): Document {
  // No scripts run and no subresource is fetched; about:blank gives relative URLs no base.
  // A page's broken CSS or markup is not the analyst's concern: jsdom says nothing of it.
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, {
    runScripts: undefined,
    resources: undefined,
    url: 'about:blank',
    virtualConsole,
  }).window.document;
}

interface PageMeta {
  title: string;
  siteName: string;
  author: string;
  publishedTime: string;
  url: string;
}

function readMeta(document: Document): PageMeta {
  const content = (...keys: string[]): string => {
    for (const key of keys) {
      const element = document.querySelector(
        `meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`,
      );
      const value = clean(element?.getAttribute('content'));
      if (value) return value;
    }
    return '';
  };
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  return {
    title: content('og:title', 'twitter:title'),
    siteName: content('og:site_name', 'application-name'),
    author: content('author', 'article:author', 'parsely-author'),
    publishedTime: content('article:published_time', 'datePublished', 'date', 'pubdate'),
    url: [canonical, content('og:url')].map(clean).find((url) => /^https?:\/\//i.test(url)) ?? '',
  };
}

/** Readability reads title, site name and dates from <meta>, which sanitising would drop. */
function copyMeta(from: Document, to: Document): void {
  for (const source of from.querySelectorAll('meta[content]')) {
    const copy = to.createElement('meta');
    for (const name of ['name', 'property', 'itemprop', 'content']) {
      const value = source.getAttribute(name);
      if (value !== null) copy.setAttribute(name, value);
    }
    to.head.append(copy);
  }
}

/** The innermost blocks' text: a <blockquote> of <p>s gives its paragraphs, not one lump. */
function blockTexts(root: Element): string[] {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(
    (block) => block.querySelector(BLOCKS) === null,
  );
  const texts = blocks.length > 0 ? blocks.map(textOf) : (root.textContent ?? '').split(/\n\s*\n/);
  return texts.map(clean).filter((text) => text.length > 0);
}

function textOf(element: Element): string {
  for (const br of element.querySelectorAll('br')) br.replaceWith(' ');
  return element.textContent ?? '';
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function stripBy(byline: string): string {
  return byline.replace(/^by\s+/i, '');
}

/** "2024-03-05T10:00:00-05:00" is the 5th where it was published: keep the written date. */
function isoDate(value: string | null | undefined): string {
  const text = clean(value);
  const written = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  if (written?.[1]) return written[1];
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? '' : new Date(parsed).toISOString().slice(0, 10);
}
