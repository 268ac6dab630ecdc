package org.safeguard.offender;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The RFG priority list of perpetrators (see {@code rules.RfgScoring} for the method). Kept one person at
 * a time as incidents, offences and links arrive, and recomputed in full nightly or on demand.
 */
@Service
public class PriorityList {

    /** The top of the list, in rank order; in {@code area} only when given. Audited, with the people shown. */
    public List<RankedPerpetrator> top(String area, int limit) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** Where the person (any record of theirs) stands on the list; empty when they have no DA offending in the window. */
    public Optional<RankedPerpetrator> standing(long personId) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** Recomputes every perpetrator's score from intake's offending; replaces the whole list in one transaction. */
    public RfgRun recomputeAll() {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** Recomputes the people these person records belong to (after an incident, an offence or a link). */
    public void refresh(Collection<Long> suspectRecordIds) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** The areas with perpetrators on the list, for the filter. */
    public List<String> areas() {
        throw new UnsupportedOperationException("built in issue 8");
    }
}
