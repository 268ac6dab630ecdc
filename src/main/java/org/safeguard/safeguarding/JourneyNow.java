package org.safeguard.safeguarding;

/**
 * The victims' journey as it stands now, for the dashboard: open cases, those whose SPOC is a named person
 * (not waiting for the specialist team to take over after hours), and open tasks past their due time.
 */
public record JourneyNow(long openCases, long openCasesWithNamedSpoc, long overdueTasks) {
}
