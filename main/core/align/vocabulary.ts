import { featureStem, normalizeWord } from './normalize-word';
import { numberWordOf, type NumberWord } from './number-words';
import { STOP_WORDS } from './stop-words';

const PENDING = -2;
/** Feature id of a word that is never a feature (a stop word). */
export const NO_FEATURE = -1;

/**
 * Integer ids for normalised word forms, shared by every text prepared together so their ids
 * compare. Each form also has a feature id (the id of its stem, or NO_FEATURE for a stop word)
 * and, for number words, what number it names. Only grows; ids are never reused.
 */
export class Vocabulary {
  private readonly idsByForm = new Map<string, number>();
  private readonly idsByWord = new Map<string, number>();
  private readonly forms: string[] = [];
  private readonly features: number[] = [];
  private readonly numbers: (NumberWord | null)[] = [];

  /** Number of distinct forms. */
  get size(): number {
    return this.forms.length;
  }

  /** The id of a normalised form, added when new. */
  idOf(form: string): number {
    let id = this.idsByForm.get(form);
    if (id === undefined) {
      id = this.forms.length;
      this.idsByForm.set(form, id);
      this.forms.push(form);
      this.features.push(PENDING);
      this.numbers.push(numberWordOf(form));
    }
    return id;
  }

  /** The id of a word as written (normalised once per distinct spelling). */
  idOfWord(written: string): number {
    let id = this.idsByWord.get(written);
    if (id === undefined) {
      id = this.idOf(normalizeWord(written));
      this.idsByWord.set(written, id);
    }
    return id;
  }

  /** The normalised form of an id. */
  formOf(id: number): string {
    return this.forms[id] ?? '';
  }

  /** The number word an id names, or null. */
  numberOf(id: number): NumberWord | null {
    return this.numbers[id] ?? null;
  }

  /** The feature id of an id: its stem's id, or NO_FEATURE for stop words. */
  featureOf(id: number): number {
    const known = this.features[id] ?? NO_FEATURE;
    if (known !== PENDING) return known;
    const form = this.formOf(id);
    const stem = featureStem(form);
    const feature =
      STOP_WORDS.has(form) || STOP_WORDS.has(stem)
        ? NO_FEATURE
        : stem === form
          ? id
          : this.idOf(stem);
    this.features[id] = feature;
    return feature;
  }
}
