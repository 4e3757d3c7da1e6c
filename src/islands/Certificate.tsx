import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { fill } from '../i18n/island-strings';
import { formatDate } from '../i18n/dates';
import { formatNumber, formatPercent } from '../i18n/numbers';
import { browserStorage, passed, readFinalTest, readProgress, type FinalTestResult } from '../progress/store';
import type { CourseLesson } from './CourseProgress';

export interface CertificateStrings {
  left: string;
  lessonsLeft: string;
  testLeft: string;
  testLink: string;
  name: string;
  show: string;
  print: string;
  heading: string;
  awarded: string;
  completed: string;
  score: string;
  date: string;
  unverified: string;
}

interface Props {
  locale: Locale;
  course: string;
  lessons: CourseLesson[];
  testHref: string;
  strings: CertificateStrings;
}

type State = { lessonsLeft: CourseLesson[]; test: FinalTestResult | null };

/**
 * The course certificate, issued by the reader's own browser: once every lesson is
 * marked done and the final test passed, the learner types a name and prints a one-page
 * certificate. Until then it lists what is left. Nothing is verified, and it says so.
 */
export default function Certificate({ locale, course, lessons, testHref, strings }: Props) {
  const [state, setState] = useState<State | null>(null);
  const [name, setName] = useState('');
  const [shown, setShown] = useState('');
  useEffect(() => {
    const progress = readProgress(browserStorage());
    setState({ lessonsLeft: lessons.filter((lesson) => !progress[lesson.slug]?.done), test: readFinalTest(browserStorage()) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, after hydration: progress lives in this browser only
  }, []);
  if (!state) return null;

  const testPassed = state.test !== null && passed(state.test);
  if (state.lessonsLeft.length > 0 || !testPassed) {
    return (
      <section class="certificate-left" aria-labelledby="certificate-left">
        <h2 id="certificate-left">{strings.left}</h2>
        {state.lessonsLeft.length > 0 && (
          <>
            <p>{strings.lessonsLeft}</p>
            <ul>
              {state.lessonsLeft.map((lesson) => (
                <li key={lesson.slug}>
                  <a href={lesson.href}>{lesson.title}</a>
                </li>
              ))}
            </ul>
          </>
        )}
        {!testPassed && (
          <p>
            {strings.testLeft} <a href={testHref}>{strings.testLink}</a>
          </p>
        )}
      </section>
    );
  }

  const test = state.test!;
  const score = formatPercent(locale, test.correct / test.total, { maximumFractionDigits: 0 });
  return (
    <>
      <form
        class="certificate-form"
        onSubmit={(event) => {
          event.preventDefault();
          setShown(name.trim());
        }}
      >
        <label for="certificate-name">{strings.name}</label>
        <input
          id="certificate-name"
          type="text"
          autocomplete="name"
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
          required
        />
        <button type="submit">{strings.show}</button>
      </form>
      {shown && (
        <>
          <article class="certificate" aria-labelledby="certificate-heading">
            <p class="certificate-course">{course}</p>
            <h2 id="certificate-heading">{strings.heading}</h2>
            <p>{strings.awarded}</p>
            <p class="certificate-name">
              <bdi>{shown}</bdi>
            </p>
            <p>{fill(locale, strings.completed, { course, count: formatNumber(locale, lessons.length) })}</p>
            <ol class="certificate-lessons">
              {lessons.map((lesson) => (
                <li key={lesson.slug}>{lesson.title}</li>
              ))}
            </ol>
            <p>
              {strings.score}: <bdi>{score}</bdi> · {strings.date}: {formatDate(locale, test.date)}
            </p>
            <p class="certificate-unverified">{strings.unverified}</p>
          </article>
          <p class="no-print">
            <button type="button" onClick={() => print()}>
              {strings.print}
            </button>
          </p>
        </>
      )}
    </>
  );
}
