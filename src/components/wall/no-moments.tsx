import { mark } from '../../prepaint/marks';

/**
 * The wall when a combination of filters (often from a hand-edited address) matches nothing.
 * Always rendered, hidden while some moment matches, so a filtered address can show it before
 * the app's script runs.
 */
export function NoMoments({ hidden }: { hidden: boolean }) {
  return (
    <div hidden={hidden} {...{ [mark.attribute]: mark.none }} className="rounded-2xl border border-dashed border-white/20 px-6 py-10 text-center">
      <p className="text-lg font-semibold">No moment matches all of these filters.</p>
      <p className="mt-2 text-white/70">
        People show the moments they are pictured in together, and a person mentioned in a caption is not
        pictured. Remove a filter above to see more.
      </p>
    </div>
  );
}
