/**
 * The offender module's rules as plain Java, free of Spring and SQL, each unit-tested alone: the RFG method
 * ({@code RfgScoring}, its javadoc is the method's documentation), what an order or bail may be
 * ({@code OrderRules}: lengths the law allows, overlaps, conditions, breaches), custody events and imports
 * ({@code CustodyRules}), programme reviews ({@code ProgrammeRules}), whether a victim is new to a perpetrator
 * ({@code NewPartnerRule}) and who sees records of the organisation's own staff ({@code StaffRestriction}).
 */
package org.safeguard.offender.rules;
