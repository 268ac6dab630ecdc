/** The MARAC's rules as plain Java: who needs to know, the meeting schedule, repeats, the quarterly return. */
package org.safeguard.marac.rules;
