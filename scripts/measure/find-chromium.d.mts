/** Where Debian's `chromium` package puts the browser. */
export declare const DEFAULT_CHROMIUM: string;
/** Flags that let Chromium run headless as root in a container, quietly and offline. */
export declare const CHROMIUM_FLAGS: readonly string[];
/**
 * The path of a Chromium to launch: `CHROME_PATH`, else /usr/bin/chromium, else (as root with
 * apt-get, unless `install` is false) Debian's chromium installed on the spot. Throws an Error
 * with a one-line message saying how to get a browser otherwise.
 */
export declare function findChromium(options?: { install?: boolean }): string;
