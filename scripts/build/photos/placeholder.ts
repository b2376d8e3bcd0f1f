/**
 * A photo's placeholder: its ThumbHash (a few dozen bytes holding its colours and their layout,
 * https://evanw.github.io/thumbhash/), decoded at build into a tiny WebP (at most 32 px a side,
 * about 150 bytes: a PNG of the same pixels is ten times larger)
 * that the page's stylesheet paints as the frame's background: no script, no style="" attribute,
 * and a `data:` image the CSP's img-src allows. The browser smooths it as it scales it up.
 */
import sharp, { type Sharp } from 'sharp';
import { rgbaToThumbHash, thumbHashToRGBA } from 'thumbhash';

/** `image` is the upright photo, already in sRGB (any size: it is shrunk to 100 px first). */
export async function placeholderDataUrl(image: Sharp): Promise<string> {
  const { data, info } = await image
    .resize(100, 100, { fit: 'inside' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const hash = rgbaToThumbHash(info.width, info.height, data);
  const decoded = thumbHashToRGBA(hash);
  const opaque = decoded.rgba.every((value, index) => index % 4 !== 3 || value === 255);
  let pixels = sharp(Buffer.from(decoded.rgba), { raw: { width: decoded.w, height: decoded.h, channels: 4 } });
  if (opaque) pixels = pixels.removeAlpha();
  const webp = await pixels.webp({ quality: 70, alphaQuality: 70 }).toBuffer();
  return `data:image/webp;base64,${webp.toString('base64')}`;
}
