import { useEffect, useRef, useState } from 'react';
import { importableExtensions } from '../../../preload/contract';
import { filesFromDrop } from './droppedFiles';
import { ImportTray } from './ImportTray';
import type { Importer } from './useImport';
import './import.css';

interface ImportLayerProps {
  importer: Importer;
  caseName: string;
  onOpenSource(sourceId: number): void;
  /** Text pasted outside any field: offered as a new source. */
  onPasteText(text: string): void;
}

/**
 * Everything import puts on the window: the hidden file inputs the browser host opens, the drop
 * target that covers the window while files are dragged over it, the paste listener and the
 * tray with per-file progress and the summary.
 */
export function ImportLayer({ importer, caseName, onOpenSource, onPasteText }: ImportLayerProps) {
  const dragging = useDragOverWindow(importer.importFiles);
  usePasteOutsideFields(onPasteText);
  return (
    <>
      <input
        ref={importer.bindInput('files')}
        type="file"
        multiple
        hidden
        accept={importableExtensions.join(',')}
        data-testid="import-file-input"
        onChange={(event) => {
          importer.onInputChange('files', event.currentTarget.files);
          event.currentTarget.value = '';
        }}
      />
      <input
        ref={importer.bindInput('folder')}
        type="file"
        hidden
        data-testid="import-folder-input"
        {...{ webkitdirectory: '' }}
        onChange={(event) => {
          importer.onInputChange('folder', event.currentTarget.files);
          event.currentTarget.value = '';
        }}
      />
      {dragging ? (
        <div className="drop-target" data-testid="drop-target" aria-hidden="true">
          <div className="drop-target__card">
            <p className="drop-target__title">Drop to import into “{caseName}”</p>
            <p className="drop-target__hint">
              Text, Markdown, saved web pages, Word (.docx) and PDF files, or folders of them
            </p>
          </div>
        </div>
      ) : null}
      {importer.batch ? (
        <ImportTray batch={importer.batch} onDismiss={importer.dismiss} onOpen={onOpenSource} />
      ) : null}
    </>
  );
}

/**
 * Files dragged over the window show the drop target; dropping them imports them. Every file
 * drag is claimed, so a file dropped anywhere is never opened by the browser in place of the app.
 */
function useDragOverWindow(onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const latest = useRef(onFiles);
  useEffect(() => {
    latest.current = onFiles;
  }, [onFiles]);

  useEffect(() => {
    const carriesFiles = (event: DragEvent) =>
      Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      void filesFromDrop(event.dataTransfer).then((files) => latest.current(files));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return dragging;
}

/** Ctrl/Cmd+V with no field focused offers the clipboard's text as a new source. */
function usePasteOutsideFields(onText: (text: string) => void): void {
  const latest = useRef(onText);
  useEffect(() => {
    latest.current = onText;
  }, [onText]);
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        (target.isContentEditable || target.closest('input, textarea, select, dialog'))
      ) {
        return;
      }
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.trim().length === 0) return;
      event.preventDefault();
      latest.current(text);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);
}
