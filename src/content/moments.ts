import type { Moment } from './types';

const getty = 'Getty Images for MTV';
const variety = 'Variety via Getty Images';

/**
 * The 19 moments of "19 Extremely Pure Things That Happened At The 2023 Video Music Awards"
 * (Jen Abidor, BuzzFeed), in the article's order. Captions are the article's words.
 */
export const moments: readonly Moment[] = [
  {
    number: 1,
    slug: 'shakira-and-her-sons',
    caption:
      'Shakira was honored with the Video Vanguard Award and brought the most adorable dates — her sons, Milan and Sasha, who cheered on their mama:',
    alt: 'Shakira with her sons Milan and Sasha, sitting on either side of her',
    credit: { photographer: 'Kevin Mazur', agency: getty },
    people: ['shakira', 'milan', 'sasha'],
    awards: ['video-vanguard'],
  },
  {
    number: 2,
    slug: 'taylor-swift-and-selena-gomez',
    caption:
      'Taylor Swift truly had a blast with so many celebs, including her bestie Selena Gomez:',
    alt: 'Selena and Taylor embracing',
    credit: { photographer: 'Christopher Polk', agency: variety },
    people: ['taylor-swift', 'selena-gomez'],
    awards: [],
  },
  {
    number: 3,
    slug: 'selena-gomez-and-rema',
    caption:
      'Speaking of Selena, she shared a sweet moment with Rema, whom she collaborated with on the VMA-winning song "Calm Down" — the duo won the show\'s first-ever VMA for Best Afrobeats:',
    alt: "A smiling Selena resting her head on Rema's shoulder in the audience",
    credit: { photographer: 'Mike Coppola', agency: getty },
    people: ['selena-gomez', 'rema'],
    awards: ['best-afrobeats'],
  },
  {
    number: 4,
    slug: 'taylor-swift-and-sabrina-carpenter',
    caption:
      'Taylor Swift shared a hug with Sabrina Carpenter, who supported her on her most recent Eras Tour dates:',
    alt: 'Close-up of Taylor and a smiling Sabrina hugging',
    credit: { photographer: 'Theo Wargo', agency: getty },
    people: ['taylor-swift', 'sabrina-carpenter'],
    awards: [],
  },
  {
    number: 5,
    slug: 'halle-and-chloe-bailey',
    caption:
      'Halle and Chloe Bailey shared a sweet sisterly moment backstage, and I just love this duo:',
    alt: 'Chloe and Halle sitting together, smiling, and touching hands',
    credit: { photographer: 'John Shearer', agency: getty },
    people: ['halle-bailey', 'chloe-bailey'],
    awards: [],
  },
  {
    number: 6,
    slug: 'halle-and-chloe-bailey-with-taylor-swift',
    caption: 'They also sweetly chatted with Taylor Swift:',
    alt: 'Taylor talking to a smiling Halle and Chloe as they stand together',
    credit: { photographer: 'John Shearer', agency: getty },
    people: ['halle-bailey', 'chloe-bailey', 'taylor-swift'],
    awards: [],
  },
  {
    number: 7,
    slug: 'dove-cameron-and-ice-spice',
    caption: "Dove Cameron passed on the Best New Artist baton to this year's winner, Ice Spice:",
    alt: 'Dove gives the award to a smiling Ice Spice onstage',
    credit: { photographer: 'Dia Dipasupil', agency: 'Getty Images' },
    people: ['dove-cameron', 'ice-spice'],
    awards: ['best-new-artist'],
  },
  {
    number: 8,
    slug: 'yeonjun-and-anitta',
    caption:
      'Yeonjun from TXT posed with Anitta backstage — she debuted her song "Back for More" with the band at the show:',
    alt: 'Yeonjun and Anitta hug',
    credit: { photographer: 'John Shearer', agency: getty },
    people: ['yeonjun', 'anitta'],
    awards: [],
  },
  {
    number: 9,
    slug: 'shakira-and-karol-g',
    caption:
      'Shakira and Karol G shared a sweet hug as they accepted the award for Best Collab together:',
    alt: 'Shakira and a smiling Karol G embrace',
    credit: { photographer: 'Kevin Mazur', agency: getty },
    people: ['shakira', 'karol-g'],
    awards: ['best-collaboration'],
  },
  {
    number: 10,
    slug: 'karol-g-and-nicki-minaj',
    caption: 'Also, Karol G shared a laugh with Nicki Minaj in the audience...',
    alt: 'Karol G and Nicki sitting together and laughing',
    credit: { photographer: 'Christopher Polk', agency: variety },
    people: ['karol-g', 'nicki-minaj'],
    awards: [],
  },
  {
    number: 11,
    slug: 'karol-g-and-nelly-furtado',
    caption: '...and struck a pose with Nelly Furtado:',
    alt: 'A smiling Karol G giving a peace sign next to a smiling Nelly',
    credit: { photographer: 'Christopher Polk', agency: variety },
    people: ['karol-g', 'nelly-furtado'],
    awards: [],
  },
  {
    number: 12,
    slug: 'sabrina-carpenter-and-yeonjun',
    caption:
      'We also got a glimpse of how fun and silly it can get backstage, with Sabrina Carpenter cracking up while chatting with Yeonjun:',
    alt: "Sabrina cracking up and touching Yeonjun's arm",
    credit: { photographer: 'Johnny Nunez', agency: getty },
    people: ['sabrina-carpenter', 'yeonjun'],
    awards: [],
  },
  {
    number: 13,
    slug: 'kelsea-ballerini-chase-stokes-and-bebe-rexha',
    caption:
      'Kelsea Ballerini and Chase Stokes (who were also having a couples red moment) shared a moment with Bebe Rexha backstage:',
    alt: 'Kelsea and Chase smile at Bebe as they stand together',
    credit: { photographer: 'John Shearer', agency: getty },
    people: ['kelsea-ballerini', 'chase-stokes', 'bebe-rexha'],
    awards: [],
  },
  {
    number: 14,
    slug: 'kelsea-ballerini-chase-stokes-and-renee-rapp',
    caption: 'The pair also posed with Reneé Rapp...',
    alt: 'Smiling Kelsea, Chase, and Reneé stand together',
    credit: { photographer: 'John Shearer', agency: getty },
    people: ['kelsea-ballerini', 'chase-stokes', 'renee-rapp'],
    awards: [],
  },
  {
    number: 15,
    slug: 'kelsea-ballerini-chase-stokes-and-billy-porter',
    caption: '...and Billy Porter!',
    alt: "Kelsea bends to kiss a smiling Billy's cheek as Chase stands and smiles",
    credit: { photographer: 'John Shearer', agency: getty },
    people: ['kelsea-ballerini', 'chase-stokes', 'billy-porter'],
    awards: [],
  },
  {
    number: 16,
    slug: 'nsync-reunited',
    caption:
      'NSYNC goofed around backstage — the group reunited to present the Best Pop Award to Taylor Swift:',
    alt: 'The members of NSYNC smiling and standing together',
    credit: { photographer: 'John Shearer', agency: getty },
    people: ['nsync'],
    awards: ['best-pop'],
  },
  {
    number: 17,
    slug: 'lil-nas-x-and-ice-spice',
    caption: 'Lil Nas X and Ice Spice struck a pose together:',
    alt: 'Lil Nas and Ice, both in white, stand together',
    credit: { photographer: 'Kevin Mazur', agency: getty },
    people: ['lil-nas-x', 'ice-spice'],
    awards: [],
  },
  {
    number: 18,
    slug: 'diddy-and-king-combs',
    caption:
      'Diddy and his son King Combs celebrated the big night — Diddy had accepted the Global Icon Award and performed a medley of his hits:',
    alt: 'Diddy and King, both in red and sunglasses, on the red carpet',
    altNote:
      'The article\'s description reads "Diddy and Kim"; the caption names his son King Combs, so the alt text says "King".',
    credit: { photographer: 'Taylor Hill', agency: 'FilmMagic' },
    people: ['diddy', 'king-combs'],
    awards: ['global-icon'],
  },
  {
    number: 19,
    slug: 'taylor-swift-and-her-moon-people',
    caption:
      'Finally, Taylor Swift, alongside her cinematographer Rina Yang and editor Chancler Haynes, posed with her MASSIVE new collection of Moon People:',
    alt: 'Taylor, Rina, and Chancler hold awards, with five more on a table in front of them',
    credit: { photographer: 'Kevin Mazur', agency: getty },
    people: ['taylor-swift', 'rina-yang', 'chancler-haynes'],
    awards: [],
    trophyNote: 'Moon People',
  },
];
