/** A person pictured in at least one moment. `id` is what the URL and the moments use. */
export interface Person {
  id: string;
  name: string;
}

/** An award category that a caption names. */
export interface Award {
  id: string;
  name: string;
}

/** A real photograph an editor holding the licence may drop in. */
export interface Photo {
  src: string;
  width: number;
  height: number;
  /** A tiny data-URI or CSS colour painted while the photo loads. */
  placeholder?: string;
}

export interface Credit {
  photographer: string;
  agency: string;
}

export interface Moment {
  /** The article's number, 1-based, in article order. */
  number: number;
  /** Readable and stable: it is the moment's address, so never change a published one. */
  slug: string;
  /** The article's text for the moment, word for word, without its leading number. */
  caption: string;
  /** The article's image description, entities decoded. */
  alt: string;
  /** Why `alt` differs from the article, when it does. */
  altNote?: string;
  credit: Credit;
  /** Person ids, in the order the caption names them. */
  people: readonly string[];
  /** Award ids of the categories the caption names. */
  awards: readonly string[];
  /** Honours shown without an invented category (moment 19's "Moon People"). */
  trophyNote?: string;
  photo?: Photo;
}

export interface Catalog {
  people: readonly Person[];
  awards: readonly Award[];
  moments: readonly Moment[];
}
