// Photos as a photo agency delivers them, made here: small generated pixels carrying the IPTC
// Photo Metadata an agency writes, as XMP (any format) and as IPTC-IIM (JPEG's APP13 "Photoshop
// 3.0" block, resource 0x0404, as older newsroom tools write it), plus a camera's EXIF with
// its capture time, serial number and GPS position. Used by the import's tests and benchmark.
import sharp from 'sharp';
import { generatedPhoto } from './generated-photo.mjs';

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const alt = (text) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
const list = (kind, items) => `<rdf:${kind}>${items.map((item) => `<rdf:li>${escapeXml(item)}</rdf:li>`).join('')}</rdf:${kind}>`;

/**
 * An XMP packet with the IPTC Core and Extension fields an agency fills; `padding` spaces before
 * its end, as editing tools leave room to grow in place (Photoshop leaves about 2 KB).
 * @param {import('./agency-photo.d.mts').AgencyFields} fields
 */
export function xmpPacket(fields, padding = 0) {
  const parts = [
    fields.caption !== undefined && `<dc:description>${alt(fields.caption)}</dc:description>`,
    fields.photographer !== undefined && `<dc:creator>${list('Seq', [fields.photographer])}</dc:creator>`,
    fields.keywords && `<dc:subject>${list('Bag', fields.keywords)}</dc:subject>`,
    fields.credit !== undefined && `<photoshop:Credit>${escapeXml(fields.credit)}</photoshop:Credit>`,
    fields.headline !== undefined && `<photoshop:Headline>${escapeXml(fields.headline)}</photoshop:Headline>`,
    fields.dateCreated !== undefined && `<photoshop:DateCreated>${fields.dateCreated}</photoshop:DateCreated>`,
    fields.city !== undefined && `<photoshop:City>${escapeXml(fields.city)}</photoshop:City>`,
    fields.state !== undefined && `<photoshop:State>${escapeXml(fields.state)}</photoshop:State>`,
    fields.sublocation !== undefined && `<Iptc4xmpCore:Location>${escapeXml(fields.sublocation)}</Iptc4xmpCore:Location>`,
    fields.alt !== undefined && `<Iptc4xmpCore:AltTextAccessibility>${alt(fields.alt)}</Iptc4xmpCore:AltTextAccessibility>`,
    fields.people && `<Iptc4xmpExt:PersonInImage>${list('Bag', fields.people)}</Iptc4xmpExt:PersonInImage>`,
    fields.event !== undefined && `<Iptc4xmpExt:Event>${alt(fields.event)}</Iptc4xmpExt:Event>`,
  ].filter(Boolean);
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Backstage test agency">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
    ' xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">',
    ...parts,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    ...(padding > 0 ? [' '.repeat(padding)] : []),
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** IPTC-IIM datasets of the application record (2:nn), as exiftool names them. */
const DATASETS = { keywords: 25, dateCreated: 55, timeCreated: 60, photographer: 80, city: 90, sublocation: 92, state: 95, headline: 105, credit: 110, caption: 120 };

/**
 * An APP13 segment holding IPTC-IIM in UTF-8 (1:90 says so), as agencies' older tools write it.
 * `dateCreated` is "YYYYMMDD", `timeCreated` "HHMMSS±HHMM".
 * @param {import('./agency-photo.d.mts').IimFields} fields
 */
export function iimSegment(fields) {
  const dataset = (record, number, value) => {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([Buffer.from([0x1c, record, number, bytes.length >> 8, bytes.length & 0xff]), bytes]);
  };
  const records = [dataset(1, 90, '\x1b%G')];
  for (const [key, number] of Object.entries(DATASETS)) {
    const value = fields[key];
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) records.push(dataset(2, number, item));
  }
  const iim = Buffer.concat(records);
  const padded = iim.length % 2 ? Buffer.concat([iim, Buffer.alloc(1)]) : iim;
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  // 8BIM, resource 0x0404 (IPTC-NAA), an empty Pascal name padded to two bytes, the size, the data.
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, padded]);
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xed]), length, body]);
}

/** `jpeg` with `segment` inserted after its last APPn segment (where editors put APP13). */
export function withSegment(jpeg, segment) {
  let offset = 2;
  while (jpeg[offset] === 0xff && jpeg[offset + 1] >= 0xe0 && jpeg[offset + 1] <= 0xef) offset += 2 + jpeg.readUInt16BE(offset + 2);
  return Buffer.concat([jpeg.subarray(0, offset), segment, jpeg.subarray(offset)]);
}

/** EXIF as a camera writes it: when, what body (its serial number) and where (GPS). */
export function cameraExif({ taken, serial = 'CAM-SERIAL-0042' } = {}) {
  return {
    IFD0: { Make: 'AgencyCam', Model: 'A-9' },
    IFD2: { ...(taken ? { DateTimeOriginal: taken } : {}), BodySerialNumber: serial },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 44/1 1/1', GPSLongitudeRef: 'W', GPSLongitude: '74/1 10/1 17/1' },
  };
}

/**
 * A photo from an agency: generated pixels with `xmp` fields (any format), `iim` fields (JPEG
 * only) and a camera's EXIF (`taken` is EXIF's "YYYY:MM:DD HH:MM:SS"; GPS and a serial always).
 * @param {import('./agency-photo.d.mts').AgencyPhotoOptions} options
 */
export async function agencyPhoto({ format = 'jpeg', width = 96, height = 64, seed = 1, label = '', xmp, xmpPadding = 0, iim, taken, serial }) {
  let image = sharp(await generatedPhoto({ width, height, seed, label, format: 'png' }))
    .toFormat(format, format === 'png' ? {} : { quality: 80 })
    .withExif(cameraExif({ taken, serial }));
  if (xmp) image = image.withXmp(xmpPacket(xmp, xmpPadding));
  let bytes = await image.toBuffer();
  if (iim) {
    if (format !== 'jpeg') throw new Error('agencyPhoto: IPTC-IIM is written into JPEG only');
    bytes = withSegment(bytes, iimSegment(iim));
  }
  return bytes;
}
