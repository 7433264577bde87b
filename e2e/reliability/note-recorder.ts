// What the note editor showed, recorded inside the page as it happened, so the test knows
// exactly which text was on screen beside "Saved" when the host was killed.

export interface SavedShown {
  /** Date.now() in the page: the same clock as the test's. */
  at: number;
  value: string;
}

export interface NoteLog {
  /** Every value the editor held, in order. */
  values: string[];
  /** Each time the editor's value was on screen beside "Saved". */
  saved: SavedShown[];
  /** ms from the last keystroke to each turn of the status from "Saving…" to "Saved". */
  latencies: number[];
  /** Save requests the page sent. */
  saveRequests: number;
}

declare global {
  interface Window {
    noteLog?: NoteLog;
    /** Bound by the test: told the moment the page sends a note's save. */
    noteSaveStarted?: () => Promise<void>;
  }
}

/** The init script (runs in every page before the app): no closure over test code. */
export function installNoteRecorder(): void {
  const log: NoteLog = { values: [], saved: [], latencies: [], saveRequests: 0 };
  window.noteLog = log;
  let lastInputAt: number | null = null;
  let lastStatus = '';
  let lastValue: string | null = null;
  let lastSaved: string | null = null;

  const noteValue = (value: string) => {
    if (value !== lastValue) log.values.push(value);
    lastValue = value;
  };
  // Every keystroke's value (several can land between two frames, and a save may take any of
  // them) but not the status: at capture React has not rendered the new status yet, so reading
  // the pair now would pair new text with the old "Saved".
  document.addEventListener(
    'input',
    (event) => {
      lastInputAt = performance.now();
      if (event.target instanceof HTMLTextAreaElement) noteValue(event.target.value);
    },
    true,
  );

  const check = () => {
    const editor = document.querySelector<HTMLTextAreaElement>(
      'textarea[data-testid="note-editor"]',
    );
    const status = document.querySelector('[data-testid="note-status"]')?.textContent ?? '';
    if (!editor) {
      lastStatus = '';
      lastValue = null;
      lastSaved = null;
      return;
    }
    const value = editor.value;
    noteValue(value);
    if (status === 'Saved' && (lastStatus !== 'Saved' || value !== lastSaved)) {
      log.saved.push({ at: Date.now(), value });
      if (lastStatus === 'Saving…' && lastInputAt !== null) {
        log.latencies.push(Math.round(performance.now() - lastInputAt));
      }
    }
    lastSaved = status === 'Saved' ? value : null;
    lastStatus = status;
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  const everyFrame = () => {
    check();
    requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);

  const send = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes(encodeURIComponent('notes:save'))) {
      log.saveRequests += 1;
      void window.noteSaveStarted?.();
    }
    return send(input, init);
  };
}

/** Seeded, so a failing run can be replayed with NOTE_SEED. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'lead',
  'check the readout',
  'Vladivostok',
  '(002)',
  ' ',
  ' ',
  ' ',
  '\n',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '👩‍👩‍👧',
  '🏳️‍🌈',
  '👍🏽',
  'مرحبا بالعالم',
  'في موسكو',
  'שלום עולם',
  'פגישה',
  'e\u0301te\u0301',
  'A\u030A',
  '漢字',
  '𝟘𝟙',
] as const;

/** A burst of typing: pieces of text, each typed at once, with the pause after it in ms. */
export function randomBurst(random: () => number): { text: string; pauseMs: number }[] {
  const length = 4 + Math.floor(random() * 10);
  return Array.from({ length }, () => {
    const text = PIECES[Math.floor(random() * PIECES.length)] ?? ' ';
    // Mostly quick typing; now and then a pause long enough for a save mid-burst.
    const pauseMs = random() < 0.12 ? 520 + random() * 300 : random() * 120;
    return { text, pauseMs: Math.round(pauseMs) };
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
