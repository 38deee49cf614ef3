/**
 * Runs a command's main and sets its exit code; a failure is one line on stderr, never a stack trace.
 * exitCode, not exit(): output piped to a file (a large export) must be flushed first.
 */
export function runCommand(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
