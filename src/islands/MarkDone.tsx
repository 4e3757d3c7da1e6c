import { useEffect, useState } from 'preact/hooks';
import { browserStorage, readProgress, updateLesson } from '../progress/store';

interface Props {
  lesson: string;
  label: string;
  doneMessage: string;
}

/** A checkbox that marks the lesson done in the reader's own browser. */
export default function MarkDone({ lesson, label, doneMessage }: Props) {
  const [done, setDone] = useState(false);
  useEffect(() => setDone(readProgress(browserStorage())[lesson]?.done ?? false), [lesson]);

  const toggle = (event: Event) => {
    const checked = (event.currentTarget as HTMLInputElement).checked;
    setDone(updateLesson(browserStorage(), lesson, (progress) => ({ ...progress, done: checked }))[lesson]?.done ?? checked);
  };

  return (
    <div class="mark-done">
      <label>
        <input type="checkbox" checked={done} onChange={toggle} /> {label}
      </label>
      <p role="status">{done ? doneMessage : ''}</p>
    </div>
  );
}
