import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './html';

const lead =
  'KYIV (Reuters) \u2014 Ukraine\u2019s grain exports rose 12% in March, the agriculture ministry said on Tuesday, as ships kept using the corridor along the western Black Sea coast.';
const middle =
  'Traders said insurance costs had fallen since January, although several vessels were still waiting for inspections near Istanbul before they could continue.';

/** A saved page shaped like a real wire story, with everything a page carries around it. */
function newsPage(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Ukraine grain exports rise in March | Reuters</title>
  <meta property="og:title" content="Ukraine grain exports rise in March">
  <meta property="og:site_name" content="Reuters">
  <meta property="article:published_time" content="2024-04-02T21:45:00-04:00">
  <link rel="canonical" href="https://www.reuters.com/markets/ukraine-grain-2024-04-02/">
  <link rel="stylesheet" href="https://cdn.example.com/site.css">
  <script>window.track = function () { document.title = 'TRACKED'; };</script>
  <script src="https://cdn.example.com/analytics.js"></script>
  <style>.ad { color: red; } body { font-family: serif; }</style>
</head>
<body onload="track()">
  <div class="cookie-banner" role="dialog">We use cookies to improve your experience. <button onclick="accept()">Accept all</button></div>
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/markets">Markets</a></nav></header>
  <main>
    <article>
      <h1>Ukraine grain exports rise in March</h1>
      <div class="byline">By <a rel="author" href="/authors/olena">Olena Harmash</a></div>
      <time datetime="2024-04-02T21:45:00-04:00">April 2, 2024</time>
      <div class="share-buttons"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>
      <p onmouseover="steal()">${lead}</p>
      <p>${middle} <img src="https://tracker.example.com/pixel.gif" width="1" height="1" alt=""></p>
      <iframe src="https://ads.example.com/slot"><p>Advertisement iframe text</p></iframe>
      <object data="movie.swf">Flash fallback text</object>
      <h2>Corridor holds</h2>
      <blockquote><p>\u201cThe corridor is working,\u201d a ministry official said.</p></blockquote>
      <ul><li>Wheat: 1.9 million tonnes</li><li>Corn: 2.4 million tonnes</li></ul>
      <script>document.write('<p>Injected by script</p>');</script>
      <p>Reporting by Olena Harmash; Editing by Mark Heinrich</p>
    </article>
    <section id="comments" class="comments">
      <h3>Comments (2)</h3>
      <p>First! This is a comment from a reader who disagrees with everything.</p>
      <p>Second comment that should never be part of the article body text.</p>
    </section>
  </main>
  <aside class="related"><h3>Related</h3><p>Other story teaser that is not this article.</p></aside>
  <footer><p>\u00a9 2024 Reuters. All rights reserved.</p></footer>
</body>
</html>`;
}

describe('htmlToArticle', () => {
  const article = htmlToArticle(newsPage());

  it('reads the title, byline, outlet, date and canonical URL', () => {
    expect(article.title).toBe('Ukraine grain exports rise in March');
    expect(article.metadata).toEqual({
      title: 'Ukraine grain exports rise in March',
      outlet: 'Reuters',
      byline: 'Olena Harmash',
      publishedDate: '2024-04-02',
      url: 'https://www.reuters.com/markets/ukraine-grain-2024-04-02/',
    });
  });

  it('keeps the article blocks as paragraphs, first to last', () => {
    expect(article.paragraphs).toEqual([
      lead,
      middle,
      'Corridor holds',
      '\u201cThe corridor is working,\u201d a ministry official said.',
      'Wheat: 1.9 million tonnes',
      'Corn: 2.4 million tonnes',
      'Reporting by Olena Harmash; Editing by Mark Heinrich',
    ]);
  });

  it('lets no script, frame, handler, style, banner, share or comment text into the body', () => {
    const body = article.paragraphs.join('\n');
    for (const text of [
      'track',
      'TRACKED',
      'Injected',
      'Advertisement',
      'Flash',
      'steal',
      'font-family',
      'cookies',
      'Share on',
      'First!',
      'comment',
      'Related',
      'Other story',
      'rights reserved',
      'Home',
    ]) {
      expect(body).not.toContain(text);
    }
  });

  it('falls back to <meta> and <title> when the page has little structure', () => {
    const page = `<html><head><title>Short note</title>
      <meta name="author" content="By Sam Reed">
      <meta property="og:url" content="https://news.example.org/short-note">
      <meta name="date" content="March 5, 2024">
      </head><body><div>One line of text only.</div></body></html>`;
    expect(htmlToArticle(page)).toEqual({
      title: 'Short note',
      paragraphs: ['One line of text only.'],
      excerpt: expect.any(String),
      metadata: {
        title: 'Short note',
        outlet: '',
        byline: 'Sam Reed',
        publishedDate: '2024-03-05',
        url: 'https://news.example.org/short-note',
      },
    });
  });

  it('keeps the article when the body or a wrapper carries a furniture class (regression)', () => {
    const lead = 'Rescue teams reached the last flooded village on Sunday, officials said.';
    const more = 'The river fell by a metre overnight, and the main road reopened at noon.';
    for (const page of [
      `<!DOCTYPE html><html><body class="post-template has-comments"><article><p>${lead}</p><p>${more}</p></article></body></html>`,
      `<!DOCTYPE html><html><body role="dialog"><main><p>${lead}</p><p>${more}</p></main></body></html>`,
      `<!DOCTYPE html><html><body><div class="share-wrapper"><article><p>${lead}</p><p>${more}</p></article></div><div class="share-bar"><p>Share on X</p></div></body></html>`,
    ]) {
      expect(htmlToArticle(page).paragraphs).toEqual([lead, more]);
    }
  });

  it('ignores a relative or script canonical URL', () => {
    const page = `<html><head><title>T</title><link rel="canonical" href="javascript:alert(1)">
      <meta property="og:url" content="/relative"></head><body><p>Body text here.</p></body></html>`;
    expect(htmlToArticle(page).metadata.url).toBe('');
  });
});
