// Tag colours: the Okabe–Ito palette and a few more hues, distinct under the common
// colour-vision deficiencies and readable as translucent highlights in both themes.

export const tagPalette = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#d55e00',
  '#cc79a7',
  '#0072b2',
  '#c9b000',
  '#8f6bd1',
  '#7a8a99',
] as const;

/** A colour for the next new tag: the palette in turn. */
export function nextTagColor(tagCount: number): string {
  return tagPalette[tagCount % tagPalette.length] ?? tagPalette[0];
}
