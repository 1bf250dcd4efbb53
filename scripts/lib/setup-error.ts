/**
 * A problem with the local machine or checkout that the developer has to fix (missing Java, a
 * port in use, no browser). Scripts print its message as one line, without a stack trace.
 */
export class SetupError extends Error {
  override name = 'SetupError';
}

/** Runs a script's main function; a SetupError becomes one clear line and exit code 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof SetupError) {
      console.error(`\n✖ ${error.message}\n`);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
