import { useEffect, useId, useRef, useState } from 'react';
import type { SearchLanguage } from '../../../preload/contract';
import { searchLanguages } from '../../../preload/contract';
import { CloseIcon } from '../../components/icons';

interface SearchBoxProps {
  /** The case's search language, and a way to change it (re-indexes the case). */
  language: SearchLanguage | null;
  onLanguage(language: SearchLanguage): void;
  query: string;
  onQuery(query: string): void;
  onClear(): void;
  /** Enter: open the first result. */
  onSubmit(): void;
  /** Arrow Down: move into the results. */
  onEnterResults(): void;
  /** Changes when Ctrl+K asks for the box. */
  focusSeq: number;
}

/** The search field at the top of the sidebar, with its syntax help. Ctrl+K (⌘K) focuses it. */
export function SearchBox({
  query,
  onQuery,
  onClear,
  onSubmit,
  onEnterResults,
  focusSeq,
  language,
  onLanguage,
}: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  const [help, setHelp] = useState(false);
  const helpId = useId();
  useEffect(() => {
    if (focusSeq > 0) input.current?.select();
  }, [focusSeq]);
  return (
    <div className="search-box" role="search">
      <input
        ref={input}
        type="search"
        className="search-box__input"
        placeholder="Search sources, claims, notes"
        aria-label="Search"
        data-testid="search-input"
        value={query}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query) {
            event.preventDefault();
            event.stopPropagation();
            onClear();
          } else if (event.key === 'Enter') {
            event.preventDefault();
            onSubmit();
          } else if (event.key === 'ArrowDown') {
            event.preventDefault();
            onEnterResults();
          }
        }}
      />
      {query ? (
        <button
          type="button"
          className="icon-button search-box__clear"
          aria-label="Clear search"
          onClick={onClear}
        >
          <CloseIcon />
        </button>
      ) : null}
      <button
        type="button"
        className="icon-button search-box__help"
        aria-label="Search syntax"
        aria-expanded={help}
        aria-controls={helpId}
        data-testid="search-help-button"
        onClick={() => setHelp((open) => !open)}
      >
        ?
      </button>
      {help ? (
        <SearchHelp
          id={helpId}
          onClose={() => setHelp(false)}
          language={language}
          onLanguage={onLanguage}
        />
      ) : null}
    </div>
  );
}

const EXAMPLES: ReadonlyArray<[string, string]> = [
  ['Shoigu', 'passages, titles, claims and notes that name him'],
  ['"armored train"', 'the words together, in this order'],
  ['+Kim -Putin', 'must have Kim, must not have Putin'],
  ['title:summit', 'only in titles (also body:, tags:, outlet:)'],
  ['Vladi*', 'words starting with Vladi'],
  ['Shoygu~1', 'one letter may differ'],
  ['lunch^3 dinner', 'lunch counts three times as much'],
];

function SearchHelp({
  id,
  onClose,
  language,
  onLanguage,
}: {
  id: string;
  onClose(): void;
  language: SearchLanguage | null;
  onLanguage(language: SearchLanguage): void;
}) {
  return (
    <div
      id={id}
      className="search-help"
      role="dialog"
      aria-label="Search syntax"
      data-testid="search-help"
    >
      <header className="search-help__header">
        <h3>Search syntax</h3>
        <button
          type="button"
          className="icon-button"
          aria-label="Close syntax help"
          onClick={onClose}
        >
          <CloseIcon />
        </button>
      </header>
      <dl className="search-help__list">
        {EXAMPLES.map(([example, meaning]) => (
          <div key={example}>
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="search-help__note">
        Any script works: Cyrillic, Greek, Arabic, Hebrew, CJK. English words match their other
        forms (train, trains). Enter opens the first result; F3 and Shift+F3 step through the hits
        in the reader.
      </p>
      <label className="search-help__language">
        <span>Language of this case’s reports</span>
        <select
          data-testid="search-language"
          value={language ?? 'en'}
          onChange={(event) => onLanguage(event.target.value as SearchLanguage)}
        >
          {searchLanguages.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
