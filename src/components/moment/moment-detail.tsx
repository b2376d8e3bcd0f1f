import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getAwards, getPeople, momentPageTitle, momentText, momentTitle } from '../../content/catalog';
import type { Moment } from '../../content/types';
import { paths } from '../../paths';
import { Artwork } from '../artwork/artwork';
import { AwardBadge } from '../ui/award-badge';
import { PhotoNote } from '../artwork/photo-note';
import { ZoomablePhoto } from '../zoom/zoomable-photo';
import { ShareButton } from './share-button';
import { useWords } from '../../content/words';
import { WaitingLines } from '../ui/waiting-lines';

interface MomentDetailProps {
  moment: Moment;
  total: number;
  headingId: string;
  /** h1 on its own page, h2 over the wall (whose h1 is the site's). */
  headingLevel: 1 | 2;
  /** Previous/next controls, which differ between the page and the dialog. */
  pager: ReactNode;
  /**
   * In the dialog a real photo is the hero (moment-panel.tsx): the whole width of a phone, and
   * from 1024 px the screen beside a column of text. The page and the artwork keep the grid.
   */
  hero?: boolean;
  /** The moments a step away, whose words are asked for ahead (a step then shows them at once). */
  ahead?: readonly (Moment | undefined)[];
}

/** A labelled part of the detail: Pictured, Award, Trophies. */
function Section({ level: Heading, title, children }: { level: 'h2' | 'h3'; title: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-2">
      <Heading className="text-xs font-bold tracking-widest text-white/60 uppercase">{title}</Heading>
      {children}
    </div>
  );
}

const chip = 'inline-flex min-h-9 items-center rounded-full border border-white/15 bg-white/5 px-3 py-1 text-sm hover:border-white/40 hover:bg-white/10';

const gridLayout = {
  article: 'grid gap-6 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] md:gap-8',
  photo: '',
  frame: 'rounded-2xl ring-1 ring-white/10',
  text: '',
};
// The column widths are DIALOG's in domain/photo-layout.ts, which tells the browser the photo's size.
const heroLayout = {
  article:
    'grid gap-5 lg:min-h-0 lg:flex-1 lg:grid-cols-[minmax(0,1fr)_18rem] lg:grid-rows-[minmax(0,1fr)] lg:gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]',
  photo: 'photo-room lg:flex lg:items-center lg:justify-center',
  frame: 'lg:rounded-2xl lg:ring-1 lg:ring-white/10',
  text: 'px-4 sm:px-6 lg:overflow-y-auto lg:px-0',
};

/** A moment's whole content: shared by its own page and the dialog over the wall. */
export function MomentDetail({ moment, total, headingId, headingLevel, pager, hero = false, ahead = [] }: MomentDetailProps) {
  // A far moment opened before its chunk of captions came: its words wait, asked for first.
  const words = useWords(moment, ahead.filter((other) => other !== undefined));
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Subheading = headingLevel === 1 ? 'h2' : 'h3';
  const title = momentTitle(moment);
  const layout = hero ? heroLayout : gridLayout;

  return (
    <article data-words={moment.slug} className={layout.article}>
      <div className={`touch-pan-y select-none ${layout.photo}`}>
        {moment.photo?.image ? (
          // A real photo can be looked at closer; stepping to another moment starts it fitted.
          <ZoomablePhoto key={moment.slug} moment={moment} image={moment.photo.image} view={hero ? 'dialog' : 'detail'} className={layout.frame} />
        ) : (
          <Artwork moment={moment} className={layout.frame} />
        )}
      </div>
      <div className={`flex min-w-0 flex-col gap-5 ${layout.text}`}>
        <div>
          <p className="text-xs font-bold tracking-widest text-gold-400 uppercase">
            {`Moment ${moment.number} of ${total}`}
          </p>
          <Heading id={headingId} className="mt-1 text-3xl font-black tracking-tight text-balance sm:text-4xl">
            {title}
          </Heading>
        </div>
        <p aria-busy={words ? undefined : true} className="text-lg leading-relaxed text-white/90">
          {words ? words.caption : <WaitingLines length={moment.lengths?.[0]} what="caption" shows />}
        </p>
        <PhotoNote moment={moment} words={words} className="text-sm" />
        <Section level={Subheading} title="Pictured">
          <ul className="flex flex-wrap gap-2">
            {getPeople(moment).map((person) => (
              <li key={person.id}>
                <Link to={paths.person.getHref(person.id)} className={chip}>
                  {person.name}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
        {moment.awards.length > 0 && (
          <Section level={Subheading} title="Award">
            <div className="flex flex-wrap gap-2">
              {getAwards(moment).map((award) => (
                <Link key={award.id} to={paths.award.getHref(award.id)} className="rounded-full">
                  <AwardBadge>{award.name}</AwardBadge>
                </Link>
              ))}
            </div>
          </Section>
        )}
        {moment.trophyNote && (
          // Honours the caption names without a category: shown, but not as an award to filter by.
          <Section level={Subheading} title="Trophies">
            <p>
              <AwardBadge>{moment.trophyNote}</AwardBadge>
            </p>
          </Section>
        )}
        {/* Shared, the words stand alone, as in a link preview. */}
        <ShareButton title={momentPageTitle(moment)} text={momentText(moment, words).description} path={paths.moment.getHref(moment.slug)} />
        <div className="mt-auto border-t border-white/10 pt-4">{pager}</div>
      </div>
    </article>
  );
}
