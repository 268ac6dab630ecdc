/** What makes a directory entry acceptable (kind, agency, areas, SLA), as plain Java. */
package org.safeguard.directory.rules;
