// An error the command line reports as a plain message, without a stack trace, and exits with.
export const EXIT_BAD_INPUT = 2;

export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = EXIT_BAD_INPUT) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Runs a command on this process's arguments: its output to stdout, a CliError's message to stderr with its exit code. */
export function runCommand(command: (argv: readonly string[], out: (text: string) => void) => void): void {
  try {
    command(process.argv.slice(2), (text) => process.stdout.write(text));
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(`Unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
