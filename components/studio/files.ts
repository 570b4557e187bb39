/** The text of the file chosen in a file input (UTF-8; a BOM is dropped by the parsers). */
export async function chosenFile(e: Event): Promise<{ name: string; text: string } | null> {
  const input = e.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return null;
  const text = await file.text();
  input.value = ''; // choosing the same file again fires change again
  return { name: file.name, text };
}
