/**
 * What is wrong with a photo file, in the words the build and the import both use (one place,
 * so that an editor reads the same sentence from `npm run import` and `npm run build`).
 */

/** HEIC is HEIF holding HEVC, which the prebuilt libvips cannot decode (a patent-encumbered codec). */
const HEVC = /hevc|unsupported codec|compression format has not been built in/i;

/** A HEIC photo (HEVC-coded HEIF), named `shown`. */
export const heicProblem = (shown: string) =>
  `"${shown}" is a HEIC photo, which this build's image library cannot decode: save it as JPEG, AVIF or WebP`;

/** Why sharp could not read the photo named `shown`, from the error it threw. */
export function photoProblem(error: unknown, shown: string): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  if (HEVC.test(message)) return heicProblem(shown);
  if (/unsupported image format|bad seek|input buffer contains unsupported/i.test(message))
    return `"${shown}" is not an image this build can read (JPEG, PNG, WebP, AVIF, HEIF, TIFF or GIF)`;
  return `"${shown}" cannot be decoded, it may be cut short or damaged (${message})`;
}
