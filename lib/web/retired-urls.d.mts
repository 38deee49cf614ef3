/** The body of a 410 page for a removed statement, article, speaker or topic. */
export function goneHtml(what: string, reason: string): string;
/** The JSON body of a 410 from the API. */
export function goneJson(what: string, reason: string): string;
/** Whether every %XX escape in the path decodes to UTF-8 text. */
export function decodable(path: string): boolean;
/** The body of the 400 for an address that is not valid percent-encoded UTF-8. */
export const BAD_ENCODING: string;
