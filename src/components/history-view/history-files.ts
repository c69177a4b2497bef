/** The history as files: JSON and CSV downloads, and a JSON file chosen to import. */
import type { ImportResult, SessionStore } from '../../storage';

const EXPORTS = {
  json: { type: 'application/json', write: (store: SessionStore) => store.exportJson() },
  csv: { type: 'text/csv', write: (store: SessionStore) => store.exportCsv() },
};

export type ExportFormat = keyof typeof EXPORTS;

function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download reads the blob after this task; revoking at once could cut it off.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function datedFileName(extension: string): string {
  return `glute-coach-history-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

/** Downloads the whole history as `glute-coach-history-<today>.json` or `.csv`. */
export async function downloadHistory(store: SessionStore, format: ExportFormat): Promise<void> {
  const { type, write } = EXPORTS[format];
  download(datedFileName(format), type, await write(store));
}

/** Imports the file chosen in `input`, if any, and clears the choice so the same file can be chosen again. */
export async function importChosenFile(input: HTMLInputElement, store: SessionStore): Promise<ImportResult | null> {
  const file = input.files?.[0];
  // Cleared so choosing the same file again (after fixing it) fires change once more.
  input.value = '';
  return file ? store.importJson(await file.text()) : null;
}
