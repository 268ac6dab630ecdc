package org.safeguard.marac;

import java.time.Instant;
import java.util.List;

/**
 * A victim's case at MARAC: listed at a meeting (or waiting for space), heard, transferred to another area, or
 * withdrawn. A repeat names the earlier hearing ({@code repeatOf}); a transfer in names the case it came from.
 * The equality fields are as the referral recorded them (null: not recorded). {@code areaId} is null while no
 * MARAC covers the victim's area and no coordinator has placed the case.
 */
public record MaracCase(long id, Long areaId, String areaName, Long meetingId, Instant meetingAt, long victimId,
                        String victimName, List<Long> perpetratorIds, Long referralId, Instant referredAt,
                        String referringAgency, String riskLevel, int children, String victimSex, Integer victimAge,
                        Boolean victimBme, Boolean victimLgbt, Boolean victimDisability, boolean urgent,
                        String interimPlan, String interimPlanBy, Instant interimPlanAt, Long repeatOf,
                        Long transferredFrom, Status status, String idvaSummary, String caseMinutes, Instant heardAt,
                        Instant createdAt, int version) {

    public enum Status {
        WAITING("Waiting for a meeting with space"), LISTED("Listed"), HEARD("Heard"),
        TRANSFERRED("Transferred to another area"), WITHDRAWN("Withdrawn");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public MaracCase {
        perpetratorIds = List.copyOf(perpetratorIds);
    }

    public boolean repeat() {
        return repeatOf != null;
    }

    public boolean transfer() {
        return transferredFrom != null;
    }

    /** Urgent and still without the interim safety plan it needs before the meeting. */
    public boolean needsInterimPlan() {
        return urgent && interimPlan == null && (status == Status.WAITING || status == Status.LISTED);
    }
}
