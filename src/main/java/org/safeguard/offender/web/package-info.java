/** The offender module's pages and API: thin controllers over its facades, templates in {@code templates/offender/}. */
package org.safeguard.offender.web;
