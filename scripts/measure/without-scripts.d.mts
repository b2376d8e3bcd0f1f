import type { Plugin } from 'vite';

/** Where `vite preview` serves the wall without its scripts; no address of the app looks like it. */
export declare const WITHOUT_SCRIPTS_PATH: string;
/** `html` with every script element and every `<link rel="modulepreload">` removed. */
export declare function withoutScripts(html: string): string;
/** A `vite preview` plugin that answers WITHOUT_SCRIPTS_PATH with `distDir`/index.html without its scripts. */
export declare function withoutScriptsPage(distDir: string): Plugin;
