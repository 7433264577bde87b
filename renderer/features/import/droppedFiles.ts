// What the analyst dropped or chose, as files: folders are walked (recursively) for the formats
// import reads; files dropped on their own are always sent, since main judges them by content.

import { importableExtensions } from '../../../preload/contract';

const importable = new Set<string>(importableExtensions);

export function isImportableName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && importable.has(name.slice(dot).toLowerCase());
}

/** Files from a drop, folders expanded; read before the event ends, as the spec requires. */
export async function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const entries = Array.from(transfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry(), file: item.getAsFile() }));
  const files: File[] = [];
  for (const { entry, file } of entries) {
    if (entry?.isDirectory) files.push(...(await filesInFolder(entry as FileSystemDirectoryEntry)));
    else if (file) files.push(file);
  }
  return files;
}

/** A folder chosen through `<input webkitdirectory>`: only the formats import reads. */
export function filesFromFolderInput(list: FileList): File[] {
  return Array.from(list)
    .filter((file) => isImportableName(file.name))
    .sort((a, b) => relativePath(a).localeCompare(relativePath(b)));
}

async function filesInFolder(folder: FileSystemDirectoryEntry): Promise<File[]> {
  const children = await readAllEntries(folder.createReader());
  children.sort((a, b) => a.name.localeCompare(b.name));
  const files: File[] = [];
  for (const child of children) {
    if (child.isDirectory) {
      files.push(...(await filesInFolder(child as FileSystemDirectoryEntry)));
    } else if (isImportableName(child.name)) {
      files.push(await fileOf(child as FileSystemFileEntry));
    }
  }
  return files;
}

/** readEntries answers in chunks (100 at a time in Chromium) until it answers empty. */
async function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (chunk.length === 0) return all;
    all.push(...chunk);
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function relativePath(file: File): string {
  return file.webkitRelativePath || file.name;
}

/** A file's bytes as base64, for the import-data operation. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
