export interface HeaderRule {
  path: string;
  headers: [string, string][];
}
/** The rules of a `_headers` file: a path pattern (`/*`, `/assets/*`, `/`) and its headers. */
export declare function parseHeadersFile(text: string): HeaderRule[];
/** The headers the rules give a path: every rule whose pattern matches (a final `*` is a prefix). */
export declare function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string>;
