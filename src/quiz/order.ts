/**
 * The order choices are shown in. The first attempt keeps the authored order (a content
 * test keeps the right answer's position balanced across the course), so hydration moves
 * nothing on screen; every later attempt shuffles, so a learner cannot pass on positions.
 */
export function choiceOrder(count: number, attempt: number, random: () => number = Math.random): number[] {
  const order = Array.from({ length: count }, (_, index) => index);
  if (attempt === 0) return order;
  // Fisher-Yates; a shuffle that returns the order just seen is redrawn once, so a
  // retry visibly changes in all but a vanishing share of cases.
  for (let tries = 0; tries < 2; tries++) {
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    if (order.some((value, index) => value !== index)) break;
  }
  return order;
}
