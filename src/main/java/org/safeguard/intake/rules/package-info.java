/**
 * Intake's rules as plain Java: what an incident record must hold, repeat victims, counter-allegations, attendance
 * and close-out, response targets, and the shortened forms of a party a reader sees when it is redacted to them.
 */
package org.safeguard.intake.rules;
