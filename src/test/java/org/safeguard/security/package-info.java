/**
 * The security test suite (issue 10, item 7): the endpoint matrix (every endpoint × every role and anonymous against
 * {@code security/endpoints.csv}), CSRF on every page write, injection and wildcards in every search field, free
 * text shown as text, and, on the need-to-know branches, cross-agency access and restricted fields in exports.
 * Endpoints are found from Spring MVC's handler mappings, so a new endpoint is covered (or fails) without a test edit.
 */
package org.safeguard.security;
