/**
 * What a person page shows of each part of a record the reader may see only shortened (the redacted forms of the
 * need-to-know policy), and who may see a confidential address the person no longer lives at. Plain Java: no
 * Spring, no SQL.
 */
package org.safeguard.identity.rules;
