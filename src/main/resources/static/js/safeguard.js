// Starts GOV.UK Frontend's components. Kept in a file (not inline) so the Content-Security-Policy
// can forbid inline scripts. Module scripts only run in browsers GOV.UK Frontend supports.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
