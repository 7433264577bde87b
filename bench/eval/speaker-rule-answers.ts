// Writes the speaker the rules give each gold quote, as a JSON map from gold id to
// { found, speaker, start, end }, for the reranker experiment (speaker-ranker.ts). The code is
// read from `<root>/main/core/facts/quotes.ts`, so an older checkout gives the answers of rules
// that had not seen a set:
//
//   git worktree add /tmp/wt 7142249 && ln -s "$PWD/node_modules" /tmp/wt/node_modules
//   node_modules/node/bin/node --import tsx --disable-warning=ExperimentalWarning \
//     bench/eval/speaker-rule-answers.ts /tmp/wt out.json bench/eval/data/speakers-gold-10.json …

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldSpeaker } from './speakers';

interface Quote {
  text: string;
  start: number;
  end: number;
  speaker: string | null;
}

const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

async function main(): Promise<void> {
  const [root, out, ...files] = process.argv.slice(2);
  if (root === undefined || out === undefined) throw new Error('usage: <root> <out.json> <gold>…');
  const here = fileURLToPath(new URL('.', import.meta.url));
  const corpus = join(here, '..', '..', '..', 'shared', 'bench', 'bbc-news');
  const module = (await import(join(root, 'main', 'core', 'facts', 'quotes.ts'))) as {
    extractQuotes: (text: string) => Quote[];
  };
  const answers: Record<
    number,
    { found: boolean; speaker: string | null; start: number; end: number }
  > = {};
  for (const file of files) {
    const gold = (JSON.parse(readFileSync(file, 'utf8')) as { items: GoldSpeaker[] }).items;
    for (const item of gold) {
      if (item.notQuote === true) continue;
      const text = readFileSync(join(corpus, item.article), 'utf8');
      const start = comparable(item.quoteStart);
      const quotes = module.extractQuotes(text);
      const quote =
        quotes.find((candidate) => comparable(candidate.text).startsWith(start)) ??
        quotes.find((candidate) => comparable(candidate.text).includes(start));
      answers[item.id] = {
        found: quote !== undefined,
        speaker: quote?.speaker ?? null,
        start: quote?.start ?? -1,
        end: quote?.end ?? -1,
      };
    }
  }
  writeFileSync(out, JSON.stringify(answers));
  console.log(`${Object.keys(answers).length} answers → ${out}`);
}

await main();
