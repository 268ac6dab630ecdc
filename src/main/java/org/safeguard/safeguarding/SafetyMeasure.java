package org.safeguard.safeguarding;

import java.time.Instant;

/** One measure of the victim's safety plan, with who owns it and where it stands. */
public record SafetyMeasure(long id, Kind kind, String detail, String owner, Status status, String updatedBy,
                            Instant updatedAt, int version) {

    public enum Kind {
        TARGET_HARDENING("Target hardening of the home"), ALARM("Alarm"), TECSOS_PHONE("TecSOS phone"),
        REFUGE("Refuge"), SANCTUARY_SCHEME("Sanctuary scheme"), CIVIL_ORDER("Civil order"),
        SCHOOL_INFORMED("School informed"), SAFE_ROUTE("Safe route and code word agreed"), OTHER("Other");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        PROPOSED("Proposed"), IN_PLACE("In place"), DECLINED("Declined by the victim"), ENDED("Ended");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
