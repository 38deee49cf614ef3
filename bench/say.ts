/** One line of progress or figures, on stderr: with --json, stdout holds the summary alone. */
export const say = (line: string) => process.stderr.write(`${line}\n`);
