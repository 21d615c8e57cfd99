// Saves each answer on a factor page as soon as it is given. The page works without this script (its form saves
// the page's answers at once); with it, every change is posted in the background and the person sees "Saved" or, when a
// save fails, the reason and a button to try again. Nothing is dropped silently.

const form = document.querySelector('form[data-autosave]');

if (form) {
  const url = form.dataset.autosave;
  const token = form.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
  const unsaved = new Set();

  // Each statement's save message, made here rather than sent in the page (only this script writes to it). It is in
  // the page before any answer changes, so screen readers announce what is written to it.
  form.querySelectorAll('[data-statement]').forEach((block) => {
    const status = document.createElement('p');
    status.className = 'app-save-status nhsuk-body-s';
    status.dataset.status = '';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    block.append(status);
  });
  const statusOf = (block) => block.querySelector('[data-status]');

  const show = (block, text, failed) => {
    const status = statusOf(block);
    status.textContent = '';
    status.classList.toggle('nhsuk-error-message', failed);
    const message = document.createElement('span');
    message.textContent = text;
    status.append(message);
    if (failed) {
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.className = 'nhsuk-button nhsuk-button--secondary nhsuk-button--small app-retry';
      retry.textContent = 'Try again';
      retry.addEventListener('click', () => save(block));
      status.append(' ', retry);
    }
  };

  const fields = (block) => {
    const body = new URLSearchParams();
    body.set('StatementId', block.dataset.statement);
    body.set('Rating', block.querySelector('input[type="radio"]:checked')?.value ?? '');
    body.set('Comment', block.querySelector('textarea')?.value ?? '');
    return body;
  };

  // One request at a time per statement, so answers arrive in the order they were given.
  const running = new Map();

  async function save(block) {
    const id = block.dataset.statement;
    unsaved.add(id);
    if (running.has(id)) {
      running.set(id, true);
      return;
    }
    running.set(id, false);
    show(block, 'Saving…', false);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { RequestVerificationToken: token, Accept: 'application/json' },
        body: fields(block),
        credentials: 'same-origin',
      });
      const result = await response.json().catch(() => ({}));
      if (response.ok && result.saved) {
        unsaved.delete(id);
        show(block, `Saved at ${result.savedAt}`, false);
      } else if (response.status === 401 || response.redirected) {
        show(block, 'Not saved: you have been signed out. Sign in again in another tab, then try again.', true);
      } else {
        show(block, `Not saved: ${result.message ?? 'the server could not save this answer'}`, true);
      }
    } catch {
      show(block, 'Not saved: the connection failed. Check you are online.', true);
    } finally {
      const again = running.get(id);
      running.delete(id);
      if (again) save(block);
    }
  }

  // The "9 of 36 answered in this stage" line at the top of the form: the stage's other factors as the server counted
  // them, and this page's as answers are given; and this factor's count in the list of factors.
  const answered = form.querySelector('[data-answered]');
  const elsewhere = Number(answered?.dataset.elsewhere ?? 0);
  const factorCount = document.querySelector('[data-factor-answered]');
  const countAnswered = () => {
    const here = form.querySelectorAll('[data-statement] input[type="radio"]:checked').length;
    if (answered) answered.textContent = String(elsewhere + here);
    if (factorCount) factorCount.textContent = factorCount.textContent.replace(/\d+ of/, `${here} of`);
  };

  for (const block of form.querySelectorAll('[data-statement]')) {
    let timer;
    block.addEventListener('change', (event) => {
      if (event.target.matches('input[type="radio"]')) countAnswered();
      if (event.target.matches('input[type="radio"], textarea')) {
        clearTimeout(timer);
        save(block);
      }
    });
    block.addEventListener('input', (event) => {
      if (event.target.matches('textarea')) {
        clearTimeout(timer);
        timer = setTimeout(() => save(block), 1500);
      }
    });
  }

  window.addEventListener('beforeunload', (event) => {
    if (unsaved.size > 0) event.preventDefault();
  });
  form.addEventListener('submit', () => unsaved.clear());
}
