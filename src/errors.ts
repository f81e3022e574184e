// One error type for everything the user must fix outside the files being checked (usage,
// config, I/O). It carries its exit code; main() has the one catch that prints it.
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
    /** Printed after the message, e.g. where to find usage. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
