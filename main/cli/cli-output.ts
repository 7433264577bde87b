/** Where a command writes: one call per line, without the trailing newline. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}
