import { useEffect, useRef, useState } from 'preact/hooks';
import { browserStorage, readProgress, updateLesson } from '../progress/store';

interface Props {
  lesson: string;
  label: string;
  doneMessage: string;
}

/** Stores whether `lesson` is done and returns what the store now says. */
const markDone = (lesson: string, checked: boolean) =>
  updateLesson(browserStorage(), lesson, (progress) => ({ ...progress, done: checked }))[lesson]?.done ?? checked;

/** A checkbox that marks the lesson done in the reader's own browser. */
export default function MarkDone({ lesson, label, doneMessage }: Props) {
  const [done, setDone] = useState(false);
  const box = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // A box ticked before the island took over (the page's own checkbox, with no handler yet)
    // is the reader's choice: keep it rather than show the stored state over it.
    setDone(box.current?.checked ? markDone(lesson, true) : (readProgress(browserStorage())[lesson]?.done ?? false));
  }, [lesson]);

  const toggle = (event: Event) => setDone(markDone(lesson, (event.currentTarget as HTMLInputElement).checked));

  return (
    <div class="mark-done">
      <label>
        <input type="checkbox" ref={box} checked={done} onChange={toggle} /> {label}
      </label>
      <p role="status">{done ? doneMessage : ''}</p>
    </div>
  );
}
