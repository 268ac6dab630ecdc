/** The MARAC's pages: the quarterly data return (page and CSV) and a meeting's agenda and action plan as PDF. */
package org.safeguard.marac.web;
