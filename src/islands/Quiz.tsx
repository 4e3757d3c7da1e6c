import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { fillPlural } from '../i18n/island-strings';
import { browserStorage, bestQuiz, updateLesson } from '../progress/store';
import { ChoiceRow, markOf, type QuizQuestion, type QuizStrings } from './quiz/ChoiceRow';
import { useChoices } from './quiz/useChoices';

export type { QuizQuestion, QuizStrings };

interface Props {
  locale: Locale;
  lesson: string;
  questions: QuizQuestion[];
  strings: QuizStrings;
}

/** Without JavaScript: every choice with its feedback, the right one named. */
function AnswerKey({ question, strings }: { question: QuizQuestion; strings: QuizStrings }) {
  return (
    <details class="quiz-key">
      <summary>{strings.answer}</summary>
      <ul>
        {question.choices.map((choice, index) => (
          <li class={index === question.answer ? 'is-right' : undefined}>
            {index === question.answer && (
              <strong class="quiz-mark">
                <span aria-hidden="true">✓</span> {strings.right}:{' '}
              </strong>
            )}
            <span class="quiz-choice-text">{choice.text}</span>. {choice.feedback}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * A self-check quiz. The server renders the questions with working radio buttons and the
 * answers in disclosure widgets, so it teaches without JavaScript; once hydrated, the
 * same rows are checked one question at a time, each choice's feedback is shown, the
 * verdict is announced, and the best score goes into the reader's progress. Retries
 * shuffle the choices.
 */
export default function Quiz({ locale, lesson, questions, strings }: Props) {
  const { root, hydrated, attempt, picked, orders, nameOf, pick, retry: nextAttempt } = useChoices(questions, `quiz-${lesson}`);
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- record the score when the quiz becomes finished, not on each render after
  }, [finished]);

  const check = (q: QuizQuestion) => {
    if (picked[q.id] === undefined) {
      setNudge(q.id);
      return;
    }
    setNudge(null);
    setChecked({ ...checked, [q.id]: true });
  };

  const retry = () => {
    nextAttempt();
    setChecked({});
  };

  return (
    <div class="quiz" ref={root}>
      <ol class="quiz-items">
        {questions.map((q, position) => (
          <li key={`${q.id}-${attempt}`} class="quiz-item">
            <fieldset>
              <legend class="quiz-question">{q.question}</legend>
              <ul class="quiz-choices">
                {orders[position]!.map((index) => (
                  <ChoiceRow
                    key={index}
                    name={nameOf(q)}
                    choice={q.choices[index]!}
                    index={index}
                    picked={picked[q.id] === index}
                    mark={checked[q.id] ? markOf(q, picked[q.id], index) : undefined}
                    checked={checked[q.id] === true}
                    strings={strings}
                    onPick={(choice) => pick(q, choice)}
                  />
                ))}
              </ul>
            </fieldset>
            {hydrated ? (
              <div class="quiz-actions">
                {!checked[q.id] && (
                  <button type="button" onClick={() => check(q)}>
                    {strings.check}
                  </button>
                )}
                <p role="status" class="quiz-verdict">
                  {nudge === q.id && strings.pick}
                  {checked[q.id] && (picked[q.id] === q.answer ? strings.correct : strings.incorrect)}
                </p>
              </div>
            ) : (
              <AnswerKey question={q} strings={strings} />
            )}
          </li>
        ))}
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
