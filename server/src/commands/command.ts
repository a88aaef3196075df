/** One `biblio-server` command: it receives the arguments after its name. */
export type Command = (args: string[]) => Promise<void>;

/** A command called wrongly: cli.ts prints the message and the usage to stderr and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
