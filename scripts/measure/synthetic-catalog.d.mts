import type { Catalog } from '../../src/content/types';

export const PEOPLE: number;
export const AWARDS: number;
export const SIZES: number[];
export function syntheticCatalog(size: number, base?: Catalog): Catalog;
export function writeSyntheticCatalogs(outDir: string, sizes?: number[]): string[];
