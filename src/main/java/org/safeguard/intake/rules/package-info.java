/**
 * Intake's rules as plain Java: what an incident record must hold, repeat victims, counter-allegations, attendance
 * and close-out checks, and response targets.
 */
package org.safeguard.intake.rules;
