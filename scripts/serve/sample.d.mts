export const SAMPLE_CATALOG: string;
export const SAMPLE_PHOTOS: { file: string; width: number; height: number; seed: number; label: string; orientation?: number; format?: string }[];
export function writeSamplePhotos(folder?: string): Promise<number>;
