import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupEntities } from '../core/facts/entities';
import { createEntityRecognizer } from './entity-recognizer';

const seedsDir = join(import.meta.dirname, '../../seeds');
const seedFiles = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seedTexts = seedFiles.map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const recognizer = createEntityRecognizer();

describe('createEntityRecognizer (compromise + refineMentions) on the seed reports', () => {
  const sources = seedTexts.map((text, sourceId) => ({
    sourceId,
    mentions: recognizer.recognize(text),
  }));
  const { entities, keyOf } = groupEntities(sources, []);
  const entity = (name: string) => entities.find((e) => e.key === keyOf(name));

  it('gives exact UTF-16 ranges', () => {
    sources.forEach(({ mentions }, i) => {
      for (const m of mentions) expect(seedTexts[i]!.slice(m.start, m.end)).toBe(m.text);
    });
  });

  it.each([
    ['Jo Chun Ryong', 'person', [2, 3], ['Jo Chun Ryong', 'Jo Chun-ryong']],
    ['Kim Jong Un', 'person', [0, 1, 2, 3, 4], ['Kim Jong Un', 'Kim Jong-un', 'Kim']],
    ['Dmitry S. Peskov', 'person', [0, 1, 2, 3], ['Dmitry S. Peskov', 'Dmitry Peskov', 'Peskov']],
    ['Sergei Shoigu', 'person', [0, 1, 2, 3, 4], ['Sergei Shoigu']],
    ['Vladivostok', 'place', [0, 1, 2, 3, 4], ['Vladivostok']],
    ['Unification Ministry', 'organization', [2, 3], ['Unification Ministry']],
    ['Korean Central News Agency', 'organization', [0, 1, 2], ['Korean Central News Agency']],
  ])('finds %s (%s) in sources %j with variants %j', (name, kind, sourceIds, variants) => {
    const found = entity(name);
    expect(found, name).toBeDefined();
    expect(found!.kind).toBe(kind);
    expect(found!.counts.map((c) => c.sourceId)).toEqual(sourceIds);
    expect(found!.variants).toEqual(expect.arrayContaining(variants));
  });

  it('keeps Kim Myong Sik apart from Kim Jong Un', () => {
    expect(keyOf('Kim Myong Sik')).not.toBeNull();
    expect(keyOf('Kim Myong Sik')).not.toBe(keyOf('Kim Jong Un'));
  });

  it('maps originators as written to their entity', () => {
    expect(keyOf('South Korea’s Unification Ministry')).toBe(keyOf('Unification Ministry'));
    expect(keyOf('Kremlin spokesman Dmitry Peskov')).toBeNull(); // a phrase, not a name
    expect(keyOf('Peskov')).toBe(keyOf('Dmitry Peskov'));
    expect(keyOf('KCNA')).toBe(keyOf('Korean Central News Agency'));
  });
});

describe('createEntityRecognizer on large input', () => {
  it(
    'handles one 3 MB line and many paragraphs without overflowing, offsets exact',
    { timeout: 60_000 },
    () => {
      const paragraph = seedTexts[2]!.split('\n').slice(0, 3).join(' ');
      const oneLine = Array.from({ length: 40 }, () => paragraph).join(' ');
      const text = `${oneLine}\n\n${Array.from({ length: 40 }, () => paragraph).join('\n')}`;
      const mentions = recognizer.recognize(text);
      expect(mentions.length).toBeGreaterThan(400);
      for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (let i = 1; i < mentions.length; i++)
        expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    },
  );

  it('returns nothing for empty or blank text', () => {
    expect(recognizer.recognize('')).toEqual([]);
    expect(recognizer.recognize('\n\n  \n')).toEqual([]);
  });
});
