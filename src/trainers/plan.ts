import { formatNumber } from '../i18n/numbers';
import type { Locale } from '../i18n/locales';

export interface PlanStep {
  minutes: number;
  activity: string;
}

/** Each step of a class plan with the clock, in minutes from the start, at which it begins and ends. */
export function runningTimes<S extends PlanStep>(steps: S[]): (S & { start: number; end: number })[] {
  let clock = 0;
  return steps.map((step) => {
    const start = clock;
    clock += step.minutes;
    return { ...step, start, end: clock };
  });
}

/** Minutes from the start of class as a clock time, `1:05`, in the locale's digits. */
export function clockTime(locale: Locale, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${formatNumber(locale, hours)}:${formatNumber(locale, minutes % 60, { minimumIntegerDigits: 2 })}`;
}
