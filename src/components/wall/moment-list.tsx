import { Component, useRef, type ReactNode, type RefObject } from 'react';
import type { Moment } from '../../content/types';
import { MomentCard } from './moment-card';
import { useOpenMoment } from './use-open-moment';
import { playReflow, takeSnapshot, type ReflowSnapshot } from './wall-reflow';

/** Cards from this index on start below the fold on a phone: their photos may load lazily. */
const EAGER_CARDS = 2;

const sameMoments = (a: readonly Moment[], b: readonly Moment[]) => a.length === b.length && a.every((moment, index) => moment === b[index]);

interface ReflowProps {
  moments: readonly Moment[];
  list: RefObject<HTMLUListElement | null>;
  children: ReactNode;
}

/** Measures the wall just before React changes its cards, and moves them just after (wall-reflow.ts). */
class Reflow extends Component<ReflowProps> {
  getSnapshotBeforeUpdate(previous: ReflowProps): ReflowSnapshot | null {
    const list = this.props.list.current;
    if (!list || sameMoments(previous.moments, this.props.moments)) return null;
    return takeSnapshot(list, new Set(this.props.moments.map((moment) => moment.slug)));
  }

  componentDidUpdate(_: ReflowProps, __: unknown, snapshot: ReflowSnapshot | null): void {
    const list = this.props.list.current;
    if (list && snapshot) playReflow(list, snapshot);
  }

  render() {
    return this.props.children;
  }
}

/** The wall's grid: leaving cards fade out while the rest glide to their new places. */
export function MomentList({ moments }: { moments: readonly Moment[] }) {
  const list = useRef<HTMLUListElement>(null);
  const onOpen = useOpenMoment();
  return (
    <Reflow moments={moments} list={list}>
      <ul ref={list} id="moments" role="list" aria-label="Moments" tabIndex={-1} className="relative grid scroll-mt-4 grid-cols-1 gap-5 sm:grid-cols-2 xl:grid-cols-3">
        {moments.map((moment, index) => (
          <MomentCard key={moment.slug} moment={moment} eager={index < EAGER_CARDS} first={index === 0} onOpen={onOpen} />
        ))}
      </ul>
    </Reflow>
  );
}
