/** The directory's pages: the list of partner services for all staff, adding and changing one for administrators. */
package org.safeguard.directory.web;
