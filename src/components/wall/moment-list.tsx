import { Component, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Moment } from '../../content/types';
import { MomentCard } from './moment-card';
import { useOpenMoment } from './use-open-moment';
import type { WallWindow as WallWindowType, WindowView } from './wall-window';
import { FIRST_WINDOW } from './windowing';
import { WINDOWED } from '../../prepaint/marks';
import { reflowMotion } from './reflow-motion';
import type { ReflowSnapshot } from './wall-reflow';

/** Cards from this index on start below the fold on a phone: their photos may load lazily. */
const EAGER_CARDS = 2;

/** A card that opens its moment's own page: the link is followed as it is. */
const followLink = () => {};

const sameMoments = (a: readonly Moment[], b: readonly Moment[]) => a.length === b.length && a.every((moment, index) => moment === b[index]);

interface ReflowProps {
  moments: readonly Moment[];
  list: RefObject<HTMLUListElement | null>;
  children: ReactNode;
}

/** Measures the wall just before React changes its cards, and moves them just after (wall-reflow.ts, once loaded). */
class Reflow extends Component<ReflowProps> {
  getSnapshotBeforeUpdate(previous: ReflowProps): ReflowSnapshot | null {
    const list = this.props.list.current;
    if (!list || !reflowMotion || sameMoments(previous.moments, this.props.moments)) return null;
    return reflowMotion.takeSnapshot(list, new Set(this.props.moments.map((moment) => moment.slug)));
  }

  componentDidUpdate(_: ReflowProps, __: unknown, snapshot: ReflowSnapshot | null): void {
    const list = this.props.list.current;
    if (list && snapshot) reflowMotion?.playReflow(list, snapshot);
  }

  render() {
    return this.props.children;
  }
}

/**
 * A windowed wall's cards: until its virtualiser's chunk is there (and so in the prerendered HTML,
 * which hydration must find as it is), the first FIRST_WINDOW; then those near the screen, with
 * the room of the others above and below (wall-window.tsx). A whole wall: every card.
 */
function useWindow(windowed: boolean, moments: readonly Moment[]) {
  const [Window, setWindow] = useState<typeof WallWindowType | null>(null);
  const [view, setView] = useState<WindowView | null>(null);
  useEffect(() => {
    if (!windowed) return;
    let live = true;
    void import('./wall-window').then((module) => {
      if (live) setWindow(() => module.WallWindow);
    });
    return () => {
      live = false;
    };
  }, [windowed]);
  if (!windowed) return { shown: moments, from: 0, style: undefined, measure: undefined, animateIn: true, Window: null, setView };
  const range = view?.rangeFor(moments);
  return {
    shown: moments.slice(range?.from ?? 0, range?.to ?? FIRST_WINDOW),
    from: range?.from ?? 0,
    style: range?.style,
    measure: view?.measure,
    // Cards that come with a new list fade in; those a scroll brings are simply there.
    animateIn: view?.moments !== moments,
    Window,
    setView,
  };
}

/**
 * The wall's grid: leaving cards fade out while the rest glide to their new places. A wall of
 * more than WHOLE_WALL_MAX moments is windowed (wall-window.tsx): only the cards near the
 * screen are in the page, in the same grid, order and Tab order. A card opens its moment over
 * the wall (`opens` "dialog"), or its own page (a page of the wall: src/routes/page.tsx).
 */
export function MomentList({ moments, windowed = false, opens = 'dialog' }: { moments: readonly Moment[]; windowed?: boolean; opens?: 'dialog' | 'page' }) {
  const list = useRef<HTMLUListElement>(null);
  const openDialog = useOpenMoment();
  const onOpen = opens === 'page' ? followLink : openDialog;
  const view = useWindow(windowed, moments);
  return (
    <Reflow moments={moments} list={list}>
      <ul
        ref={list}
        id="moments"
        role="list"
        aria-label="Moments"
        tabIndex={-1}
        {...(windowed ? { [WINDOWED]: '' } : {})}
        style={view.style}
        className="relative grid scroll-mt-4 grid-cols-1 gap-5 sm:grid-cols-2 xl:grid-cols-3"
      >
        {view.shown.map((moment, at) => {
          const index = view.from + at;
          const measured = view.measure?.(index);
          return (
            <MomentCard
              key={moment.slug}
              moment={moment}
              eager={index < EAGER_CARDS}
              first={index === 0}
              onOpen={onOpen}
              animateIn={view.animateIn}
              row={measured?.row}
              measureRef={measured?.ref}
            />
          );
        })}
      </ul>
      {view.Window && <view.Window moments={moments} list={list} onView={view.setView} />}
    </Reflow>
  );
}
