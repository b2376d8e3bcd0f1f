/** The IPTC fields both XMP and IPTC-IIM hold. */
interface IptcFields {
  caption?: string;
  photographer?: string;
  credit?: string;
  keywords?: string[];
  headline?: string;
  city?: string;
  state?: string;
  sublocation?: string;
}
export interface AgencyFields extends IptcFields {
  /** XMP's photoshop:DateCreated, "2023-09-12T20:15:00". */
  dateCreated?: string;
  alt?: string;
  people?: string[];
  event?: string;
}
export interface IimFields extends IptcFields {
  /** "YYYYMMDD". */
  dateCreated?: string;
  /** "HHMMSS±HHMM". */
  timeCreated?: string;
}
export interface AgencyPhotoOptions {
  format?: 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff';
  width?: number;
  height?: number;
  seed?: number;
  label?: string;
  xmp?: AgencyFields;
  /** Spaces of padding in the XMP packet. */
  xmpPadding?: number;
  iim?: IimFields;
  /** EXIF DateTimeOriginal, "YYYY:MM:DD HH:MM:SS". */
  taken?: string;
  serial?: string;
}
export function xmpPacket(fields: AgencyFields, padding?: number): string;
export function iimSegment(fields: IimFields): Buffer;
export function withSegment(jpeg: Buffer, segment: Buffer): Buffer;
export function cameraExif(options?: { taken?: string; serial?: string }): Record<string, Record<string, string>>;
export function agencyPhoto(options: AgencyPhotoOptions): Promise<Buffer>;
