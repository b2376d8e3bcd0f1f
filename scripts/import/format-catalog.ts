/**
 * A catalogue as text, formatted as the shipped content/vmas-2023.json is (pure): two-space
 * indents, keys in their order, a list or object of plain values on one line when that line fits
 * in 100 characters (a person, a credit, a moment's people), anything else one entry a line,
 * and a final newline.
 */
const WIDTH = 100;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isContainer = (value: Json): value is Json[] | { [key: string]: Json } => typeof value === 'object' && value !== null;

function entriesOf(value: Json[] | { [key: string]: Json }): [string | undefined, Json][] {
  return Array.isArray(value) ? value.map((item) => [undefined, item]) : Object.entries(value).filter(([, item]) => item !== undefined);
}

function format(value: Json, indent: string, prefix: string): string {
  if (!isContainer(value)) return JSON.stringify(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const entries = entriesOf(value);
  if (entries.length === 0) return `${open}${close}`;
  const key = (name: string | undefined) => (name === undefined ? '' : `${JSON.stringify(name)}: `);
  if (entries.every(([, item]) => !isContainer(item))) {
    const parts = entries.map(([name, item]) => `${key(name)}${JSON.stringify(item)}`).join(', ');
    const line = Array.isArray(value) ? `[${parts}]` : `{ ${parts} }`;
    // The line as it stands in the file: indent, key, the value, and a comma after it.
    if (indent.length + prefix.length + line.length + 1 <= WIDTH) return line;
  }
  const inner = `${indent}  `;
  const lines = entries.map(([name, item]) => `${inner}${key(name)}${format(item, inner, key(name))}`);
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/** The catalogue's text, ready to write. */
export function formatCatalog(catalog: unknown): string {
  return `${format(JSON.parse(JSON.stringify(catalog)) as Json, '', '')}\n`;
}
