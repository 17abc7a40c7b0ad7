import { ItemOrderError, itemOrderOf } from './item-order';

describe('itemOrderOf', () => {
  it('accepts a permutation of the five items, as numbers or as the query’s strings', () => {
    expect(itemOrderOf([3, 1, 2, 4, 5])).toEqual([3, 1, 2, 4, 5]);
    expect(itemOrderOf(['3', '1', '2', '4', '5'])).toEqual([3, 1, 2, 4, 5]);
  });

  it.each([
    [[1, 2, 3, 4]],
    [[1, 1, 2, 4, 5]],
    [[1, 2, 3, 4, 6]],
    [[1, 2, 3, 4, 5, 5]],
    [['1', '2', '3', '4', 'x']],
    [[]],
  ])('refuses %p: an item dropped or doubled would change the report silently', (order) => {
    expect(() => itemOrderOf(order)).toThrow(ItemOrderError);
  });
});
