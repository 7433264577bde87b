import type { CliOutput } from '../cli-output';

/** The options every command may receive; each command says which it accepts. */
export interface CliOptions {
  json: boolean;
  batch?: string;
  out?: string;
  /** `import`: the size cap per file, in MB (default 50). */
  maxSizeMb?: number | undefined;
  /** `export`: md, csv, json, html, pdf, w3c or qdpx (checked by the command). */
  format?: string | undefined;
  /** `export --format md`: group claims under `tag` (default) or `source`. */
  groupBy?: string | undefined;
  /** `export --format csv`: start with a byte order mark for Excel. */
  bom?: boolean | undefined;
  /** `export`: only these claims, as ids separated by commas ("3,5,8"). */
  claims?: string | undefined;
  /** `facts --pair`: two text files instead of a case. */
  pair?: boolean | undefined;
}

/** Options only some commands take; runCli refuses them for any command not listing them. */
export type CommandOnlyOption = 'format' | 'groupBy' | 'bom' | 'claims' | 'pair';

export interface CliInvocation {
  /** Positional arguments after the command name. */
  args: string[];
  options: CliOptions;
  output: CliOutput;
}

/** What a command returns: an exit status, or `usage` when the arguments do not fit it. */
export type CommandResult = number | 'usage';

export interface CliCommand {
  name: string;
  /** Help lines: the synopsis first, then indented explanation. */
  help: string;
  /** Which command-only options it takes (none if absent). */
  accepts?: readonly CommandOnlyOption[];
  run(invocation: CliInvocation): Promise<CommandResult>;
}
