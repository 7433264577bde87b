// The `corroborate` command keeps cases with node:sqlite (Node 22.13 and later). On an older
// Node, importing the CLI would stop at once with ERR_UNKNOWN_BUILTIN_MODULE; the launcher asks
// this first and says what to install instead.

/** Why this Node cannot run the CLI, or null when it can. */
export function unsupportedNode(
  version: string,
  builtin: (name: string) => unknown,
): string | null {
  if (builtin('node:sqlite') !== undefined) return null;
  return (
    `corroborate needs Node.js 22.13 or newer: it keeps cases in SQLite through node:sqlite, ` +
    `which Node ${version} does not have. Install a current Node.js, or run it from the project ` +
    `with \`npm run corroborate -- …\`, which uses the Node 22 the project pins.`
  );
}
