import type { ImportedFile } from '../../preload/contract';
import type { Random } from './analyst-ops';

/** One file of a folder the import-kill child imports, and what the import must make of it. */
export interface PlannedFile {
  name: string;
  bytes: Uint8Array;
  expected: ImportedFile['status'];
  /** A word only this file's text holds (a copy holds its original's). */
  token: string;
}

const BODY = [
  'Officials said talks would resume next week.',
  'The ministry declined to comment on the figures.',
  'Witnesses described a long queue outside the station.',
  'The agency said the report had been corrected.',
];

/**
 * The files of folder `folder` in round `round`, in the order the import reads them (name
 * order): 3–16 new reports, sometimes a copy of one of them under another name (imported and
 * linked), a binary file (refused), or the same file as one of the previous folder's (a
 * duplicate, refused as already there).
 */
export function importFolderPlan(
  random: Random,
  round: number,
  folder: number,
  previous: readonly PlannedFile[],
): PlannedFile[] {
  const encoder = new TextEncoder();
  const name = (i: number) =>
    `r${round}-${String(folder).padStart(3, '0')}-${String(i).padStart(2, '0')}.txt`;
  const files: PlannedFile[] = [];
  const count = 3 + random.int(14);
  for (let i = 0; i < count; i++) {
    const token = `kx${round}q${folder}q${i}`;
    const body = [0, 1, 2].map(() => BODY[random.int(BODY.length)]).join(' ');
    const text = `Report ${token}\n\nLONDON — ${body}\n\nReference ${token} closes the report.`;
    files.push({ name: name(i), bytes: encoder.encode(text), expected: 'imported', token });
  }
  const original = files[random.int(files.length)] as PlannedFile;
  if (random.next() < 0.3) {
    files.push({ ...original, name: name(count), expected: 'imported' });
  }
  if (random.next() < 0.2) {
    files.push({
      name: name(count + 1),
      bytes: new Uint8Array([0x01, 0x00, 0x02, 0x00, 0x00, 0x03]),
      expected: 'refused',
      token: '',
    });
  }
  const stored = previous.filter((file) => file.expected === 'imported');
  if (stored.length > 0 && random.next() < 0.3) {
    files.push({ ...(stored[random.int(stored.length)] as PlannedFile), expected: 'duplicate' });
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
