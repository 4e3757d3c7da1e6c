import { useRef, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { fillPlural, type PluralTemplates } from '../i18n/island-strings';
import { browserStorage, passed, recordFinalTest } from '../progress/store';
import { ChoiceRow, markOf, type QuizQuestion } from './quiz/ChoiceRow';
import { useChoices } from './quiz/useChoices';

export interface FinalTestItem extends QuizQuestion {
  /** Where the item's idea is taught, for the list of what to revisit. */
  revisit: { lesson: string; href: string; title: string };
}

export interface FinalTestStrings {
  submit: string;
  unanswered: PluralTemplates;
  score: PluralTemplates;
  passed: string;
  failed: string;
  revisit: string;
  retry: string;
  right: string;
  yours: string;
  certificate: string;
}

interface Props {
  locale: Locale;
  items: FinalTestItem[];
  certificateHref: string;
  strings: FinalTestStrings;
}

const today = () => {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
};

/**
 * The course's final test: every item answered, then scored at once against the pass
 * mark, with each choice's feedback and the sections to revisit. The best result is kept
 * in the reader's browser, where the certificate page reads it.
 */
export default function FinalTest({ locale, items, certificateHref, strings }: Props) {
  // Until hydration the page holds a Submit button that cannot score: it stays disabled.
  const { root, hydrated, attempt, picked, orders, nameOf, pick, retry: nextAttempt } = useChoices(items, 'final');
  const [submitted, setSubmitted] = useState(false);
  const [missing, setMissing] = useState(0);
  const result = useRef<HTMLHeadingElement>(null);

  const correct = items.filter((item) => picked[item.id] === item.answer).length;
  const wrong = items.filter((item) => picked[item.id] !== item.answer);
  // Each section once, in course order.
  const revisit = [...new Map(wrong.map(({ revisit }) => [revisit.href, revisit])).values()];

  const submit = () => {
    const unanswered = items.filter((item) => picked[item.id] === undefined);
    setMissing(unanswered.length);
    if (unanswered.length > 0) {
      root.current?.querySelector<HTMLInputElement>(`input[name="${nameOf(unanswered[0]!)}"]`)?.focus();
      return;
    }
    recordFinalTest(browserStorage(), { correct, total: items.length, date: today() });
    setSubmitted(true);
    requestAnimationFrame(() => result.current?.focus());
  };

  const retry = () => {
    nextAttempt();
    setSubmitted(false);
    setMissing(0);
  };

  return (
    <div class="quiz final-test" ref={root}>
      {submitted && (
        <section class="final-result" aria-labelledby="final-result">
          <h2 id="final-result" tabIndex={-1} ref={result}>
            {passed({ correct, total: items.length }) ? strings.passed : strings.failed}
          </h2>
          <p class="quiz-score">{fillPlural(locale, strings.score, items.length, { correct })}</p>
          {passed({ correct, total: items.length }) && (
            <p>
              <a href={certificateHref}>{strings.certificate}</a>
            </p>
          )}
          {revisit.length > 0 && (
            <>
              <h3>{strings.revisit}</h3>
              <ul>
                {revisit.map(({ href, title }) => (
                  <li key={href}>
                    <a href={href}>{title}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" onClick={retry}>
            {strings.retry}
          </button>
        </section>
      )}
      <ol class="quiz-items">
        {items.map((item, position) => (
          <li key={`${item.id}-${attempt}`} class="quiz-item">
            <fieldset>
              <legend class="quiz-question">{item.question}</legend>
              <ul class="quiz-choices">
                {orders[position]!.map((index) => (
                  <ChoiceRow
                    key={index}
                    name={nameOf(item)}
                    choice={item.choices[index]!}
                    index={index}
                    picked={picked[item.id] === index}
                    mark={submitted ? markOf(item, picked[item.id], index) : undefined}
                    checked={submitted}
                    strings={strings}
                    onPick={(choice) => pick(item, choice)}
                  />
                ))}
              </ul>
            </fieldset>
          </li>
        ))}
      </ol>
      {!submitted && (
        <div class="quiz-actions">
          <button type="button" onClick={submit} disabled={!hydrated}>
            {strings.submit}
          </button>
          <p role="status" class="quiz-verdict">
            {missing > 0 && fillPlural(locale, strings.unanswered, missing)}
          </p>
        </div>
      )}
    </div>
  );
}
