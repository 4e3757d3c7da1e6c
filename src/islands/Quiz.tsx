import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { fill, fillPlural, type PluralTemplates } from '../i18n/island-strings';
import { browserStorage, bestQuiz, updateLesson } from '../progress/store';

export interface QuizQuestion {
  id: string;
  question: string;
  choices: string[];
  answer: number;
  explanation: string;
}

export interface QuizStrings {
  check: string;
  correct: string;
  incorrect: string;
  answer: string;
  pick: string;
  retry: string;
  score: PluralTemplates;
}

interface Props {
  locale: Locale;
  lesson: string;
  questions: QuizQuestion[];
  strings: QuizStrings;
}

/**
 * A self-check quiz. Rendered on the server (and so without JavaScript) as questions
 * with their answers in disclosure widgets; once hydrated, a reader picks a choice,
 * checks it, and hears the verdict through a live region. The best score is kept.
 */
export default function Quiz({ locale, lesson, questions, strings }: Props) {
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const [picked, setPicked] = useState<Record<string, number>>({});
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [nudge, setNudge] = useState<string | null>(null);

  const answered = questions.filter((q) => checked[q.id]);
  const correct = answered.filter((q) => picked[q.id] === q.answer).length;
  const finished = answered.length === questions.length;

  useEffect(() => {
    if (!finished) return;
    updateLesson(browserStorage(), lesson, (progress) => ({
      ...progress,
      quiz: bestQuiz(progress.quiz, { correct, total: questions.length }),
    }));
  }, [finished]);

  if (!enhanced) {
    return (
      <ol class="quiz">
        {questions.map((q) => (
          <li key={q.id}>
            <p class="quiz-question">{q.question}</p>
            <ul>
              {q.choices.map((choice) => (
                <li>{choice}</li>
              ))}
            </ul>
            <details>
              <summary>{strings.answer}</summary>
              <p>
                <strong>{q.choices[q.answer]}</strong>
              </p>
              <p>{q.explanation}</p>
            </details>
          </li>
        ))}
      </ol>
    );
  }

  const check = (q: QuizQuestion) => {
    if (picked[q.id] === undefined) {
      setNudge(q.id);
      return;
    }
    setNudge(null);
    setChecked({ ...checked, [q.id]: true });
  };

  const retry = () => {
    setPicked({});
    setChecked({});
  };

  return (
    <div class="quiz">
      <ol>
        {questions.map((q) => {
          const isChecked = checked[q.id] === true;
          const isRight = picked[q.id] === q.answer;
          return (
            <li key={q.id}>
              <fieldset disabled={isChecked}>
                <legend class="quiz-question">{q.question}</legend>
                {q.choices.map((choice, index) => (
                  <label class="quiz-choice">
                    <input
                      type="radio"
                      name={`quiz-${q.id}`}
                      value={index}
                      checked={picked[q.id] === index}
                      onChange={() => setPicked({ ...picked, [q.id]: index })}
                    />{' '}
                    {choice}
                  </label>
                ))}
              </fieldset>
              {!isChecked && (
                <button type="button" onClick={() => check(q)}>
                  {strings.check}
                </button>
              )}
              <div role="status" class="quiz-feedback">
                {nudge === q.id && <p>{strings.pick}</p>}
                {isChecked && (
                  <>
                    <p class={isRight ? 'right' : 'wrong'}>
                      {isRight ? strings.correct : fill(locale, strings.incorrect, { answer: q.choices[q.answer] ?? '' })}
                    </p>
                    <p>{q.explanation}</p>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <div role="status" class="quiz-score">
        {finished && <p>{fillPlural(locale, strings.score, questions.length, { correct })}</p>}
      </div>
      {finished && (
        <button type="button" onClick={retry}>
          {strings.retry}
        </button>
      )}
    </div>
  );
}
