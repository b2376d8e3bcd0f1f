// The catalogue file, validated at build by scripts/build/catalog-plugin.ts (CATALOG=path, or the default).
declare module 'virtual:catalog' {
  /** The data, where the module holds it: the prerender, the dev server and the tests. In the browser bundle, undefined. */
  const catalog: import('./types').Catalog | undefined;
  export default catalog;
  /** The address of the built data file (`/assets/catalog-<hash>.json`), which the browser fetches. */
  export const url: string;
}
