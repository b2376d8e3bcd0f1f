// The catalogue file, validated at build by scripts/build/catalog-plugin.ts (CATALOG=path, or the default).
declare module 'virtual:catalog' {
  const catalog: import('./types').Catalog;
  export default catalog;
}
