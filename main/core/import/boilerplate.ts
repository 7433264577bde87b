import { knownAgency } from './agencies';
import { CREDIT_LINE, parseContactLine } from './byline';

// Page furniture that copy-paste drags along: comment prompts, newsletter pitches, credits,
// copyright notices. The importer only looks for it at the edges of the story (see edges.ts),
// so a pattern here can be fairly broad without eating the reporting.

/** What an attribution line says: where the text came from, or whose copyright it is. */
export interface Attribution {
  /**
   * 'credit': the text says it came from elsewhere ("Article courtesy of …", "— AP" under the
   * story). 'copyright': a notice naming an owner, which is the origin for a copy but the text's
   * own publisher for an original; only a comparison with the other text can tell which.
   */
  kind: 'credit' | 'copyright';
  /** The source named, as written ("www.washingtontimes.com", "Reuters"); '' when unnamed. */
  source: string;
}

/** A web address or a bare domain: "www.example.com", "https://news.example.co.uk/story". */
const SITE = /^(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?::\d+)?(?:[/?#]\S*)?$/iu;
/** One word of an outlet's name: "Washington", "AP", "Yahoo!", "AT&T", "9News", "U.S.". */
const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’&!/+-]*$/u;
/** Small words inside an outlet's name: "Bureau of Statistics", "The Times and Democrat". */
const NAME_JOINERS = new Set([
  'the',
  'of',
  'and',
  '&',
  'for',
  'de',
  'la',
  'le',
  'du',
  'del',
  'der',
]);
/** Calendar words: "originally published in March", "on Tuesday" give a date, not a source. */
const CALENDAR_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?$/i;

/**
 * Whether `text` is a site, or reads as the name of one or more outlets ("Reuters, AP", "The
 * Baltimore Sun", "USA Today"), not as a date ("Sept. 12, 2023") or a phrase ("a government
 * official said").
 */
function isSourceName(text: string, maxWords = 8): boolean {
  const trimmed = text.trim().replace(/[.,;:]+$/, '');
  if (SITE.test(trimmed)) return true;
  const words = trimmed.split(/[\s,;]+/).filter((word) => word.length > 0);
  if (words.length === 0 || words.length > maxWords) return false;
  const isJoiner = (word: string) => NAME_JOINERS.has(word.toLowerCase());
  const named = words.filter((word) => !isJoiner(word));
  return (
    named.length > 0 &&
    !isJoiner(words.at(-1) ?? '') &&
    words.every((word) => isJoiner(word) || NAME_WORD.test(word)) &&
    !named.every((word) => CALENDAR_WORD.test(word) || !/\p{L}/u.test(word))
  );
}

/**
 * The source a sentence begins with, up to where the sentence goes on ("The Conversation" in
 * "The Conversation under a Creative Commons license"), or '' when it begins with anything else
 * ("2019 and has been updated", "the Sunday edition").
 */
function leadingSource(text: string): string {
  const trimmed = text.trim();
  const first = trimmed.split(/\s+/)[0]?.replace(/[.,;:)]+$/, '') ?? '';
  if (SITE.test(first)) return first;
  const head =
    trimmed.split(
      /[,;:(|]|\.(?:\s|$)|\s[—–-]\s|\s+(?:(?:under|with|and\s+(?:is|was|has|are))\b|(?:on|in)\s+(?:\p{Lu}\p{Ll}+day|\d|\p{Lu}\p{Ll}+\.?\s+\d))/u,
    )[0] ?? '';
  return isSourceName(head) ? head.trim() : '';
}

/** What a pattern's captured source must be for the line to count. */
type SourceRule =
  /** Anything, even nothing ("Republished with permission."). */
  | 'any'
  /** A site or an outlet's name, and nothing else ("Source: Reuters"). */
  | 'name'
  /** A site or an outlet's name, then anything ("by ProPublica, a nonprofit newsroom"). */
  | 'lead'
  /** A web address or a domain only ("Read more on example.com"). */
  | 'site';

const TEXT = String.raw`(?:article|story|post|piece|report|column|essay|content)`;

/** Lines that name where a text was copied or republished from; the source is group 1. */
const CREDIT_PATTERNS: ReadonlyArray<readonly [RegExp, SourceRule]> = [
  // Content farms: "Content Source: www.washingtontimes.com", "Original Source: …".
  [/^(?:content|original|article|story|news)\s+source\s*:\s*(\S.*)$/i, 'any'],
  [/^source\s+link$/i, 'any'],
  [/^source\s+link\s*:?\s+(.+)$/i, 'site'],
  // A bare "Source:" also heads quoted documents and sentences; it must name an outlet or site.
  [/^sources?\s*:\s*(.+)$/i, 'name'],
  [/^(?:originally|first)\s+(?:published|posted|appeared|ran)\s+(?:at|by|on|in)\s+(.+)$/i, 'lead'],
  [/^adapted\s+from\s+(?:an?\s+\w+\s+(?:by|in|on|from)\s+)?(.+)$/i, 'lead'],
  [
    new RegExp(
      String.raw`^(?:a\s+version\s+of\s+)?this\s+${TEXT}\s+(?:was\s+|has\s+been\s+|is\s+)?(?:originally|first)\s+(?:appeared|published|posted|ran)\s+(?:at|by|on|in)\s+(.+)$`,
      'i',
    ),
    'lead',
  ],
  // WordPress feeds: "The post Kim meets Putin appeared first on Example News."
  [/^the\s+post\s+.+?\s+appeared\s+first\s+on\s+(.+)$/i, 'lead'],
  [
    new RegExp(
      String.raw`^(?:this\s+${TEXT}\s+(?:is|was|has\s+been)\s+)?(?:republished|reprinted|reproduced|syndicated)\s+(?:here\s+)?(?:with\s+(?:the\s+)?(?:kind\s+)?permission\s+)?from\s+(.+)$`,
      'i',
    ),
    'lead',
  ],
  [
    new RegExp(
      String.raw`^(?:this\s+${TEXT}\s+(?:is|was|has\s+been)\s+)?(?:republished|reprinted|reproduced)\s+(?:here\s+)?(?:with|by)\s+(?:the\s+)?(?:kind\s+)?permission(?:\s+(?:of|from)\s+(.+?))?\.?$`,
      'i',
    ),
    'any',
  ],
  [new RegExp(String.raw`^${TEXT}\s+courtesy\s+(?:of\s+)?(.+)$`, 'i'), 'lead'],
  // "Courtesy of the family" is a caption; "Courtesy of NASA" or of a site is a credit.
  [/^courtesy\s*(?:of|:)\s*(.+)$/i, 'name'],
  // "Read more at …" names the site a teaser leads to; "Read more: Kim meets Putin" does not.
  [
    new RegExp(
      String.raw`^read\s+(?:more|the\s+(?:full|original)\s+${TEXT}|the\s+rest\s+of\s+(?:the|this)\s+${TEXT}|the\s+original)\s+at\s*:?\s+(.+)$`,
      'i',
    ),
    'name',
  ],
  [
    new RegExp(
      String.raw`^(?:click\s+here\s+to\s+)?read\s+the\s+(?:full|original|whole)\s+${TEXT}\s+(?:on|at)\s+(.+)$`,
      'i',
    ),
    'name',
  ],
  [new RegExp(String.raw`^read\s+(?:more|the\s+original)\s+on\s+(.+)$`, 'i'), 'site'],
  [/^via\s*:\s*(.+)$/i, 'name'],
  // Bloggers' hat tip: "h/t Example News", "Hat tip: www.example.com".
  [/^(?:h\/t|hat\s+tip)\s*:?\s+(.+)$/i, 'name'],
  // Syndicated content: "This content was produced by Example Media." (not "written by" a person).
  [
    /^this\s+content\s+(?:was|is|has\s+been)\s+(?:originally\s+)?(?:produced|provided|created|supplied)\s+by\s+(.+)$/i,
    'lead',
  ],
  // A credit heading the story: "From Example News:", "From www.example.com:".
  [/^from\s+(.+?)\s*:$/i, 'name'],
];

/** Words that make a name an outlet's: "Via Sky News" credits a newsroom, "Via Rail" does not. */
const OUTLET_WORD =
  /^(?:news|times|post|press|wire|daily|journal|herald|tribune|gazette|telegraph|guardian|observer|chronicle|mail|express|standard|magazine|media|radio|tv|television|network|digest|today|weekly|bbc|cnn|nbc|abc|cbs|npr)$/i;

/** Lines of a wire service's sign-off under the story: "— AP", "– Reuters", "-- The Associated Press". */
const WIRE_SIGN_OFF = /^(?:[—–]|--?)\s*(.+?)\.?$/;
const VIA = /^(via)\s+(.+?)(?:\s*[:—–-])?\.?$/i;
const COPYRIGHT = /^(?:(?:©|\(c\)|copyright)\s*)+(.*)$/i;
const YEARS = /^(?:\d{4}(?:\s*[-–]\s*\d{2,4})?[\s,]*)+/;

function fits(source: string, rule: SourceRule): string | null {
  const trimmed = source.trim().replace(/[.,;:]+$/, '');
  switch (rule) {
    case 'any':
      return trimmed;
    case 'name':
      return isSourceName(trimmed) ? trimmed : null;
    case 'lead':
      return leadingSource(source) || null;
    case 'site':
      return SITE.test(trimmed) ? trimmed : null;
  }
}

/**
 * "Via X" credits X when X is a site, a wire service, or a named outlet: after a lower-case
 * "via", as "Via The …", or with a newsroom's word in it ("Via Sky News"). "Via Rail" (a company)
 * and "Via Rail said on Monday …" are not credits.
 */
function viaSource(line: string): string {
  const [, via = '', rest = ''] = VIA.exec(line) ?? [];
  if (!rest) return '';
  if (SITE.test(rest) || knownAgency(rest)) return rest;
  const outlet =
    via === 'via' ||
    /^the\s/i.test(rest) ||
    rest.split(/\s+/).some((word) => OUTLET_WORD.test(word));
  return outlet && isSourceName(rest) ? rest : '';
}

/** The owner a copyright notice names ("© 2023 Example Media. All rights reserved."), or ''. */
function copyrightOwner(line: string): string {
  const rest = COPYRIGHT.exec(line)?.[1];
  if (rest === undefined) return '';
  const owner = (
    rest.replace(/\s*\ball\s+rights\s+reserved\b.*$/i, '').split(/[,;|]|\.(?:\s|$)/)[0] ?? ''
  )
    .replace(YEARS, '')
    .replace(/[\s,]+\d{4}$/, '')
    .trim();
  return owner && isSourceName(owner) ? owner : '';
}

/** Strips the brackets some sites put around a credit: "(Source: Reuters)", "[Via example.com]". */
function unbracket(line: string): string {
  const inner = /^[([](.*)[)\]]\.?$/.exec(line)?.[1];
  if (inner === undefined || /[()[\]]/.test(inner)) return line;
  return inner.trim();
}

/** Reads a line at the edge of a story as an attribution, or null when it is not one. */
export function readAttribution(line: string): Attribution | null {
  if (line.length > 300) return null;
  const text = unbracket(line.trim());
  for (const [pattern, rule] of CREDIT_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const source = fits(match[1] ?? '', rule);
    if (source !== null) return { kind: 'credit', source };
  }
  const via = viaSource(text);
  if (via) return { kind: 'credit', source: via };
  const wire = knownAgency(WIRE_SIGN_OFF.exec(text)?.[1] ?? '');
  if (wire) return { kind: 'credit', source: wire };
  const owner = copyrightOwner(text);
  return owner ? { kind: 'copyright', source: owner } : null;
}

/** Notes the newsroom adds about the story itself. */
const EDITOR_NOTE = /^(?:editor[’']?s['’]?\s+note|note\s+to\s+editors|correction)\s*[:—–-]/i;

/** Trailing furniture besides attribution lines, editor notes, credits and contact lines. */
const BOILERPLATE_PATTERNS = [
  /^[•·▪◦‣]\s*\S/, // bulleted notes under the story ("• This article was based in part on …")
  /^(?:please\s+)?(?:read|review|see)\s+our\s+comment\s+polic(?:y|ies)\b/i,
  /^this\s+(?:article|story|report)\s+(?:was|is|has\s+been)\s+(?:based|compiled|written|updated|corrected|produced|edited)\b/i,
  /\bcontributed\s+to\s+this\s+(?:report|story|article)\b/i,
  /^(?:copyright\b|©|\(c\)\s)/i,
  /\ball\s+rights\s+reserved\b/i,
  /^sign\s+up\b/i,
  /^subscribe\b/i,
  /^follow\s+(?:us|me)\b/i,
  /^follow\s+.{1,60}\s+on\s+(?:twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin|tiktok|youtube)\b/i,
  /^click\s+here\b/i,
  /^(?:read|see)\s+(?:more|also|next)\s*[:.…-]/i,
  /^(?:read|see)\s+more\b/i,
  /^related\s*(?:stories|articles|coverage|content)?\s*:/i,
  /^advertisement$/i,
  /^our\s+standards\s*:/i, // Reuters' trust-principles footer
  /^share\s+(?:this|on)\b/i,
];

/** Whether a line credits a source the text came from (a copyright notice does not). */
export function isAttributionLine(line: string): boolean {
  return readAttribution(line)?.kind === 'credit';
}

export function isEditorNote(line: string): boolean {
  return EDITOR_NOTE.test(line);
}

/** Whether a line at the foot of a story is furniture rather than reporting. */
export function isTrailingFurniture(line: string): boolean {
  return (
    isAttributionLine(line) ||
    isEditorNote(line) ||
    CREDIT_LINE.test(line) ||
    parseContactLine(line) !== null ||
    BOILERPLATE_PATTERNS.some((pattern) => pattern.test(line))
  );
}
