// NHS.UK frontend components (header menu, error summary focus, character count, skip link).
// Everything works without this script; it only enhances.
import { initAll } from '/lib/nhsuk/nhsuk-frontend.min.js';

initAll();
