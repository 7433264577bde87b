import { useCallback, useMemo, useRef, type Ref } from 'react';
import type { CaseInfo } from '../../../preload/contract';
import { api } from '../../api';
import type { UiAction } from '../../app/store';
import { readAsBase64 } from '../import/droppedFiles';

interface ExchangeDeps {
  dispatch(action: UiAction): void;
  onCaseOpened(info: CaseInfo, notice?: string): void;
}

/**
 * Export and the two exchange imports: a case JSON or .qdpx opened as a new case, and W3C Web
 * Annotations added to the open case. Files are chosen with file inputs in both shells.
 */
export function useExchange({ dispatch, onCaseOpened }: ExchangeDeps) {
  const caseInput = useRef<HTMLInputElement | null>(null);
  const annotationsInput = useRef<HTMLInputElement | null>(null);
  const notify = useCallback(
    (text: string, tone: 'info' | 'warning' | 'success') =>
      dispatch({ type: 'showNotice', text, tone }),
    [dispatch],
  );

  const openExport = useCallback(
    (claimIds: number[] | null = null) =>
      dispatch({ type: 'openOverlay', overlay: { kind: 'export', claimIds } }),
    [dispatch],
  );

  const onCaseFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      try {
        const info = await api.importCaseFile({
          fileName: file.name,
          data: await readAsBase64(file),
        });
        // The new case gets a new workbench, which shows the notice when it opens.
        onCaseOpened(info, `Opened “${file.name}” as the new case “${info.name}” (${info.path})`);
      } catch (error) {
        notify(`Could not open “${file.name}”: ${messageOf(error)}`, 'warning');
      }
    },
    [notify, onCaseOpened],
  );

  const onAnnotationsFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      try {
        const result = await api.importAnnotations({ text: await file.text() });
        const skipped =
          result.skipped.length > 0
            ? `; ${result.skipped.length} skipped (${result.skipped[0]?.reason ?? ''})`
            : '';
        notify(
          `Imported ${result.claims} claims from “${file.name}”${skipped}`,
          skipped ? 'warning' : 'success',
        );
      } catch (error) {
        notify(`Could not import “${file.name}”: ${messageOf(error)}`, 'warning');
      }
    },
    [notify],
  );

  const inputs = (
    <>
      <FileInput
        ref={caseInput}
        accept=".json,.qdpx"
        testId="exchange-case-input"
        onFile={onCaseFile}
      />
      <FileInput
        ref={annotationsInput}
        accept=".jsonld,.json"
        testId="exchange-annotations-input"
        onFile={onAnnotationsFile}
      />
    </>
  );

  return useMemo(
    () => ({
      inputs,
      openExport,
      openExchangedCase: () => caseInput.current?.click(),
      importAnnotations: () => annotationsInput.current?.click(),
    }),
    // The inputs element is rebuilt with its callbacks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [openExport, onCaseFile, onAnnotationsFile],
  );
}

/** A hidden file chooser that hands over one file and can choose the same file again. */
function FileInput({
  ref,
  accept,
  testId,
  onFile,
}: {
  ref: Ref<HTMLInputElement>;
  accept: string;
  testId: string;
  onFile(file: File | undefined): Promise<void>;
}) {
  return (
    <input
      ref={ref}
      type="file"
      hidden
      accept={accept}
      data-testid={testId}
      onChange={(event) => {
        void onFile(event.target.files?.[0]);
        event.target.value = '';
      }}
    />
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
