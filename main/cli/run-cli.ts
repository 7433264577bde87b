import { parseArgs } from 'node:util';
import type { CliOutput } from './cli-output';
import { alignCommand } from './commands/align-command';
import { importCommand, sourcesCommand } from './commands/case-commands';
import { searchCommand } from './commands/search';
import { claimsCommand } from './commands/claims';
import { factsCommand } from './commands/facts';
import type { CliCommand, CommandOnlyOption } from './commands/cli-command';
import {
  exportCommand,
  importAnnotationsCommand,
  openExchangeCommand,
} from './commands/export-commands';

export type { CliOutput } from './cli-output';

const COMMANDS: readonly CliCommand[] = [
  importCommand,
  sourcesCommand,
  claimsCommand,
  factsCommand,
  searchCommand,
  alignCommand,
  exportCommand,
  openExchangeCommand,
  importAnnotationsCommand,
];

export const HELP = `corroborate: compare sources from a terminal (JSON out with --json)

Usage:
${COMMANDS.map((command) => `  ${command.help}`).join('\n')}
  corroborate --help

Run from a checkout with: npm run corroborate -- <command> …`;

/** Runs one CLI command; returns the exit status. Never touches the analyst's recent cases. */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      // --no-bom: booleans can be turned off.
      allowNegative: true,
      options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        batch: { type: 'string' },
        out: { type: 'string' },
        'max-size-mb': { type: 'string' },
        format: { type: 'string' },
        'group-by': { type: 'string' },
        bom: { type: 'boolean' },
        claims: { type: 'string' },
        pair: { type: 'boolean' },
      },
    });
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 1;
  }
  const [name, ...args] = parsed.positionals;
  if (parsed.values.help || name === undefined || name === 'help') {
    output.out(HELP);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  const { json, batch, out } = parsed.values;
  const maxSize = parsed.values['max-size-mb'];
  const maxSizeMb = maxSize === undefined ? undefined : Number(maxSize);
  if (maxSizeMb !== undefined && !(Number.isFinite(maxSizeMb) && maxSizeMb > 0)) {
    output.err(`--max-size-mb takes a positive number of megabytes, not "${maxSize}".`);
    return 1;
  }
  const { format, bom, claims, pair } = parsed.values;
  const options = { json: json === true, batch, out, maxSizeMb };
  const only = { format, groupBy: parsed.values['group-by'], bom, claims, pair };
  const given = (Object.keys(only) as CommandOnlyOption[]).filter((key) => only[key] !== undefined);
  const accepted = given.every((key) => command?.accepts?.includes(key));
  const result =
    command && accepted
      ? await command.run({ args, options: { ...options, ...only }, output })
      : 'usage';
  if (result !== 'usage') return result;
  output.err(`Unknown or incomplete command: ${argv.join(' ')}\n\n${HELP}`);
  return 1;
}
