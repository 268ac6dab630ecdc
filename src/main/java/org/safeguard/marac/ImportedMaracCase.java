package org.safeguard.marac;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case a MARAC has already heard, loaded in bulk (the demo generator; a migration from a legacy system) with its
 * action plan. {@link MaracImport} checks it keeps the rules the live service keeps.
 *
 * @param areaName        the MARAC that heard it, by name
 * @param heardAt         when its meeting was held (the meeting is made if the area has none at that time)
 * @param perpetratorIds  the person ids of the perpetrators named on the referral
 * @param referringAgency the access agency code of the agency that referred the case
 * @param riskLevel       the risk when referred (HIGH, MEDIUM, STANDARD), or null
 * @param repeatOf        for a repeat, the number in the same batch of the victim's earlier hearing (which comes
 *                        before it); null otherwise
 * @param victimSex       FEMALE, MALE or NOT_KNOWN as recorded, or null; the other equality fields likewise null
 *                        when the referral did not record them
 */
public record ImportedMaracCase(String areaName, Instant heardAt, long victimId, String victimName,
                                List<Long> perpetratorIds, Instant referredAt, String referringAgency, String riskLevel,
                                int children, String victimSex, Integer victimAge, Boolean victimBme, Boolean victimLgbt,
                                Boolean victimDisability, Integer repeatOf, String idvaSummary, String caseMinutes,
                                List<Action> actions) {

    public ImportedMaracCase {
        perpetratorIds = List.copyOf(perpetratorIds);
        actions = List.copyOf(actions);
    }

    public boolean repeat() {
        return repeatOf != null;
    }

    /**
     * An action agreed at the hearing: owned by an agency and a named person, due on a day; OPEN, DONE (with when and
     * what came of it) or CANCELLED.
     */
    public record Action(String description, String ownerAgency, String owner, LocalDate dueOn, String status,
                         Instant doneAt, String outcome) {
    }
}
