/** The event the moments are from, as text outside the page (titles, link previews) names it. */
export const event = {
  name: '2023 MTV Video Music Awards',
  shortName: '2023 MTV VMAs',
  /** The shortest name a tab title falls back to. */
  tag: '2023 VMAs',
  /** Where every moment happened, as a link preview says it: "Selena Gomez and Rema backstage at the 2023 VMAs." */
  place: 'backstage at the 2023 VMAs',
} as const;
