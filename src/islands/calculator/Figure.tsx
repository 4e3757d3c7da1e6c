import { directionOf, type Figure as Formatted } from '../../i18n/numbers';

interface Props {
  figure: Formatted;
}

/**
 * One figure in its own isolate, read in the direction Intl wrote it for. An abbreviated
 * figure (12.3B) opens to its full value: a native disclosure works by keyboard, touch and
 * screen reader alike, where a title works only under a mouse pointer.
 */
export default function Figure({ figure }: Props) {
  const shown = (
    <bdi dir={directionOf(figure.text)} title={figure.full}>
      {figure.text}
    </bdi>
  );
  if (figure.full === undefined) return shown;
  return (
    <details class="figure-more">
      <summary>{shown}</summary>
      <bdi dir={directionOf(figure.full)} class="figure-full">
        {figure.full}
      </bdi>
    </details>
  );
}
