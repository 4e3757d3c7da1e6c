import { describe, it, expect } from 'vitest';
import { clockTime, runningTimes } from '../../src/trainers/plan';
import { sectionContaining, sectionsOf } from '../../src/trainers/sections';
import { counterText, slideForKey, slideForSwipe } from '../../src/trainers/deck';
import { presetProblems } from '../../src/calculators/presets';

describe('a class plan', () => {
  it('runs each step from where the one before ended', () => {
    const steps = runningTimes([
      { minutes: 5, activity: 'a' },
      { minutes: 12, activity: 'b' },
      { minutes: 50, activity: 'c' },
    ]);
    expect(steps.map(({ start, end }) => [start, end])).toEqual([
      [0, 5],
      [5, 17],
      [17, 67],
    ]);
  });

  it("shows the clock in hours and two-digit minutes, in the locale's digits", () => {
    expect(clockTime('en', 67)).toBe('1:07');
    expect(clockTime('ar', 67)).toBe('١:٠٧');
    expect(clockTime('fa', 0)).toBe('۰:۰۰');
  });
});

describe('a section of rendered MDX', () => {
  const html =
    '<p>lead</p><h2 id="a">Memo</h2><table>numbers</table><h2 id="b">Grading</h2><div class="rubric"><table>r</table></div><h2>Model</h2><p>x</p>';

  it('splits the content at its top-level headings, each part without its heading', () => {
    expect(sectionsOf(html)).toEqual([
      { heading: '', body: '<p>lead</p>' },
      { heading: 'Memo', body: '<table>numbers</table>' },
      { heading: 'Grading', body: '<div class="rubric"><table>r</table></div>' },
      { heading: 'Model', body: '<p>x</p>' },
    ]);
  });

  it('is the one section that holds the marker, and fails the build when none or several do', () => {
    expect(sectionContaining(html, 'class="rubric"')).toBe('<div class="rubric"><table>r</table></div>');
    expect(() => sectionContaining(html, 'class="practice"')).toThrow(/0 sections/);
    expect(() => sectionContaining(html, '<table')).toThrow(/2 sections/);
  });
});

describe('moving through a deck of five slides', () => {
  it('goes forward with the arrow that points the way the text reads, and back with the other', () => {
    expect(slideForKey('ArrowRight', false, 'ltr', 2, 5)).toBe(3);
    expect(slideForKey('ArrowLeft', false, 'ltr', 2, 5)).toBe(1);
    expect(slideForKey('ArrowLeft', false, 'rtl', 2, 5)).toBe(3);
    expect(slideForKey('ArrowRight', false, 'rtl', 2, 5)).toBe(1);
  });

  it('pages with PageDown, PageUp and Space (Shift+Space back), and jumps with Home and End', () => {
    expect(slideForKey('PageDown', false, 'ltr', 0, 5)).toBe(1);
    expect(slideForKey('PageUp', false, 'rtl', 1, 5)).toBe(0);
    expect(slideForKey(' ', false, 'ltr', 1, 5)).toBe(2);
    expect(slideForKey(' ', true, 'ltr', 1, 5)).toBe(0);
    expect(slideForKey('Home', false, 'ltr', 3, 5)).toBe(0);
    expect(slideForKey('End', false, 'rtl', 0, 5)).toBe(4);
  });

  it('stays within the deck, and leaves other keys alone', () => {
    expect(slideForKey('ArrowRight', false, 'ltr', 4, 5)).toBe(4);
    expect(slideForKey('PageUp', false, 'ltr', 0, 5)).toBe(0);
    expect(slideForKey('a', false, 'ltr', 2, 5)).toBeNull();
    expect(slideForKey('ArrowDown', false, 'ltr', 2, 5)).toBeNull();
  });

  it('swipes the next slide in from where the text goes, ignoring short movements', () => {
    expect(slideForSwipe(-120, 'ltr', 2, 5)).toBe(3);
    expect(slideForSwipe(120, 'ltr', 2, 5)).toBe(1);
    expect(slideForSwipe(120, 'rtl', 2, 5)).toBe(3);
    expect(slideForSwipe(-120, 'rtl', 2, 5)).toBe(1);
    expect(slideForSwipe(-20, 'ltr', 2, 5)).toBeNull();
  });
});

describe('a calculator preset', () => {
  it('is sound when it names only fields of the calculator, with values they accept', () => {
    expect(presetProblems('cost', 'customers=4000&retain=2&acquire=35')).toEqual([]);
  });

  it('names what is wrong: an empty preset, an unknown field, a refused value', () => {
    expect(presetProblems('cost', '')).toHaveLength(1);
    expect(presetProblems('cost', 'margin=45')[0]).toMatch(/margin is not a field of cost/);
    expect(presetProblems('clv', 'margin=140')[0]).toMatch(/margin=140/);
  });
});

describe("a deck's counter", () => {
  it("fills the template's numbers in the given digits, in the template's order", () => {
    const arabic = new Intl.NumberFormat('ar-u-nu-arab');
    expect(counterText('{{current, number}} من {{total, number}}', (n) => arabic.format(n), 3, 12)).toBe('٣ من ١٢');
    expect(counterText('{{total}}: {{current}}', String, 1, 2)).toBe('2: 1');
  });
});
