import { useCallback, useMemo, useReducer, useRef } from 'react';
import type { HostInfo, ImportedFile } from '../../../preload/contract';
import { api } from '../../api';
import { toError } from '../../lib/useQuery';
import { batchReducer, tooLarge, type ImportBatch } from './importBatch';
import { filesFromFolderInput, readAsBase64 } from './droppedFiles';
import { runInOrder } from './inOrder';

/**
 * Files sent side by side: main commits files that arrive together in one transaction, so a
 * drop of many files costs a few commits instead of one each. Bounded, as each holds its bytes.
 */
const UPLOADS_IN_FLIGHT = 4;

export interface Importer {
  batch: ImportBatch | null;
  /** Files the UI holds (a drop, a file input): read here and sent a few at a time. */
  importFiles(files: readonly File[]): void;
  importPasted(title: string, text: string): void;
  /** "Import Files…" / "Import Folder…": the native dialog in Electron, a file input elsewhere. */
  choose(kind: 'files' | 'folder'): void;
  dismiss(): void;
  /** Callback refs for the hidden inputs the browser host opens; rendered by ImportLayer. */
  bindInput(kind: 'files' | 'folder'): (element: HTMLInputElement | null) => void;
  onInputChange(kind: 'files' | 'folder', list: FileList | null): void;
}

/**
 * Runs imports in order, a few files in flight at a time, however they arrive (several drops in
 * a row join the running batch), and keeps the batch the tray shows. Main parses each file in
 * its worker; this only reads bytes and reports.
 */
export function useImport(host: HostInfo): Importer {
  const [batch, dispatch] = useReducer(batchReducer, null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const pendingJobs = useRef(0);
  const nextRow = useRef(0);
  const inputs = useRef<{ files: HTMLInputElement | null; folder: HTMLInputElement | null }>({
    files: null,
    folder: null,
  });
  const maxBytes = host.maxImportBytes;

  const enqueue = useCallback(
    (names: readonly string[], work: (offset: number) => Promise<void>) => {
      if (pendingJobs.current === 0) nextRow.current = 0;
      dispatch({ type: 'add', names });
      const offset = nextRow.current;
      nextRow.current += names.length;
      pendingJobs.current += 1;
      const job = async () => {
        try {
          await work(offset);
        } catch (error) {
          dispatch({ type: 'finish', error: toError(error).message });
        } finally {
          pendingJobs.current -= 1;
          if (pendingJobs.current === 0) dispatch({ type: 'finish' });
        }
      };
      chain.current = chain.current.then(job);
    },
    [],
  );

  const importFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      enqueue(
        files.map((file) => file.name),
        (offset) =>
          runInOrder(files, UPLOADS_IN_FLIGHT, sendFile, {
            onStart: (index) => dispatch({ type: 'reading', index: offset + index }),
            onResult: (result, index) =>
              dispatch({ type: 'result', index: offset + index, result }),
          }),
      );
      async function sendFile(file: File): Promise<ImportedFile> {
        if (file.size > maxBytes) return tooLarge(file.name, file.size, maxBytes);
        try {
          return await api.importData({ name: file.name, data: await readAsBase64(file) });
        } catch (error) {
          return { fileName: file.name, status: 'refused', message: toError(error).message };
        }
      }
    },
    [enqueue, maxBytes],
  );

  const importPasted = useCallback(
    (title: string, text: string) => {
      const name = title.trim() || 'Pasted text';
      enqueue([name], async (offset) => {
        dispatch({ type: 'reading', index: offset });
        let result: ImportedFile;
        try {
          result = await api.importPasted({ title, text });
        } catch (error) {
          result = { fileName: name, status: 'refused', message: toError(error).message };
        }
        dispatch({ type: 'result', index: offset, result });
      });
    },
    [enqueue],
  );

  const importPaths = useCallback(
    (paths: readonly string[]) => {
      const label = paths.length === 1 ? baseName(paths[0] ?? '') : `${paths.length} items`;
      enqueue([label], async (offset) => {
        dispatch({ type: 'reading', index: offset });
        const stop = api.onImportProgress((progress) =>
          dispatch({ type: 'progress', offset, progress }),
        );
        try {
          const results = await api.importFiles({ paths: [...paths] });
          if (results.length === 0) {
            const message = `${label} holds no files Corroborate can read.`;
            dispatch({ type: 'result', index: offset, result: refusal(label, message) });
          }
        } finally {
          stop();
        }
      });
    },
    [enqueue],
  );

  const choose = useCallback(
    (kind: 'files' | 'folder') => {
      if (!host.nativeDialogs) {
        inputs.current[kind]?.click();
        return;
      }
      void api.chooseImport({ kind }).then(
        (paths) => {
          if (paths) importPaths(paths);
        },
        (error: unknown) => enqueue(['Import'], () => Promise.reject(toError(error))),
      );
    },
    [enqueue, host.nativeDialogs, importPaths],
  );

  const onInputChange = useCallback(
    (kind: 'files' | 'folder', list: FileList | null) => {
      if (!list) return;
      importFiles(kind === 'folder' ? filesFromFolderInput(list) : Array.from(list));
    },
    [importFiles],
  );

  const bindInput = useCallback(
    (kind: 'files' | 'folder') => (element: HTMLInputElement | null) => {
      inputs.current[kind] = element;
    },
    [],
  );

  const dismiss = useCallback(() => {
    if (pendingJobs.current === 0) dispatch({ type: 'clear' });
  }, []);

  return useMemo(
    () => ({
      batch,
      importFiles,
      importPasted,
      choose,
      dismiss,
      bindInput,
      onInputChange,
    }),
    [batch, importFiles, importPasted, choose, dismiss, bindInput, onInputChange],
  );
}

function refusal(fileName: string, message: string): ImportedFile {
  return { fileName, status: 'refused', message };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}
