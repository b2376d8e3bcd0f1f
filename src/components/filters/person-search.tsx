import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { FacetOption } from '../../domain/filters';
import { findByName } from '../../domain/person-search';
import { countMoments } from '../../domain/plural';
import { paths } from '../../paths';
import { Icon } from '../ui/icon';
import { useHydrated } from '../ui/use-hydrated';

/**
 * "Find a person": the WAI-ARIA combobox with a listbox popup. Typing offers the people whose
 * name answers it (any word, case and accents ignored) with their counts; ↓/↑ move, Enter or a
 * tap chooses (or, for a chosen person, removes), Escape closes the list, then empties the field.
 * It needs the app's script, so it stays disabled until the app runs the page.
 */
export function PersonSearch({ people }: { people: readonly FacetOption[] }) {
  const id = useId();
  const navigate = useNavigate();
  const hydrated = useHydrated();
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const found = findByName(people, typed);
  const expanded = open && found.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (expanded) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  function choose(option: FacetOption | undefined) {
    if (!option || option.disabled) return;
    navigate(paths.wall.getHref(option.next), { preventScrollReset: true });
    setTyped('');
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = found.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(!expanded ? (step === 1 ? 0 : last) : active + step > last ? 0 : active + step < 0 ? last : active + step);
      setOpen(true);
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(found[active]);
    } else if (event.key === 'Escape' && (expanded || typed !== '')) {
      // Only the list closes (or the field empties), not the sheet around it.
      event.preventDefault();
      event.stopPropagation();
      if (expanded) setOpen(false);
      else setTyped('');
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={`${id}-input`} className="text-xs font-bold tracking-widest text-white/60 uppercase">
        Find a person
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        disabled={!hydrated}
        placeholder="Type a name"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className="min-h-11 w-full rounded-xl border border-white/20 bg-white/5 px-3 text-base text-white placeholder:text-white/60 focus-visible:border-gold-400 disabled:opacity-60"
      />
      <ul id={`${id}-list`} role="listbox" aria-label="People found" hidden={!expanded} className="max-h-64 overflow-y-auto rounded-xl border border-white/15 bg-night-800 p-1">
        {found.map((option, index) => (
          <li
            key={option.id}
            id={optionId(index)}
            role="option"
            aria-label={`${option.name}, ${option.selected ? 'chosen, ' : ''}${countMoments(option.count)}`}
            aria-selected={index === active}
            aria-disabled={option.disabled || undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg px-3 text-sm text-white aria-disabled:cursor-not-allowed aria-disabled:text-white/40 aria-selected:bg-white/10"
          >
            {option.selected ? <Icon name="check" className="size-3.5 text-gold-400" /> : <span className="size-3.5" />}
            {option.name}
            <span className="ml-auto text-xs text-white/60 tabular-nums">{countMoments(option.count)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
