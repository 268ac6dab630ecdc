/**
 * The referral rules as plain Java: the routing rule set read from its YAML text (with line-numbered problems),
 * the facts a rule is tested against and how an assessment's answers give them, and which moves of a referral's
 * lifecycle are allowed from where it is.
 */
package org.safeguard.referral.rules;
