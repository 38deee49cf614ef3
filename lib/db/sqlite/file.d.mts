/** The absolute path of the file a `file:PATH` URL names, PATH relative to `root` (default: the working directory). */
export function databaseFile(url: string, root?: string): string;
