/** The text of the file chosen in a file input (UTF-8; a BOM is dropped by the parsers). */
export async function chosenFile(e: Event): Promise<{ name: string; text: string } | null> {
  const input = e.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return null;
  const text = await file.text();
  input.value = ''; // choosing the same file again fires change again
  return { name: file.name, text };
}

/** Save a file made elsewhere (the worker's export) from the studio page. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
