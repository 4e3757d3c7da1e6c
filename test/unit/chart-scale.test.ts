import { describe, it, expect } from 'vitest';
import { niceTop, spaced, yearTicks } from '../../src/islands/calculator/scale';

describe('the value scale of a chart', () => {
  it.each([
    [128.02, 200],
    [406.6, 600],
    [1489.08, 2000],
    [3085.71, 4000],
    [8000, 8000],
    [0.3, 0.4],
    [1e24, 2e24],
  ])('tops %d at %d, whose half is as round', (high, top) => {
    expect(niceTop(high)).toBe(top);
  });

  it('has a scale to draw when every value is 0', () => {
    expect(niceTop(0)).toBe(1);
  });
});

describe('the years labelled along a horizon', () => {
  it.each([
    [10, [0, 2, 4, 6, 8, 10]],
    [12, [0, 3, 6, 9, 12]],
    [20, [0, 4, 8, 12, 16, 20]],
    [3, [0, 1, 2, 3]],
    [1, [0, 1]],
    [7, [0, 7]],
    [1e12, [0, 2e11, 4e11, 6e11, 8e11, 1e12]],
  ])('%d years: %j, evenly spaced', (horizon, ticks) => {
    expect(yearTicks(horizon)).toEqual(ticks);
  });
});

describe('axis labels', () => {
  it('keep the first given of any two that would run into each other', () => {
    const ticks = [
      { at: 0, text: '0' },
      { at: 0.5, text: '5' },
      { at: 0.9, text: '25' },
      { at: 0.6, text: '7' },
      { at: 0.1, text: '1' },
    ];
    expect(spaced(ticks).map((tick) => tick.text)).toEqual(['0', '5', '25']);
  });
});
