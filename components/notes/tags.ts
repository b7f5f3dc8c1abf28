/** Tags as typed: separated by ASCII or full-width commas, 、 or semicolons; blanks and repeats dropped. */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(/[,，、;；]/).map((tag) => tag.trim()).filter(Boolean))];
}

/** Tags joined for editing, with the separator a Chinese writer types. */
export function formatTags(tags: readonly string[]): string {
  return tags.join('、');
}
