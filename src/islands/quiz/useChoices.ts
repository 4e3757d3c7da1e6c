import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { choiceOrder } from '../../quiz/order';
import type { QuizQuestion } from './ChoiceRow';

/**
 * The choices of a set of questions, shared by a lesson's quiz and the final test: what
 * the reader picked, in which order each question's choices are shown on this attempt,
 * and the radio group names. Choices picked before the island hydrated (the radios work
 * without JavaScript) are read from the page, so hydration loses nothing.
 */
export function useChoices(questions: QuizQuestion[], namePrefix: string) {
  const root = useRef<HTMLDivElement>(null);
  const [hydrated, setHydrated] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [picked, setPicked] = useState<Record<string, number>>({});
  const nameOf = (question: QuizQuestion) => `${namePrefix}-${question.id}-${attempt}`;

  useEffect(() => {
    const onPage: Record<string, number> = {};
    for (const question of questions) {
      const input = root.current?.querySelector<HTMLInputElement>(`input[name="${nameOf(question)}"]:checked`);
      if (input) onPage[question.id] = Number(input.value);
    }
    setPicked(onPage);
    setHydrated(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on hydration: later picks go through state
  }, []);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- the questions never change; a new attempt reshuffles
  const orders = useMemo(() => questions.map((question) => choiceOrder(question.choices.length, attempt)), [attempt]);

  return {
    root,
    hydrated,
    attempt,
    picked,
    orders,
    nameOf,
    pick: (question: QuizQuestion, index: number) => setPicked((previous) => ({ ...previous, [question.id]: index })),
    /** A fresh attempt: nothing picked, every question's choices shuffled. */
    retry: () => {
      setAttempt((previous) => previous + 1);
      setPicked({});
    },
  };
}
