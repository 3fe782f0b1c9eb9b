// Reads a command's options with Node's parser, turning its complaints (an unknown option, a
// missing value) into a CliError that shows the command's usage.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { CliError } from './cliError';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandLine<O extends Options>(argv: readonly string[], options: O, usage: string) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${usage}`);
  }
}
