// The live history panel on the record-an-incident page. As the operator types a phone number, an
// address or a name, it asks the server for the history panel (HTML rendered and escaped by the
// server) and puts it beside the form, a moment after typing stops. Without JavaScript the
// "Check history" button does the same by submitting the form.
const form = document.getElementById('incident-form');
const panel = document.getElementById('history-panel');
const button = document.getElementById('check-history-button');
const WAIT_MS = 300;

if (form && panel) {
  if (button) {
    button.hidden = true;
  }
  let timer = null;
  let inFlight = null;
  let lastQuery = '';
  let person = '0';

  const value = (name) => (form.elements.namedItem(name)?.value ?? '').trim();

  const query = () => {
    const params = new URLSearchParams();
    const add = (key, typed) => { if (typed) { params.set(key, typed); } };
    const phone = value('callerPhone');
    if (phone.replace(/\D/g, '').length >= 6) { add('callerPhone', phone); }
    if (value('location').length >= 3) {
      add('location', value('location'));
      add('postcode', value('postcode'));
    }
    const prefix = `parties[${person}].`;
    if (value(prefix + 'familyName').length >= 2) {
      params.set('person', person);
      add(prefix + 'givenName', value(prefix + 'givenName'));
      add(prefix + 'familyName', value(prefix + 'familyName'));
      add(prefix + 'dateOfBirth', value(prefix + 'dateOfBirth'));
    }
    return params.toString();
  };

  const refresh = async () => {
    const wanted = query();
    if (wanted === lastQuery) { return; }
    lastQuery = wanted;
    if (inFlight) { inFlight.abort(); }
    inFlight = new AbortController();
    panel.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(`${form.dataset.historyUrl}?${wanted}`, {
        signal: inFlight.signal,
        credentials: 'same-origin',
        headers: { 'Accept': 'text/html' }
      });
      if (response.ok) {
        panel.innerHTML = await response.text();
      } else {
        panel.textContent = 'The history could not be looked up just now. You can still record the incident.';
      }
    } catch (error) {
      if (error.name !== 'AbortError') {
        panel.textContent = 'The history could not be looked up just now. You can still record the incident.';
        lastQuery = '';
      }
    } finally {
      panel.removeAttribute('aria-busy');
    }
  };

  form.addEventListener('input', (event) => {
    const row = event.target.closest('[data-party]');
    if (row) { person = row.dataset.party; }
    clearTimeout(timer);
    timer = setTimeout(refresh, WAIT_MS);
  });
}
