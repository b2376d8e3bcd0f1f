/**
 * What a photo says about itself, decided from the plain objects exifr hands back (pure: no
 * files, no libraries). IPTC Photo Metadata is read XMP first (dc:description, dc:creator,
 * photoshop:Credit, Iptc4xmpExt:PersonInImage, Iptc4xmpCore:AltTextAccessibility…), IPTC-IIM
 * (Caption-Abstract, By-line, Credit…) where only that is present, and EXIF for the capture time.
 */

/** exifr's output, segment by segment: XMP by namespace prefix, IPTC-IIM and EXIF by tag name. */
export interface RawMetadata {
  xmp?: Record<string, unknown>;
  iim?: Record<string, unknown>;
  exif?: Record<string, unknown>;
}

export interface PhotoFields {
  /** The description without the agency's dateline and trailing credit; '' when there is none. */
  caption: string;
  photographer: string;
  agency: string;
  /** Person Shown, as written. */
  people: string[];
  keywords: string[];
  /** Alt Text (Accessibility); '' when there is none. */
  alt: string;
  /** Local capture time, "YYYY-MM-DDTHH:MM:SS[.fff]", comparable as text; undefined when unknown. */
  taken?: string;
  /** IPTC Event, else the headline. */
  event: string;
  /** Sub-location, city, state: "Prudential Center, Newark, New Jersey". */
  place: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character references, which exifr leaves in XMP values: "Rapp &amp; Rexha" → "Rapp & Rexha". */
export function decodeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (whole, hex: string, decimal: string, name: string) => {
    if (name) return ENTITIES[name.toLowerCase()]!;
    const code = hex ? parseInt(hex, 16) : Number(decimal);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * An IPTC-IIM value as exifr gives it (each byte read as Latin-1). Newsroom tools write UTF-8
 * (dataset 1:90), which exifr does not read: bytes that are valid UTF-8 are decoded as UTF-8
 * ("ReneÃ©" → "Reneé"); anything else is Latin-1 already (a lone "é" byte is never valid UTF-8).
 */
export function iimText(latin1: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(latin1) || /[^\x00-\xff]/.test(latin1)) return latin1;
  try {
    return UTF8.decode(Uint8Array.from(latin1, (char) => char.charCodeAt(0)));
  } catch {
    return latin1;
  }
}

/** Every text in a value: a string, a number (exifr turns "2023" into 2023), a list, or a language alternative. */
function texts(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value === 'object' && 'value' in value) return texts((value as { value: unknown }).value);
  return [];
}

/** A language alternative's default (x-default, else the first language), or a plain value. */
function langAlt(value: unknown): string {
  if (Array.isArray(value)) {
    const entries = value as { lang?: string; value?: unknown }[];
    return texts(entries.find((entry) => entry?.lang === 'x-default') ?? entries[0])[0] ?? '';
  }
  return texts(value)[0] ?? '';
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
const unique = (items: string[]) => [...new Set(items.map(tidy).filter(Boolean))];

/** "NEWARK, NEW JERSEY - SEPTEMBER 12: " (Getty), "NEWARK, N.J. - Sept. 12, 2023: ", "NEWARK, N.J. (AP) — ": a place in capitals first. */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .,'’-]*?(?:\s+[-–—]\s+(\p{L}+)\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*:|\s+\((?:AP|AFP|Reuters|REUTERS|UPI)\)\s*[-–—])\s*/u;
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
/** "(Photo by Kevin Mazur/Getty Images for MTV)" at the end, which the credit fields already hold. */
const TRAILING_CREDIT = /\s*\((?:photo|photograph|image)s?(?: by|:)\s*([^()]*)\)\s*$/i;

/** The caption without the agency's leading dateline and trailing credit. */
export function cleanCaption(description: string): string {
  const text = tidy(description).replace(TRAILING_CREDIT, '');
  const dateline = DATELINE.exec(text);
  return tidy(dateline && (dateline[1] === undefined || MONTH.test(dateline[1])) ? text.slice(dateline[0].length) : text);
}

/** The photographer and agency a trailing "(Photo by Kevin Mazur/Getty Images for MTV)" names. */
export function creditInCaption(description: string): { photographer: string; agency: string } {
  const named = TRAILING_CREDIT.exec(tidy(description))?.[1] ?? '';
  const slash = named.indexOf('/');
  return slash < 0 ? { photographer: tidy(named), agency: '' } : { photographer: tidy(named.slice(0, slash)), agency: tidy(named.slice(slash + 1)) };
}

/** "2023:09:12 20:15:03", "2023-09-12T20:15:00-04:00" or IIM's "20230912" + "201500-0400" → "2023-09-12T20:15:03". */
export function localTime(date: string, time = '', subSeconds = ''): string | undefined {
  const day = /^(\d{4})[:-]?(\d{2})[:-]?(\d{2})/.exec(date.trim());
  if (!day || day.slice(1).every((part) => /^0+$/.test(part))) return undefined;
  const clock = /(\d{2}):?(\d{2}):?(\d{2})?(?:[.,](\d+))?/.exec(time.trim() || date.trim().slice(day[0].length));
  const [hours, minutes, seconds, fraction] = clock ? [clock[1], clock[2], clock[3] ?? '00', clock[4] ?? subSeconds] : ['00', '00', '00', ''];
  return `${day[1]}-${day[2]}-${day[3]}T${hours}:${minutes}:${seconds}${/^\d+$/.test(fraction ?? '') ? `.${fraction}` : ''}`;
}

/** A record's field by name, as text (XMP's with XML references decoded, IIM's from UTF-8). */
const field = (record: Record<string, unknown> | undefined, name: string) => record?.[name];

/** Decides every field of one photo from what exifr read. */
export function photoFields({ xmp = {}, iim = {}, exif = {} }: RawMetadata): PhotoFields {
  const ns = (prefix: string) => (xmp[prefix] ?? {}) as Record<string, unknown>;
  const [dc, photoshop, core, ext] = [ns('dc'), ns('photoshop'), ns('Iptc4xmpCore'), ns('Iptc4xmpExt')];
  const fromXmp = (value: unknown) => tidy(decodeXml(langAlt(value)));
  const listFromXmp = (value: unknown) => unique(texts(value).map(decodeXml));
  const fromIim = (name: string) => tidy(iimText(texts(field(iim, name)).join(' ')));
  const listFromIim = (name: string) => unique(texts(field(iim, name)).map(iimText));
  const firstOf = (...values: string[]) => values.find(Boolean) ?? '';

  const description = firstOf(fromXmp(dc.description), fromIim('Caption'));
  const inCaption = creditInCaption(description);
  const creators = listFromXmp(dc.creator);
  const taken =
    localTime(texts(exif.DateTimeOriginal)[0] ?? '', '', texts(exif.SubSecTimeOriginal)[0]) ??
    localTime(fromXmp(photoshop.DateCreated)) ??
    localTime(fromIim('DateCreated'), fromIim('TimeCreated'));
  const place = [
    firstOf(fromXmp(core.Location), fromIim('Sublocation')),
    firstOf(fromXmp(photoshop.City), fromIim('City')),
    firstOf(fromXmp(photoshop.State), fromIim('State')),
  ].filter(Boolean);
  return {
    caption: cleanCaption(description),
    photographer: firstOf(creators.join(', '), fromIim('Byline'), inCaption.photographer),
    agency: firstOf(fromXmp(photoshop.Credit), fromIim('Credit'), inCaption.agency),
    people: listFromXmp(ext.PersonInImage),
    keywords: firstOf(...listFromXmp(dc.subject)) ? listFromXmp(dc.subject) : listFromIim('Keywords'),
    alt: fromXmp(core.AltTextAccessibility),
    ...(taken ? { taken } : {}),
    event: firstOf(fromXmp(ext.Event), fromXmp(photoshop.Headline), fromIim('Headline')),
    place: [...new Set(place)].join(', '),
  };
}
