import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import ar from 'lunr-languages/lunr.ar';
import da from 'lunr-languages/lunr.da';
import de from 'lunr-languages/lunr.de';
import es from 'lunr-languages/lunr.es';
import fi from 'lunr-languages/lunr.fi';
import fr from 'lunr-languages/lunr.fr';
import hu from 'lunr-languages/lunr.hu';
import it from 'lunr-languages/lunr.it';
import nl from 'lunr-languages/lunr.nl';
import no from 'lunr-languages/lunr.no';
import pt from 'lunr-languages/lunr.pt';
import ro from 'lunr-languages/lunr.ro';
import ru from 'lunr-languages/lunr.ru';
import sv from 'lunr-languages/lunr.sv';
import tr from 'lunr-languages/lunr.tr';
import type { SearchLanguage } from '../../preload/contract';

// The stemmers and stop words of lunr-languages, for a case whose reports are not in English.
// Only their stemmer and stop-word filter are used: tokenizing stays Corroborate's own, since
// each language's trimmer keeps only its own alphabet.

type PipelineFunction = lunr.PipelineFunction;

interface LanguageModule {
  stemmer: PipelineFunction;
  stopWordFilter: PipelineFunction;
}

const lunrWithLanguages = lunr as unknown as Record<string, LanguageModule> & typeof lunr;

stemmerSupport(lunr);
for (const plugin of [ar, da, de, es, fi, fr, hu, it, nl, no, pt, ro, ru, sv, tr]) plugin(lunr);

const ASCII_WORD = /^[a-z]+$/;

/** English: lunr's stemmer on ASCII words only, so other scripts pass through untouched. */
const englishStemmer: PipelineFunction = (token) =>
  token.update((text) => (ASCII_WORD.test(text) ? stemEnglish(text) : text));
lunr.Pipeline.registerFunction(englishStemmer, 'corroborateStemmer');

function stemEnglish(term: string): string {
  return lunr.stemmer(new lunr.Token(term, {})).toString();
}

export interface LanguagePipeline {
  stemmer: PipelineFunction;
  stopWordFilter: PipelineFunction;
}

/** The stemmer and stop-word filter of a case's language. */
export function languagePipeline(language: SearchLanguage): LanguagePipeline {
  if (language === 'en') return { stemmer: englishStemmer, stopWordFilter: lunr.stopWordFilter };
  const module = lunrWithLanguages[language] as Partial<LanguageModule> | undefined;
  if (!module?.stemmer || !module.stopWordFilter) {
    throw new Error(`lunr-languages has no stemmer for "${language}".`);
  }
  return { stemmer: module.stemmer, stopWordFilter: module.stopWordFilter };
}

export function stemWith(language: SearchLanguage, term: string): string {
  const token = languagePipeline(language).stemmer(new lunr.Token(term, {}), 0, []);
  return token ? token.toString() : term;
}

export function isStopWordIn(language: SearchLanguage, term: string): boolean {
  return !languagePipeline(language).stopWordFilter(new lunr.Token(term, {}), 0, []);
}
