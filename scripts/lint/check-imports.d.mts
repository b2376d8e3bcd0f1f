/** The package a specifier names ('react-dom/server' → 'react-dom', '@a/b/c' → '@a/b'), or undefined. */
export declare function packageOf(specifier: string): string | undefined;
/** Every package the source text imports. */
export declare function importedPackages(text: string): string[];
/** [file, package] for each import of an undeclared package under `root`. */
export declare function undeclaredImports(root: string): [string, string][];
