import { describe, it, expect } from 'vitest';
import {
  readProgress,
  updateLesson,
  bestQuiz,
  STORAGE_KEY,
  readFinalTest,
  recordFinalTest,
  passed,
  type KeyValueStorage,
} from '../../src/progress/store';

function memoryStorage(initial?: string): KeyValueStorage & { value: string | null } {
  return {
    value: initial ?? null,
    getItem() {
      return this.value;
    },
    setItem(_key, value) {
      this.value = value;
    },
  };
}

describe('progress', () => {
  it('starts empty', () => {
    expect(readProgress(memoryStorage())).toEqual({});
    expect(readProgress(undefined)).toEqual({});
  });

  it('remembers a lesson marked done and a quiz score', () => {
    const storage = memoryStorage();
    updateLesson(storage, 'what-each-costs', (p) => ({ ...p, done: true }));
    updateLesson(storage, 'what-each-costs', (p) => ({ ...p, quiz: { correct: 3, total: 4 } }));
    expect(readProgress(storage)).toEqual({ 'what-each-costs': { done: true, quiz: { correct: 3, total: 4 } } });
  });

  it.each([
    ['not JSON', '{oops'],
    ['an array', '[1,2]'],
    ['a number', '42'],
    ['null', 'null'],
  ])('ignores storage holding %s', (_what, raw) => {
    expect(readProgress(memoryStorage(raw))).toEqual({});
  });

  it('keeps the valid lessons and drops the malformed ones', () => {
    const raw = JSON.stringify({
      good: { done: true },
      noDone: { quiz: { correct: 1, total: 2 } },
      badQuiz: { done: false, quiz: { correct: 5, total: 2 } },
      html: '<img src=x onerror=alert(1)>',
    });
    expect(readProgress(memoryStorage(raw))).toEqual({ good: { done: true }, badQuiz: { done: false } });
  });

  it('survives storage that throws on read and on write', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readProgress(broken)).toEqual({});
    expect(updateLesson(broken, 'x', () => ({ done: true }))).toEqual({ x: { done: true } });
  });

  it('stores under one versioned key', () => {
    const storage = memoryStorage();
    updateLesson(storage, 'a', () => ({ done: true }));
    expect(STORAGE_KEY).toMatch(/v1$/);
    expect(JSON.parse(storage.value!)).toEqual({ a: { done: true } });
  });

  it('keeps the better quiz result', () => {
    expect(bestQuiz({ correct: 3, total: 4 }, { correct: 2, total: 4 })).toEqual({ correct: 3, total: 4 });
    expect(bestQuiz({ correct: 1, total: 4 }, { correct: 2, total: 4 })).toEqual({ correct: 2, total: 4 });
    expect(bestQuiz(undefined, { correct: 0, total: 3 })).toEqual({ correct: 0, total: 3 });
  });
});

describe('the final test result', () => {
  it('is kept at its best, with the date it was reached', () => {
    const storage = memoryStorage();
    expect(readFinalTest(storage)).toBeNull();
    recordFinalTest(storage, { correct: 12, total: 20, date: '2026-11-02' });
    expect(recordFinalTest(storage, { correct: 15, total: 20, date: '2026-11-03' })).toEqual({
      correct: 15,
      total: 20,
      date: '2026-11-03',
    });
    // A worse later attempt does not replace it.
    expect(recordFinalTest(storage, { correct: 9, total: 20, date: '2026-11-04' })).toEqual({ correct: 15, total: 20, date: '2026-11-03' });
    expect(readFinalTest(storage)).toEqual({ correct: 15, total: 20, date: '2026-11-03' });
  });

  it.each([
    ['not JSON', '{oops'],
    ['more right than asked', '{"correct":21,"total":20,"date":"2026-11-02"}'],
    ['no items', '{"correct":0,"total":0,"date":"2026-11-02"}'],
    ['a fraction', '{"correct":1.5,"total":20,"date":"2026-11-02"}'],
    ['no date', '{"correct":15,"total":20}'],
    ['a date that is not one', '{"correct":15,"total":20,"date":"2026-13-45"}'],
    ['markup for a date', '{"correct":15,"total":20,"date":"<img src=x>"}'],
  ])('ignores storage holding %s', (_what, raw) => {
    expect(readFinalTest(memoryStorage(raw))).toBeNull();
  });

  it('passes at 70%: 14 of 20, not 13', () => {
    expect(passed({ correct: 14, total: 20 })).toBe(true);
    expect(passed({ correct: 13, total: 20 })).toBe(false);
  });
});
