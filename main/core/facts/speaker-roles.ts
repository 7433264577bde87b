// Who a description stands for: "the foreign secretary", "the Black Sabbath singer", "the
// American", "the club", "the spokesman". A text introduces people with a role before or after
// their name ("Foreign Secretary Jack Straw", "Jack Straw, the foreign secretary,", "rock star
// Ozzy Osbourne") and bodies with their members ("a Home Office spokesman"); later a definite
// description with that role's head noun refers back to them. Failing a recorded role, a
// person-like description ("the American") refers to the most prominent person named so far,
// and a body-like one ("the club") to the most prominent body of a fitting kind. All tables are
// filled in one pass over the sentences; lookups are constant time or linear in the names seen.

import { COMPASS, DEMONYM } from './speaker-words';
import type { TextRange } from './types';
import type { Word } from './speech-verbs';

/** Head nouns of roles that describe one person ("the chancellor", "the singer"). */
const PERSON_ROLES: ReadonlySet<string> = new Set([
  'president',
  'premier',
  'minister',
  'secretary',
  'chancellor',
  'governor',
  'senator',
  'congressman',
  'congresswoman',
  'mayor',
  'ambassador',
  'envoy',
  'commissioner',
  'leader',
  'chairman',
  'chairwoman',
  'chief',
  'boss',
  'manager',
  'coach',
  'captain',
  'skipper',
  'owner',
  'founder',
  'director',
  'producer',
  'singer',
  'star',
  'actor',
  'actress',
  'rapper',
  'comedian',
  'presenter',
  'host',
  'frontman',
  'frontwoman',
  'guitarist',
  'drummer',
  'bassist',
  'musician',
  'writer',
  'author',
  'novelist',
  'film-maker',
  'filmmaker',
  'designer',
  'chef',
  'player',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'keeper',
  'winger',
  'fly-half',
  'scrum-half',
  'full-back',
  'flanker',
  'batsman',
  'bowler',
  'all-rounder',
  'champion',
  'seed',
  'sprinter',
  'runner',
  'athlete',
  'hurdler',
  'cyclist',
  'golfer',
  'boxer',
  'veteran',
  'teenager',
  'youngster',
  'prince',
  'princess',
  'king',
  'queen',
  'pope',
  'judge',
  'mep',
  'mp',
  'msp',
  'peer',
  'tycoon',
  'magnate',
  'billionaire',
  'millionaire',
  'entrepreneur',
  'investor',
  'campaigner',
  'activist',
  'economist',
  'analyst',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'lawyer',
  'correspondent',
  'reporter',
  'journalist',
  'editor',
]);

/**
 * Roles that name an anonymous member when nothing was introduced with them ("the spokesman",
 * "the analyst"): these never fall back to the most prominent person.
 */
const MEMBER_ROLES: ReadonlySet<string> = new Set([
  'correspondent',
  'reporter',
  'journalist',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'lawyer',
  'economist',
  'analyst',
  'editor',
  'chief',
  'director',
  'producer',
  'host',
  'owner',
  'investor',
  'campaigner',
  'activist',
  'judge',
]);

/** Nouns that, after "the", refer back to a body ("the club said"). */
export const BODY_ROLES: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'group',
  'bank',
  'club',
  'side',
  'team',
  'ministry',
  'government',
  'agency',
  'organisation',
  'organization',
  'corporation',
  'retailer',
  'airline',
  'carrier',
  'band',
  'council',
  'party',
  'union',
  'department',
  'network',
  'broadcaster',
  'regulator',
  'watchdog',
  'board',
  'body',
  'association',
  'federation',
  'institute',
  'website',
  'manufacturer',
  'maker',
  'giant',
  'operator',
  'studio',
  'committee',
  'charity',
  'commission',
  'court',
  'newspaper',
  'paper',
  'magazine',
  'brewer',
  'carmaker',
  'chain',
  'insurer',
  'supermarket',
  'publisher',
  'developer',
  'store',
]);

/** Body anaphors that stand for a business or a team, not a state body or an outlet. */
const COMMERCIAL_ROLES: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'group',
  'club',
  'side',
  'team',
  'corporation',
  'retailer',
  'airline',
  'carrier',
  'band',
  'manufacturer',
  'maker',
  'giant',
  'operator',
  'studio',
  'brewer',
  'carmaker',
  'chain',
  'insurer',
  'supermarket',
  'publisher',
  'developer',
  'store',
]);

/** Heads of campaigning bodies, each of which may stand for another ("the watchdog" … "the group"). */
const ADVOCACY_ROLES: ReadonlySet<string> = new Set([
  'group',
  'watchdog',
  'organisation',
  'organization',
  'charity',
  'association',
]);

/** The key under which the latest body described by any advocacy head is kept. */
const ADVOCACY = ' advocacy';

/** Last words of state bodies and outlets, never "the company" or "the club". */
const NON_COMMERCIAL_HEADS =
  /(?:^|\s)(?:ministry|department|office|council|commission|committee|government|parliament|assembly|senate|congress|court|tribunal|police|army|navy|embassy|agency|authority|commons|lords|house|street|party|union|news|times|post|journal|telegraph|guardian|herald|tribune|reuters|bbc|cnn|ap|afp|yonhap|xinhua|kremlin|pentagon|executive|yard|unit)$/u;

/** "American", "Briton", "Spaniard": a person described by nationality. */
const DEMONYM_PERSON =
  /^(?:\p{Lu}\p{Ll}+(?:an|ian|ese|i)|Briton|Scot|Swiss|Swede|Dane|Finn|Pole|Spaniard|Frenchman|Frenchwoman|Dutchman|Irishman|Welshman|Englishman|Scotsman|Turk|Greek|Thai|Czech|Belgian|Kiwi|Aussie|Argentine|Filipino|Filipina|Kazakh|Uzbek|Croat|Serb|Slovak|Slovene|Kurd|Arab|Kosovar)$/u;

/** "28-year-old": a person described by age. */
const AGE = /^\d+-year-old$/u;

/** Words that end a description before its head (a preposition or clause word follows it). */
const DESCRIPTION_BREAKERS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'at',
  'for',
  'from',
  'with',
  'on',
  'to',
  'by',
  'after',
  'before',
  'and',
  'or',
  'who',
  'which',
  'that',
]);

/** The head word of a description, lower-cased, as roles are recorded ("American", "28-year-old"). */
function headKey(word: Word): string | null {
  if (AGE.test(word.lower)) return 'year-old';
  if (DEMONYM_PERSON.test(word.text)) return word.lower;
  if (/^\p{Lu}/u.test(word.text)) return null;
  if (PERSON_ROLES.has(word.lower) || BODY_ROLES.has(word.lower)) return word.lower;
  return null;
}

/** Whether `lower` is a role's head noun ("singer", "minister", "club"). */
export function isRoleWord(lower: string): boolean {
  return PERSON_ROLES.has(lower) || BODY_ROLES.has(lower);
}

/** Whether `lower` is a person's role ("singer", "veteran"). */
export function isPersonRole(lower: string): boolean {
  return PERSON_ROLES.has(lower);
}

/**
 * Whether `words[at]` is the "and" of two person roles of one person ending `words` ("the
 * feminist writer and broadcaster"), not one between two subjects.
 */
export function rolePair(words: readonly Word[], at: number): boolean {
  if (at !== words.length - 2 || !joinsRoles(words, at)) return false;
  // One of them names a person ("writer"; "broadcaster" may be a body).
  return [words[at - 1] as Word, words[at + 1] as Word].some((word) => !BODY_ROLES.has(word.lower));
}

/**
 * Whether `words[at]` is an "and" joining two lower-case roles ("chairman and chief
 * executive", "writer and broadcaster"): one person's titles, not two clauses.
 */
export function joinsRoles(words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  if (before === undefined || (words[at] as Word).lower !== 'and') return false;
  if (headKey(before) === null || /^\p{Lu}/u.test(before.text)) return false;
  for (const word of words.slice(at + 1, at + 3)) {
    if (/^\p{Lu}/u.test(word.text)) return false;
    if (headKey(word) !== null) return true;
  }
  return false;
}

/** Words opening a definite description: "the", and a news outlet's "our" ("our correspondent"). */
const DEFINITE = /^(?:the|our)$/u;

/**
 * A word opening a definite description: "the", "our", or a place's possessive before
 * lower-case words ("Scotland's justice minister").
 */
function determiner(word: Word): boolean {
  return DEFINITE.test(word.lower) || /^\p{Lu}\p{Ll}+['’]s$/u.test(word.text);
}

/** A definite description that may refer back: its head and the words after "the". */
export interface Description {
  head: string;
  name: string;
  range: TextRange;
  person: boolean;
}

/**
 * A subject phrase that is a definite description of a person or body ("the foreign
 * secretary", "the Black Sabbath singer", "the American", "the club", "the top seed"), read at
 * the end touching the verb. Null for anything else, including names and "the Kremlin" style
 * bodies whose head is a capitalised name.
 */
export function definiteDescription(
  text: string,
  words: readonly Word[],
  nearVerb: 'start' | 'end',
): Description | null {
  let phrase: readonly Word[] = words;
  if (nearVerb === 'start') {
    const cut = phrase.findIndex(
      (word, index) => index > 0 && DESCRIPTION_BREAKERS.has(word.lower),
    );
    if (cut > 0) phrase = phrase.slice(0, cut);
    // "The Argentine had stoked up …": the description ends at its head (a run of heads: "the
    // club chairman").
    const end = phrase.findIndex(
      (word, index) =>
        index > 0 &&
        headKey(word) !== null &&
        (phrase[index + 1] === undefined || headKey(phrase[index + 1] as Word) === null),
    );
    if (end > 0) phrase = phrase.slice(0, end + 1);
  } else {
    let from = phrase.length - 1;
    while (from > 0 && !determiner(phrase[from] as Word)) from--;
    phrase = phrase.slice(from);
  }
  if (phrase.length < 2 || phrase.length > 5) return null;
  if (!determiner(phrase[0] as Word)) return null;
  // After a place's possessive, lower-case words only, before the verb ("said Kasabian's singer
  // Tom Meighan", "Aguilera's agent Meghan Prophet" name the person).
  if (
    !DEFINITE.test((phrase[0] as Word).lower) &&
    (nearVerb === 'start' || phrase.slice(1).some((word) => /^\p{Lu}/u.test(word.text)))
  )
    return null;
  const rest = phrase.slice(1);
  const and = rest.length - 2;
  const coordinated = rolePair(rest, and);
  if (rest.some((word, at) => DESCRIPTION_BREAKERS.has(word.lower) && !(coordinated && at === and)))
    return null;
  const last = rest[rest.length - 1] as Word;
  // "the writer and broadcaster": the person role is the head.
  const headWord = coordinated && BODY_ROLES.has(last.lower) ? (rest[and - 1] as Word) : last;
  const head = headKey(headWord);
  if (head === null) return null;
  const person = !BODY_ROLES.has(head);
  // "the White House spokesman" stays with its body; "the Black Sabbath singer" is a person.
  if (
    person &&
    MEMBER_ROLES.has(head) &&
    rest.some((word) => /^\p{Lu}/u.test(word.text) && !DEMONYM.test(word.lower))
  )
    return null;
  const first = rest[0] as Word;
  return {
    head,
    name: text.slice(first.start, last.end),
    range: { start: first.start, end: last.end },
    person,
  };
}

/** A person or body as the text names it, where, and in which paragraph. */
export interface RoleSource {
  name: string;
  range: TextRange;
  person: boolean;
  paragraph: number;
}

/** The role heads among words before or after a name ("Foreign Secretary", "rock star"). */
export function roleHeads(words: readonly Word[]): string[] {
  const heads: string[] = [];
  for (const word of words) {
    const key = AGE.test(word.lower)
      ? 'year-old'
      : PERSON_ROLES.has(word.lower) || BODY_ROLES.has(word.lower)
        ? word.lower
        : DEMONYM_PERSON.test(word.text)
          ? word.lower
          : null;
    if (key !== null && !heads.includes(key)) heads.push(key);
  }
  return heads;
}

const ORDINALS: ReadonlyMap<string, string> = new Map([
  ['top', '1'],
  ['first', '1'],
  ['second', '2'],
  ['third', '3'],
  ['fourth', '4'],
  ['fifth', '5'],
  ['sixth', '6'],
  ['seventh', '7'],
  ['eighth', '8'],
  ['ninth', '9'],
  ['tenth', '10'],
  ['eleventh', '11'],
  ['twelfth', '12'],
]);

/**
 * The modifiers of a description that tell its referents apart: a rank, "former", and a
 * nationality ("the Russian leader" is not the one described as "North Korean leader").
 */
interface Marks {
  rank: string | null;
  former: boolean;
  nation: string | null;
}

/** Reads the rank ("top", "seventh", "3rd") and "former"/"ex-" among a description's words. */
export function descriptionMarks(words: readonly string[]): Marks {
  let rank: string | null = null;
  let former = false;
  let nation: string | null = null;
  for (const raw of words) {
    const word = raw.toLowerCase();
    const ordinal = ORDINALS.get(word) ?? /^(\d+)(?:st|nd|rd|th)$/u.exec(word)?.[1];
    if (ordinal !== undefined && rank === null) rank = ordinal;
    if (word === 'former' || word.startsWith('ex-')) former = true;
    if (nation === null && DEMONYM.test(word) && !COMPASS.test(word)) nation = word;
  }
  return { rank, former, nation };
}

/** Whether two descriptions' modifiers exclude one referent ("top seed" and "seventh seed"). */
function conflicting(a: Marks, b: Marks): boolean {
  if (a.rank !== null && b.rank !== null && a.rank !== b.rank) return true;
  if (a.nation !== null && b.nation !== null && a.nation !== b.nation) return true;
  return a.former !== b.former;
}

interface Salient {
  source: RoleSource;
  count: number;
  /** Named with an honorific or a person's role: never a body. */
  confirmed: boolean;
  /** The body-role words in its name ("bank" in "Bank of England"). */
  heads: string[];
}

/**
 * The most mentioned of a changing set of names, in constant amortised time per change: names
 * sit in buckets by mention count; on a tie, the first to reach that count leads.
 */
class Ranking {
  private readonly buckets = new Map<number, Set<Salient>>();
  private readonly members = new Set<Salient>();
  private max = 0;

  /** Puts `entry` at its current count (moving it up if it was a member at the count before). */
  place(entry: Salient): void {
    if (this.members.has(entry)) this.buckets.get(entry.count - 1)?.delete(entry);
    this.members.add(entry);
    let bucket = this.buckets.get(entry.count);
    if (bucket === undefined) {
      bucket = new Set();
      this.buckets.set(entry.count, bucket);
    }
    bucket.add(entry);
    if (entry.count > this.max) this.max = entry.count;
  }

  /** Takes `entry` out (at its current count). */
  remove(entry: Salient): void {
    if (!this.members.delete(entry)) return;
    this.buckets.get(entry.count)?.delete(entry);
  }

  has(entry: Salient): boolean {
    return this.members.has(entry);
  }

  top(): Salient | null {
    while (this.max > 0) {
      const bucket = this.buckets.get(this.max);
      if (bucket !== undefined && bucket.size > 0) {
        return bucket.values().next().value ?? null;
      }
      this.max--;
    }
    return null;
  }
}

/**
 * Roles and salience of the names of one text, filled sentence by sentence. `resolve` reads a
 * description against what came before it. Each mention and each lookup costs constant
 * amortised time, so a text is read in linear time however many names it has.
 */
export class RoleTable {
  private readonly roles = new Map<string, { source: RoleSource; marks: Marks }>();
  /** The modifiers each name was described with, by head ("seventh" for Lopez's "seed"). */
  private readonly marksByName = new Map<string, Marks>();
  /** Persons by the nationality the text described them with ("Russian President …"). */
  private readonly byNation = new Map<string, { source: RoleSource; marks: Marks }>();
  /** Bodies by the role words the text described them with, the latest winning. */
  private readonly bodyRoles = new Map<string, RoleSource>();
  private readonly salience = new Map<string, Salient>();
  private readonly persons = new Ranking();
  /** Bodies a business or team anaphor may stand for ("the club"). */
  private readonly commercial = new Ranking();
  /** Bodies by the body-role words of their names ("the bank" → "Bank of England"). */
  private readonly byHead = new Map<string, Ranking>();

  /**
   * Records that `source` was described by `heads` (the latest description wins), with the
   * description's `words` for its modifiers ("seventh seed").
   */
  describe(heads: readonly string[], source: RoleSource, words: readonly string[] = []): void {
    const marks = descriptionMarks(words);
    if (marks.nation !== null && source.person) this.byNation.set(marks.nation, { source, marks });
    for (const head of heads) {
      this.roles.set(head, { source, marks });
      this.marksByName.set(`${head}\u0000${source.name.toLowerCase()}`, marks);
    }
  }

  /** Records that the body `source` was described by `heads` ("the media watchdog, X"). */
  describeBody(heads: readonly string[], source: RoleSource): void {
    for (const head of heads) {
      this.bodyRoles.set(head, source);
      if (ADVOCACY_ROLES.has(head)) this.bodyRoles.set(ADVOCACY, source);
    }
  }

  /**
   * Counts one mention of `source` (its name at its fullest); `confirmed` when the text marks
   * it as a person (an honorific, a person's role).
   */
  mention(source: RoleSource, confirmed: boolean): void {
    const key = source.name.toLowerCase();
    let entry = this.salience.get(key);
    if (entry === undefined) {
      entry = {
        source,
        count: 1,
        confirmed,
        heads: key.split(/\s+/u).filter((word) => BODY_ROLES.has(word)),
      };
      this.salience.set(key, entry);
    } else {
      entry.count++;
      entry.confirmed ||= confirmed;
      entry.source = { ...source, person: entry.source.person || source.person || confirmed };
    }
    if (entry.source.person) this.persons.place(entry);
    const commercial = !entry.confirmed && !NON_COMMERCIAL_HEADS.test(key);
    if (commercial) this.commercial.place(entry);
    else this.commercial.remove(entry);
    for (const head of entry.heads) {
      let ranking = this.byHead.get(head);
      if (ranking === undefined) {
        ranking = new Ranking();
        this.byHead.set(head, ranking);
      }
      if (entry.source.person) ranking.remove(entry);
      else ranking.place(entry);
    }
  }

  /** Whether the text has marked `name` as a person (an honorific, a person's role). */
  confirmedPerson(name: string): boolean {
    return this.salience.get(name.toLowerCase())?.confirmed === true;
  }

  /** The most mentioned person so far (the first to get there on a tie), or null. */
  prominentPerson(): RoleSource | null {
    return this.persons.top()?.source ?? null;
  }

  /**
   * Who a definite description refers to. A person-like head: the person last introduced with
   * it, else the most prominent person. A body: the most prominent body whose name has the head
   * word ("the bank" → "Bank of England"), else the most prominent of a fitting kind ("the club
   * said" is the club the story is about, not the rival club it last mentioned). A two-word
   * name may be a person or a body ("Manchester United"): only one the text never marked as a
   * person stands for "the club".
   */
  resolve(description: Description): RoleSource | null {
    if (description.person) {
      // "the top seed" is not the one described as "seventh seed", nor "the former minister"
      // the minister.
      const marks = descriptionMarks(description.name.split(/\s+/u));
      const recorded = this.roles.get(description.head);
      if (recorded !== undefined && !conflicting(marks, recorded.marks)) return recorded.source;
      // "the Russian leader" after "Russian President Vladimir Putin": the person last described
      // with that nationality, whatever the role.
      const national = marks.nation === null ? undefined : this.byNation.get(marks.nation);
      if (national !== undefined && national.marks.former === marks.former) return national.source;
      if (MEMBER_ROLES.has(description.head)) return null;
      const prominent = this.prominentPerson();
      if (prominent === null) return null;
      const own = this.marksByName.get(`${description.head}\u0000${prominent.name.toLowerCase()}`);
      if (own !== undefined && conflicting(marks, own)) return null;
      return prominent;
    }
    const named = this.byHead.get(description.head)?.top();
    if (named) return named.source;
    // "the watchdog said": the body the text described as a watchdog; "the group said": one
    // described as a group, watchdog or charity. Not for a business or team ("the club" is
    // the story's club, not the rival club described last).
    const described =
      description.head === 'group' || !COMMERCIAL_ROLES.has(description.head)
        ? (this.bodyRoles.get(description.head) ??
          (ADVOCACY_ROLES.has(description.head) ? this.bodyRoles.get(ADVOCACY) : undefined))
        : undefined;
    if (described !== undefined) return described;
    if (!COMMERCIAL_ROLES.has(description.head)) return null;
    return this.commercial.top()?.source ?? null;
  }
}
