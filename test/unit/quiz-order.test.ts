import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { choiceOrder } from '../../src/quiz/order';

describe('choiceOrder', () => {
  it('keeps the authored order on the first attempt', () => {
    expect(choiceOrder(4, 0, () => 0.99)).toEqual([0, 1, 2, 3]);
  });

  it('is always a permutation of the choices', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 20, maxLength: 20 }),
        (count, attempt, draws) => {
          let next = 0;
          const order = choiceOrder(count, attempt, () => draws[next++ % draws.length]!);
          expect([...order].sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
        },
      ),
    );
  });

  it('moves the choices on a retry', () => {
    // random() = 0 swaps each position with the first: [0,1,2,3] -> [1,2,3,0].
    expect(choiceOrder(4, 1, () => 0)).toEqual([1, 2, 3, 0]);
  });

  it('redraws a shuffle that gave back the authored order', () => {
    // Draws near 1 keep every element in place, so the first shuffle is the authored
    // order; the redraw (all 0) rotates it.
    const draws = [0.99, 0.99, 0.99, 0, 0, 0];
    let next = 0;
    expect(choiceOrder(4, 1, () => draws[next++]!)).toEqual([1, 2, 3, 0]);
  });
});
