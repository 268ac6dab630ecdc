package org.safeguard.identity.rules;

import java.util.Set;

import org.safeguard.access.Relationship;

/**
 * Who may read a refuge or sanctuary address. While the person lives there, access's CONFIDENTIAL_ADDRESS
 * restriction decides (the current address group). Once they have moved on the address stays confidential — it is
 * where the refuge is — so a previous confidential address is shown only to the person's SPOC, IDVA and the
 * specialists named on a restriction, like the current one; everyone else reads that one was held, and when.
 */
public final class ConfidentialAddresses {

    private static final Set<Relationship> MAY_READ = Set.of(Relationship.SPOC, Relationship.IDVA, Relationship.NAMED);

    private ConfidentialAddresses() {
    }

    public static boolean mayRead(Set<Relationship> readerStandsAs) {
        return readerStandsAs.stream().anyMatch(MAY_READ::contains);
    }
}
