/** The MARAC's pages: the agenda and cases, research, attendance, hearings and action plans, closing a meeting. */
package org.safeguard.marac.web;
