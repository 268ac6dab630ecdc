/** The MARAC's rules as plain Java: who needs to know, the meeting schedule, repeats, when an action is due and overdue, the quarterly return. */
package org.safeguard.marac.rules;
