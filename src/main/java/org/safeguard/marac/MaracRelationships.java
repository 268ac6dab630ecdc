package org.safeguard.marac;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.access.Agency;
import org.safeguard.access.Relationship;
import org.safeguard.access.RelationshipSource;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.access.WorkingAgency;
import org.safeguard.identity.PersonLinks;
import org.safeguard.marac.store.ReaderStore;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the MARAC knows of how staff stand to a person (need to know, issue 10): a reader in the circle of any MARAC
 * case of the person (any record linked to them) is a {@link Relationship#MARAC_ATTENDEE}; and the MARACs hearing the
 * person's live cases work with them ("MARAC (Northtown)", run by the coordinator's agency). Never the owner: access
 * requests go to the victim's SPOC or IDVA.
 */
@Component
class MaracRelationships implements RelationshipSource {

    private final ReaderStore store;
    private final CaseCircles circles;
    private final PersonLinks links;
    private final StaffDirectory staff;

    // Lazy: identity answers the linkage and may itself ask access, which asks this bean.
    MaracRelationships(ReaderStore store, CaseCircles circles, @Lazy PersonLinks links, StaffDirectory staff) {
        this.store = store;
        this.circles = circles;
        this.links = links;
        this.staff = staff;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Relationship> relationships(long personId, SignedInStaff reader) {
        boolean coordinator = reader.holds(Role.MARAC_COORDINATOR);
        for (ReaderStore.PersonsCase c : casesOf(personId)) {
            if (circles.includes(c.place(), reader.username(), coordinator)) {
                return EnumSet.of(Relationship.MARAC_ATTENDEE);
            }
        }
        return Set.of();
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkingAgency> workingWith(long personId) {
        Map<String, WorkingAgency> byArea = new LinkedHashMap<>();
        Map<Long, String> agencyNames = new HashMap<>();
        for (Agency agency : staff.agencies()) {
            agencyNames.put(agency.id(), agency.name());
        }
        for (ReaderStore.PersonsCase c : casesOf(personId)) {
            if (c.live() && c.areaName() != null) {
                String agency = staff.accountByUsername(c.coordinator()).map(StaffAccount::agencyId)
                        .map(agencyNames::get).orElse("MARAC");
                byArea.putIfAbsent(c.areaName(), new WorkingAgency(agency, "MARAC (" + c.areaName() + ")",
                        c.coordinator(), false));
            }
        }
        return new ArrayList<>(byArea.values());
    }

    private List<ReaderStore.PersonsCase> casesOf(long personId) {
        Collection<Long> records = links.samePerson(List.of(personId)).getOrDefault(personId, Set.of(personId));
        return store.casesOfPeople(new HashSet<>(records));
    }
}
