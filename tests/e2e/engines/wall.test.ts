// The wall and its moments, in every engine.
import { expect } from 'vitest';
import { momentsAt } from '../../catalogue';
import { momentTitle } from '../../../src/content/catalog';
import { paths } from '../../../src/paths';
import { forEachEngine } from '../support/engines/session';
import { CARDS, expectWall } from '../support/engines/screen';

forEachEngine((run) => {
  run('the wall and its moments', async (tab) => {
    await tab.open('/');
    await expectWall(tab, '/');
    const moments = momentsAt('/');
    expect(await tab.attributes(CARDS, 'href')).toEqual(moments.map((moment) => paths.moment.getHref(moment.slug)));

    // A card's address opened cold is the moment's own page, headed by its title.
    const last = moments.at(-1)!;
    await tab.open(paths.moment.getHref(last.slug));
    expect(await tab.texts({ role: 'heading', level: 1 })).toEqual([momentTitle(last)]);
    expect(await tab.count({ role: 'link', name: 'Back to the wall' })).toBe(1);
  });
});
