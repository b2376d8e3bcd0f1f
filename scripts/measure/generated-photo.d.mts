export function generatedPhoto(options: {
  width: number;
  height: number;
  seed?: number;
  label?: string;
  format?: 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff';
  exif?: Record<string, Record<string, string>>;
  orientation?: number;
  quality?: number;
}): Promise<Buffer>;
