import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageCount, pageRange, pagerItems, parsePage } from '../../../src/domain/pages';

describe('a windowed wall’s pages', () => {
  it('are as many as the moments fill, the last one partly; the wall is page 1 of at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(1000)).toBe(Math.ceil(1000 / PAGE_SIZE));
    expect(pageRange(1, 1000)).toEqual({ from: 0, to: PAGE_SIZE });
    expect(pageRange(3, 1000)).toEqual({ from: 2 * PAGE_SIZE, to: 3 * PAGE_SIZE });
    expect(pageRange(pageCount(1000), 1000)).toEqual({ from: (pageCount(1000) - 1) * PAGE_SIZE, to: 1000 });
  });

  it('are named by their number from 2 to the last, written as the pager writes it; anything else is no page', () => {
    const last = pageCount(1000);
    expect(parsePage('2', 1000)).toBe(2);
    expect(parsePage(String(last), 1000)).toBe(last);
    for (const param of [undefined, '', '1', '0', String(last + 1), '02', '+3', '3.0', '3e1', 'two', ' 3', '9999999']) {
      expect(parsePage(param, 1000), JSON.stringify(param)).toBeUndefined();
    }
    expect(parsePage('2', PAGE_SIZE), 'a wall of one page has no page 2').toBeUndefined();
  });

  it('are linked from the pager: the first, the last, two on each side of this one, a gap between', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerItems(1, 84)).toEqual([1, 2, 3, null, 84]);
    expect(pagerItems(7, 84)).toEqual([1, null, 5, 6, 7, 8, 9, null, 84]);
    expect(pagerItems(4, 84), 'no gap where no page is left out').toEqual([1, 2, 3, 4, 5, 6, null, 84]);
    expect(pagerItems(84, 84)).toEqual([1, null, 82, 83, 84]);
  });
});
