package org.safeguard.marac;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordType;
import org.safeguard.access.Restriction;
import org.springframework.stereotype.Component;

/**
 * What an agenda (the page and the papers) may say of the people it lists (need to know, issue 10): the names the
 * reader may not see are "Restricted record" (a member of staff as victim or perpetrator, unless the reader is in
 * professional standards or the specialist team; a victim restricted by a specialist, outside the case's circle),
 * and a victim with a confidential address (refuge, sanctuary) is marked so nobody asks for it at the table — the
 * address itself is never printed, whoever reads.
 */
@Component
class PrintedPeople {

    static final String RESTRICTED = "Restricted record";
    static final String ADDRESS_WITHHELD = "Confidential address: withheld";

    private final RecordAccess access;

    PrintedPeople(RecordAccess access) {
        this.access = access;
    }

    /** Of the people listed, those named as "Restricted record" and those whose address is confidential. */
    record Withheld(Set<Long> unnamed, Set<Long> confidentialAddress) {

        static final Withheld NOTHING = new Withheld(Set.of(), Set.of());

        Withheld {
            unnamed = Set.copyOf(unnamed);
            confidentialAddress = Set.copyOf(confidentialAddress);
        }

        /** The name to show for the person. */
        public String name(long personId, String name) {
            return unnamed.contains(personId) ? RESTRICTED : name;
        }

        public boolean addressWithheld(long personId) {
            return confidentialAddress.contains(personId);
        }
    }

    /** For an agenda's victims and perpetrators, as the signed-in reader may see them. */
    Withheld of(Collection<Long> victims, Collection<Long> perpetrators) {
        Set<Long> everyone = new HashSet<>(victims);
        everyone.addAll(perpetrators);
        if (everyone.isEmpty()) {
            return Withheld.NOTHING;
        }
        Set<Long> confidential = new HashSet<>();
        Map<Long, Set<Restriction>> restrictions = access.restrictionsOf(victims);
        restrictions.forEach((person, in) -> {
            if (in.contains(Restriction.CONFIDENTIAL_ADDRESS)) {
                confidential.add(person);
            }
        });
        return new Withheld(access.closedAmong(RecordType.MARAC_CASE, everyone), confidential);
    }
}
