/**
 * The case rules as pure functions of their inputs: bank holidays, working days, the specialist team's
 * hours, SPOC allocation and the contact warning. Open to other modules as the named interface
 * {@code rules}, so that whatever makes case histories outside this module (the demo generator) follows
 * the same rules the service does; the module builds them from the force's settings
 * ({@code SafeguardingConfiguration}) and other modules may take those beans.
 */
@org.springframework.modulith.NamedInterface("rules")
package org.safeguard.safeguarding.rules;
