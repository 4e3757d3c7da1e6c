import type { PluralTemplates } from '../../i18n/island-strings';

export interface QuizChoice {
  text: string;
  /** Why this choice is right, or the misconception behind it. */
  feedback: string;
}

export interface QuizQuestion {
  id: string;
  question: string;
  choices: QuizChoice[];
  answer: number;
}

export interface QuizStrings {
  check: string;
  correct: string;
  incorrect: string;
  answer: string;
  pick: string;
  retry: string;
  right: string;
  yours: string;
  score: PluralTemplates;
}

export type Mark = 'right' | 'wrong' | undefined;

/** What a checked choice was: the right answer, the reader's wrong pick, or neither. */
export function markOf(question: QuizQuestion, picked: number | undefined, index: number): Mark {
  if (index === question.answer) return 'right';
  return picked === index ? 'wrong' : undefined;
}

/** One choice as a full-width row; after checking it says, in words and an icon, what it was. */
export function ChoiceRow({
  name,
  choice,
  index,
  picked,
  mark,
  checked,
  strings,
  onPick,
}: {
  name: string;
  choice: QuizChoice;
  index: number;
  picked: boolean;
  mark: Mark;
  checked: boolean;
  strings: Pick<QuizStrings, 'right' | 'yours'>;
  onPick: (index: number) => void;
}) {
  return (
    <li class={`quiz-choice${mark ? ` is-${mark}` : ''}`}>
      <label>
        <input type="radio" name={name} value={index} checked={picked} disabled={checked} onChange={() => onPick(index)} />
        <span class="quiz-choice-text">{choice.text}</span>
        {mark && (
          <span class="quiz-mark">
            <span aria-hidden="true">{mark === 'right' ? '✓' : '✗'}</span> {mark === 'right' ? strings.right : strings.yours}
          </span>
        )}
      </label>
      {checked && (mark || picked) && <p class="quiz-choice-feedback">{choice.feedback}</p>}
    </li>
  );
}
