/**
 * The contribute form on the reported-cases pages (src/components/timelines/ContributeForm.astro).
 * Nothing leaves the page: the form is never submitted; the case is checked by
 * src/lib/timelines/contribute.ts and given back as text to copy or to mail from the reader's own
 * mail program.
 */
import { buildContribution, mailtoOf, plainTextOf, type ContributionInput } from '../lib/timelines/contribute';

/** Starts the contribute form: shows it, and turns a submitted case into JSON, plain text and a mailto: link. */
export function mountContributeForm(form: HTMLFormElement): void {
  form.hidden = false;
  document.getElementById('contribute-nojs-note')?.setAttribute('hidden', '');
  const value = (name: string) => String(new FormData(form).get(name) ?? '');
  form.addEventListener('submit', (event) => {
    // Nothing leaves the page: the form is never submitted.
    event.preventDefault();
    const input: ContributionInput = {
      visa: value('visa'),
      channel: value('channel'),
      post: value('post'),
      started: value('started'),
      officer: value('officer'),
      slip: value('slip'),
      slipReason: value('slipReason'),
      form221g: value('form221g'),
      passport: value('passport'),
      outcome: value('outcome'),
      outcomeDate: value('outcomeDate'),
      excerpt: value('excerpt'),
      lesson: value('lesson'),
      steps: [0, 1, 2, 3].map((i) => ({ status: value(`step${i}`), date: value(`step${i}Date`), note: value(`step${i}Note`) })),
    };
    const result = buildContribution(input);
    const box = document.getElementById('contribute-result')!;
    const problems = document.getElementById('contribute-problems')!;
    problems.replaceChildren();
    const intro = document.createElement('p');
    intro.textContent =
      result.problems.length === 0
        ? 'Ready. Copy it and add it to the cases file in a pull request.'
        : `Fix ${result.problems.length === 1 ? 'this' : 'these'} before you send it:`;
    problems.append(intro);
    if (result.problems.length > 0) {
      const list = document.createElement('ul');
      for (const p of result.problems) {
        const li = document.createElement('li');
        li.textContent = p;
        list.append(li);
      }
      problems.append(list);
    }
    (document.getElementById('contribute-json') as HTMLTextAreaElement).value = result.json;
    (document.getElementById('contribute-text') as HTMLTextAreaElement).value = plainTextOf(result.record);
    document.getElementById('contribute-mail')!.setAttribute('href', mailtoOf(result.record));
    document.getElementById('contribute-copied')!.textContent = '';
    box.hidden = false;
    document.getElementById('result-title')?.focus();
  });
  document.getElementById('contribute-copy')?.addEventListener('click', async () => {
    const area = document.getElementById('contribute-json') as HTMLTextAreaElement;
    const said = document.getElementById('contribute-copied')!;
    try {
      await navigator.clipboard.writeText(area.value);
      said.textContent = 'Copied.';
    } catch {
      area.select();
      said.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
    }
  });
}
