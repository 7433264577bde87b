// The full names a text uses, so that a surname ("Peskov"), a clipped form ("the Fed"), an
// acronym ("EU") or a misspelling reads as the fullest form the text gives ("Dmitry Peskov").

import { wordsIn, type Word } from './speech-verbs';
import { acronymKey, acronymText, spelledAcronymKey } from './entity-names';
import { BODY_HEADS, DEMONYM } from './speaker-words';
import {
  capitalisedRuns,
  inTitle,
  isAcronym,
  isPossessive,
  nameText,
  nicknameAt,
  readRun,
} from './name-runs';

/** Surnames this long or longer may match one letter apart (a misspelling). */
const FUZZY_LENGTH = 6;

/** How many first words one three-letter prefix keeps before it counts as crowded. */
const PREFIX_CAP = 8;

/**
 * Full names a text uses, so a surname ("Peskov") or a shorter form reads as the fullest form
 * the text gives ("Dmitry S. Peskov"). Built once per text in one pass over its words.
 */
export class NameIndex {
  private readonly byLast = new Map<string, string[]>();
  private readonly byFirst = new Map<string, string[]>();
  /** Surnames by their one-letter deletions ("mukerjee" → "mukherjee"). */
  private readonly byLastVariant = new Map<string, string[]>();

  private readonly acronyms = new Map<string, string>();
  /**
   * Where a body's full name, or a one-word name on its own (lower-cased), first appears: a
   * short form stands for the full name only after it ("Continental Airlines … Continental"),
   * not when the text has used it on its own first ("Next has said … Next Directory").
   */
  private readonly firstAt = new Map<string, number>();
  /** First words of full names by their first three letters ("fed" → "federal"). */
  private readonly firstsByPrefix = new Map<string, Set<string>>();
  /** The full names read as persons (not firms' "&" names, bodies or acronyms). */
  private readonly persons = new Set<string>();
  /** Bodies' names by their first word ("continental" → "Continental Airlines"). */
  private readonly bodyByFirst = new Map<string, string[]>();
  /** Bodies' names by their initials ("eu" → "European Union"), the first given kept. */
  private readonly initials = new Map<string, string>();
  /** Where each full person name is written, in text order (the first 64 places). */
  private readonly places = new Map<string, number[]>();

  /**
   * Records the person names in `words` (a sentence's words), firms' "&" names, and acronyms
   * given in brackets.
   */
  addSentence(text: string, words: readonly Word[]): void {
    for (const run of capitalisedRuns(text, words)) {
      const only = run.words.length === 1 ? (run.words[0] as Word) : null;
      if (only !== null && !this.firstAt.has(only.lower) && !inTitle(text, only.start))
        this.firstAt.set(only.lower, only.start);
      // "the European Commission (EC)": the acronym stands for the name.
      const lastWord = run.words[run.words.length - 1] as Word;
      const next = words[words.indexOf(lastWord) + 1];
      if (
        next !== undefined &&
        run.words.length >= 2 &&
        isAcronym(next) &&
        /^\s*\($/u.test(text.slice(lastWord.end, next.start)) &&
        text.charAt(next.end) === ')'
      ) {
        const read = readRun({ ...run, final: true });
        if (!this.acronyms.has(next.text)) this.acronyms.set(next.text, nameText(text, read.words));
      }
      // "MG Rover's Midlands plant": the possessor is a name of the text too ("Rover" later).
      const owner = run.words.findIndex((word, at) => at >= 1 && isPossessive(word));
      if (owner >= 1) {
        const read = readRun({
          words: run.words.slice(0, owner + 1),
          honorific: false,
          final: true,
        });
        if (read.kind === 'person' && read.words.length >= 2) {
          const name = nameText(text, read.words);
          this.persons.add(name);
          const start = (read.words[0] as Word).start;
          if (!this.firstAt.has(name) && !inTitle(text, start)) this.firstAt.set(name, start);
          const tokens = tokensOf(name);
          this.offer(this.byLast, tokens[tokens.length - 1] as string, name);
          this.offer(this.byFirst, tokens[0] as string, name);
        }
      }
      const read = readRun({ ...run, final: true });
      if (read.kind === 'body' && read.words.length >= 2 && !run.ampersand) {
        const name = nameText(text, read.words);
        const key = acronymKey(name);
        if (key !== null && key.length >= 2 && !this.initials.has(key))
          this.initials.set(key, name);
        // "UKIP" for "UK Independence Party": an acronym inside a name spelled letter by letter.
        const spelled = spelledAcronymKey(name);
        if (spelled !== null && !this.initials.has(spelled)) this.initials.set(spelled, name);
        const first = read.words[0] as Word;
        // "the US Federal Bureau of Investigation": "FBI" stands for the name after the country.
        if ((isAcronym(first) || DEMONYM.test(first.lower)) && read.words.length >= 3) {
          const rest = nameText(text, read.words.slice(1));
          const restKey = acronymKey(rest);
          if (restKey !== null && restKey.length >= 2 && !this.initials.has(restKey))
            this.initials.set(restKey, rest);
          // "the US Pew Research Center … said the Pew report": the name after the country
          // by its first word.
          const restFirst = read.words[1] as Word;
          if (!isAcronym(restFirst) && !BODY_HEADS.has(restFirst.lower)) {
            this.offer(this.bodyByFirst, restFirst.lower, rest);
            if (!this.firstAt.has(rest) && !inTitle(text, restFirst.start))
              this.firstAt.set(rest, restFirst.start);
          }
        }
        if (!DEMONYM.test(first.lower) && !BODY_HEADS.has(first.lower)) {
          this.offer(this.bodyByFirst, first.lower, name);
          const start = run.words[0]?.start ?? 0;
          if (!this.firstAt.has(name) && !inTitle(text, start)) this.firstAt.set(name, start);
        }
      }
      // A firm's "&" name stands for its short forms too ("Marsh" for "Marsh & McLennan").
      const firm = read.kind === 'body' && run.ampersand === true;
      if (firm && read.words.length === 2) {
        // "Bradford & Bingley" → "B&B".
        const key = read.words.map((word) => word.lower.charAt(0)).join('');
        const name = nameText(text, read.words);
        if (!this.initials.has(key)) this.initials.set(key, name);
      }
      if ((read.kind !== 'person' && !firm) || read.words.length < 2) continue;
      const tokens = read.words.map((word) => word.lower);
      const name = nameText(text, read.words);
      // "Mido" for "Ahmed 'Mido' Hossam".
      for (let at = 1; at + 1 < read.words.length; at++) {
        if (nicknameAt(text, read.words, at))
          this.offer(this.byFirst, read.words[at]?.lower ?? '', name);
      }
      if (read.kind === 'person') this.persons.add(name);
      const start = (read.words[0] as Word).start;
      const written = this.places.get(name);
      if (written === undefined) this.places.set(name, [start]);
      else if (written.length < 64) written.push(start);
      // "Jamelia …, full name Jamelia Davis": the full name stands for the short one however
      // late it comes.
      if (/\b(?:full|real|birth) name,?\s*$/iu.test(text.slice(Math.max(0, start - 16), start)))
        this.firstAt.set(name, -1);
      else if (!this.firstAt.has(name) && !inTitle(text, start)) this.firstAt.set(name, start);
      this.offer(this.byLast, tokens[tokens.length - 1] as string, name);
      this.offer(this.byFirst, tokens[0] as string, name);
    }
  }

  private offer(map: Map<string, string[]>, key: string, name: string): void {
    if (map === this.byFirst || map === this.bodyByFirst) {
      // First words by their first three letters, for clipped forms ("Fed"); a crowded prefix
      // stops growing and is then never used.
      const prefix = key.slice(0, 3);
      let firsts = this.firstsByPrefix.get(prefix);
      if (firsts === undefined) this.firstsByPrefix.set(prefix, (firsts = new Set()));
      if (firsts.size < PREFIX_CAP) firsts.add(key);
    }
    if (map === this.byLast && key.length >= FUZZY_LENGTH) {
      // Each one-letter deletion of a surname, for a misspelt one ("Mukerjee").
      for (let at = 0; at < key.length; at++) {
        const variant = key.slice(0, at) + key.slice(at + 1);
        const known = this.byLastVariant.get(variant);
        if (known === undefined) this.byLastVariant.set(variant, [key]);
        else if (!known.includes(key) && known.length < 4) known.push(key);
      }
    }
    const names = map.get(key);
    if (names === undefined) map.set(key, [name]);
    else if (!names.includes(name) && names.length < 8) names.push(name);
  }

  /**
   * A lone surname one letter away from exactly one surname of a full name in the text
   * ("said Mr Mukerjee" after "Pranab Mukherjee"): that full name. Long surnames only.
   */
  private misspelt(name: string, token: string): string {
    if (token.length < FUZZY_LENGTH || !/^\p{L}+$/u.test(token)) return name;
    const keys = new Set<string>(this.byLastVariant.get(token) ?? []);
    for (let at = 0; at < token.length; at++) {
      const variant = token.slice(0, at) + token.slice(at + 1);
      if (this.byLast.has(variant)) keys.add(variant);
      for (const key of this.byLastVariant.get(variant) ?? []) keys.add(key);
    }
    keys.delete(token);
    if (keys.size !== 1) return name;
    const names = this.byLast.get(keys.values().next().value as string) ?? [];
    return names.length === 1 ? (names[0] as string) : name;
  }

  /** Whether the text gives `name` as a person's full name. */
  isPerson(name: string): boolean {
    return this.persons.has(name);
  }

  /** The last place before `at` where the full name `name` is written, or -1. */
  private lastBefore(name: string, at: number): number {
    let last = -1;
    for (const place of this.places.get(name) ?? []) {
      if (place >= at) break;
      last = place;
    }
    return last;
  }

  /**
   * The fullest name in the text that contains all of `name`'s words, or `name` itself. Of two
   * as full ("Simon Cowell", "Tony Cowell"), the one written last before `at` when given.
   */
  fullest(name: string, at?: number): string {
    const expanded = this.acronyms.get(name);
    if (expanded !== undefined) return expanded;
    // "EU" in a text that spells out "European Union": the name its letters are the initials of.
    if (/^\p{Lu}(?:\.?\p{Lu})+\.?$/u.test(name))
      return this.initials.get(acronymText(name)) ?? name;
    // "B&B" after "Bradford & Bingley": a firm's initials joined by "&".
    if (/^\p{Lu}&\p{Lu}$/u.test(name))
      return this.initials.get(acronymText(name.replace('&', ''))) ?? name;
    const tokens = tokensOf(name);
    if (tokens.length === 0) return name;
    // A one-word name used on its own before a longer name that starts with it is a name of its
    // own ("Sky has signed … Sky Travel").
    const shortAt = tokens.length === 1 ? this.firstAt.get(tokens[0] as string) : undefined;
    const candidates = [
      ...(this.byLast.get(tokens[tokens.length - 1] as string) ?? []),
      ...(this.byFirst.get(tokens[0] as string) ?? []).filter(
        (candidate) => shortAt === undefined || (this.firstAt.get(candidate) ?? 0) <= shortAt,
      ),
    ];
    if (candidates.length === 0 && tokens.length === 1) {
      // "Continental" after "Continental Airlines": the one body the text names so.
      const bodies = this.bodyByFirst.get(tokens[0] as string) ?? [];
      // One body, or several where each is a start of the longest ("Pew Research" and "Pew
      // Research Center").
      const longest = bodies.reduce<string | undefined>(
        (best, candidate) =>
          best === undefined || candidate.length > best.length ? candidate : best,
        undefined,
      );
      const body =
        longest !== undefined &&
        bodies.every((candidate) => `${longest} `.startsWith(`${candidate} `))
          ? longest
          : undefined;
      if (
        body !== undefined &&
        (this.firstAt.get(body) ?? 0) <= (this.firstAt.get(tokens[0] as string) ?? Infinity)
      )
        return body;
      // "the Conservatives" after "the Conservative Party": a party by its members' name.
      const token = tokens[0] as string;
      if (token.length > 4 && token.endsWith('s')) {
        const parties = this.bodyByFirst
          .get(token.slice(0, -1))
          ?.filter((body) => /\sparty$/iu.test(body));
        if (parties?.length === 1) return parties[0] as string;
      }
      // "the Fed" after "the Federal Reserve": a clipped first word of exactly one full name.
      if (token.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(name)) {
        let clipped: string | null = null;
        let count = 0;
        for (const first of this.firstsByPrefix.get(token.slice(0, 3)) ?? []) {
          if (first.length <= token.length || !first.startsWith(token)) continue;
          for (const map of [this.bodyByFirst, this.byFirst]) {
            const names = map.get(first) ?? [];
            count += names.length;
            clipped = names[0] ?? clipped;
          }
        }
        if (this.firstsByPrefix.get(token.slice(0, 3))?.size === PREFIX_CAP) count = 0;
        if (count === 1 && clipped !== null) return clipped;
      }
      return this.misspelt(name, tokens[0] as string);
    }
    let best = name;
    let bestLength = tokens.length;
    for (const candidate of candidates) {
      const candidateTokens = tokensOf(candidate);
      // A nationality before a surname ("American Davenport") wins no tie.
      const tie =
        at !== undefined &&
        best !== name &&
        candidateTokens.length === bestLength &&
        !DEMONYM.test(candidateTokens[0] as string) &&
        this.lastBefore(candidate, at) > this.lastBefore(best, at);
      if (candidateTokens.length <= bestLength && !tie) continue;
      // "David Rubin of David Rubin & Partners": a full name is the person, not the firm.
      if (tokens.length >= 2 && candidate.includes('&')) continue;
      if (tokens.every((token) => candidateTokens.includes(token))) {
        best = candidate;
        bestLength = candidateTokens.length;
      }
    }
    return best;
  }
}

function tokensOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s?\b/gu, '')
    .split(/[\s]+/u)
    .map((token) => token.replace(/\.$/u, '').replace(/^['‘’"“”]+|['‘’"“”]+$/gu, ''))
    .filter((token) => token !== '');
}

/**
 * Each sentence's words and the index of the text's full names, read in one pass over
 * `sentences` (the text's, from `segmentText`).
 */
export function indexSentences(
  text: string,
  sentences: readonly { start: number; end: number }[],
): { sentenceWords: Word[][]; index: NameIndex } {
  const index = new NameIndex();
  const sentenceWords: Word[][] = [];
  for (const sentence of sentences) {
    const words = wordsIn(text, sentence.start, sentence.end);
    sentenceWords.push(words);
    index.addSentence(text, words);
  }
  return { sentenceWords, index };
}
