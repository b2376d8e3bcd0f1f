/** Line icons drawn on a 20×20 grid; decorative, so hidden from assistive technology. */
const icons = {
  close: 'M5 5l10 10M15 5L5 15',
  share: 'M10 13V3m0 0L6 7m4-4l4 4M4 11v5a1 1 0 001 1h10a1 1 0 001-1v-5',
  previous: 'M12 4l-6 6 6 6',
  next: 'M8 4l6 6-6 6',
  check: 'M4 10.5l4 4 8-8',
  filters: 'M3 6h14M6 10h8M8.5 14h3',
  plus: 'M10 4v12M4 10h12',
  minus: 'M4 10h12',
  fit: 'M4 8V4h4M12 4h4v4M16 12v4h-4M8 16H4v-4',
} as const;

export type IconName = keyof typeof icons;

export function Icon({ name, className = 'size-4' }: { name: IconName; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={`fill-none stroke-current stroke-2 ${className}`}>
      <path d={icons[name]} />
    </svg>
  );
}
