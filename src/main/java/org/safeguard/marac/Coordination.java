package org.safeguard.marac;

import org.safeguard.access.SignedInStaff;
import org.safeguard.marac.store.AreaStore;
import org.safeguard.marac.store.CaseStore;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.stereotype.Component;

/**
 * What every coordinator's change to a MARAC case checks first: the case as the coordinator last saw it (its
 * version, locked), and that the signed-in user coordinates its area; a refusal is audited and kept
 * ({@link MaracReaders#refuse}).
 */
@Component
class Coordination {

    private final AreaStore areas;
    private final CaseStore cases;
    private final MaracReaders readers;

    Coordination(AreaStore areas, CaseStore cases, MaracReaders readers) {
        this.areas = areas;
        this.cases = cases;
        this.readers = readers;
    }

    /** The case, locked, when it is still at the version the coordinator saw. */
    MaracCase lockedAt(long caseId, int version) {
        MaracCase c = cases.lock(caseId).orElseThrow(() -> new RecordNotFound("MARAC case", caseId));
        if (c.version() != version) {
            throw new ConcurrentEdit("This MARAC case");
        }
        return c;
    }

    /** The case's area, when the signed-in coordinator coordinates it; refused (and audited) otherwise. */
    MaracArea coordinatedArea(MaracCase c) {
        if (c.areaId() == null) {
            throw InvalidRequest.of("areaId", "Place the case in a MARAC area first");
        }
        MaracArea area = areas.find(c.areaId()).orElseThrow();
        requireCoordinator(area, "marac-case", c.id());
        return area;
    }

    /** Refuses (and audits) anyone but the area's coordinator. */
    void requireCoordinator(MaracArea area, String subjectType, long subjectId) {
        if (!area.coordinator().equals(SignedInStaff.current().username())) {
            readers.refuse(subjectType, subjectId, "not the area's coordinator",
                    "Only the coordinator of the " + area.name() + " may do this");
        }
    }

    static void saved(boolean saved) {
        if (!saved) {
            throw new ConcurrentEdit("This MARAC case");
        }
    }
}
