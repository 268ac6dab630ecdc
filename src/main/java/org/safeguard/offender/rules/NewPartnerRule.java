package org.safeguard.offender.rules;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Whether the victim of an incident is new to the perpetrator: named as a victim in none of the perpetrator's
 * other incidents. Records linked as one person count as one (pass every record of the victim, and every
 * victim record of each incident), so a partner recorded under a second name is not taken for a new one.
 */
public final class NewPartnerRule {

    private NewPartnerRule() {
    }

    /**
     * @param victimRecordIds   every record of the victim (their linked records included)
     * @param incidentId        the incident that names them
     * @param victimsByIncident the victim records of each of the perpetrator's incidents (this one may be among them)
     */
    public static boolean newToPerpetrator(Set<Long> victimRecordIds, long incidentId, Map<Long, Set<Long>> victimsByIncident) {
        return victimsByIncident.entrySet().stream()
                .filter(incident -> incident.getKey() != incidentId)
                .allMatch(incident -> Collections.disjoint(incident.getValue(), victimRecordIds));
    }
}
