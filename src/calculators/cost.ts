import type { FieldSpec } from './fields';

/** Keeping customers against winning the same number anew (claims acq-cost-5-25, acq-cost-5, acq-cost-7). */
export type CostInputs = {
  customers: number;
  /** What keeping one customer costs. */
  retain: number;
  /** How many times more a new customer costs than keeping one. */
  multiple: number;
  /** What winning one customer costs; when given, it sets the multiple. */
  acquire?: number | undefined;
  /** How many of the customers the spending actually keeps, who would otherwise have left. */
  saved?: number | undefined;
};

export const costFields = {
  customers: { kind: 'count' },
  retain: { kind: 'money', nonZero: true },
  multiple: { kind: 'multiple' },
  acquire: { kind: 'money', optional: true },
  saved: { kind: 'count', optional: true, nonZero: true },
} satisfies Record<keyof CostInputs, FieldSpec>;

/**
 * The running case's win-back email: 1,000 customers mailed for $1.50 each, 60 of them
 * saved, against $35 to win a new one. The multiple stays at the rule of thumb it is
 * there to test; the cost to win one overrides it.
 */
export const costDefaults: CostInputs = { customers: 1000, retain: 1.5, multiple: 5, acquire: 35, saved: 60 };

/** The range the articles quote, with the figure some of them give instead. */
export const multipleBand = { low: 5, high: 25, marked: 7 } as const;

export interface CostResult {
  keep: number;
  replace: number;
  difference: number;
  /** Replacing costs this many times keeping: the multiple, or acquire / retain. */
  ratio: number;
  /**
   * With `saved`: the whole spend over the customers it really kept, the fair figure to set
   * against the cost of winning one (`perWon`). Null without it.
   */
  perSaved: number | null;
  /** What winning one customer costs: `acquire`, or the multiple times `retain`. */
  perWon: number;
}

export function computeCost({ customers, retain, multiple, acquire, saved }: CostInputs): CostResult {
  const keep = customers * retain;
  // With a cost to acquire, customers x acquire is the replacement cost itself; going
  // through acquire / retain and back would only add rounding.
  const replace = acquire === undefined ? keep * multiple : customers * acquire;
  return {
    keep,
    replace,
    difference: replace - keep,
    ratio: acquire === undefined ? multiple : acquire / retain,
    perSaved: saved === undefined ? null : keep / saved,
    perWon: acquire ?? retain * multiple,
  };
}
