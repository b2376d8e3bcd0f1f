/** Debian's nginx, also where /usr/sbin is not on a non-root user's PATH. */
export declare const NGINX: string;
/** Writes nginx.conf and security-headers.conf into `runtime` for dist/ at `root`; returns nginx.conf's path. */
export declare function writeNginxConfig(options: { root: string; listen: string; runtime: string; asRoot?: boolean }): string;
/** The arguments that start nginx on a written configuration, logging to stderr. */
export declare function nginxArgs(runtime: string): string[];
