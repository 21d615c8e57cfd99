// NHS.UK frontend components (header menu, error summary focus, character count, skip link).
// Everything works without this script; it only enhances. The design system's usual inline snippet that marks the page
// as script-capable is not allowed by our Content-Security-Policy, so the module does it: a browser that runs modules
// is one the components support.
// The layout names the design system's script by its fingerprinted address (a modulepreload link), so a returning
// browser takes it from its cache without asking; a static import would name the plain address and revalidate it.
const frontEnd = document.querySelector('link[data-nhsuk-frontend]')?.href ?? '/lib/nhsuk/nhsuk-frontend.min.js';
const { initAll } = await import(frontEnd);

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();

// A "print" button is only useful with script, so it is hidden in the markup and shown here.
document.querySelectorAll('[data-app-print]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});

// The design system marks a radio that reveals more questions with aria-expanded, which ARIA does not allow on a radio
// (screen readers ignore it or read it wrongly); the revealed fields follow the radio in the page, which is enough.
// It sets the attribute at start, on every change and again when the page is shown, so it is taken off whenever it appears.
const dropRadioExpanded = (root) => root.querySelectorAll('input[type="radio"][aria-expanded]')
  .forEach((radio) => radio.removeAttribute('aria-expanded'));
dropRadioExpanded(document);
new MutationObserver((changes) => changes.forEach((change) => {
  if (change.target instanceof HTMLInputElement && change.target.type === 'radio' && change.target.hasAttribute('aria-expanded')) {
    change.target.removeAttribute('aria-expanded');
  }
})).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-expanded'] });
