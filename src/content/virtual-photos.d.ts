// The catalogue's photo placeholders and crops, a stylesheet written at build by scripts/build/catalog-plugin.ts.
declare module 'virtual:photos.css';
