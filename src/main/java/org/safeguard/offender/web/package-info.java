/**
 * The offender module's pages: thin controllers that turn a form into a call on the module's facades and the
 * result into a page (templates in {@code templates/offender/}); the facades decide who may see what, and audit it.
 */
package org.safeguard.offender.web;
