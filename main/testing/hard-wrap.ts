/**
 * Greedy word wrap of every paragraph (blank-line separated) at `width` columns, as plain-text
 * mail, `fmt` and PDF text layers give text. For tests and benchmarks of reflow and alignment.
 */
export function hardWrap(text: string, width: number): string {
  return text
    .split('\n\n')
    .map((paragraph) => {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(/\s+/)) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n');
}
