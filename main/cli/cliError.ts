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
