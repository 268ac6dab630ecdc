package org.safeguard.safeguarding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguard.access.Agency;
import org.safeguard.access.Relationship;
import org.safeguard.access.RelationshipSource;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.access.Team;
import org.safeguard.access.WorkingAgency;
import org.safeguard.identity.PersonLinks;
import org.safeguard.safeguarding.store.CaseStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How staff stand to a victim through their open case (any record linked to the victim's): the case's SPOC, the
 * SPOC's team, and the teams of the case's area (or of the agency that owns the case). The SPOC owns the record:
 * access requests go to them. Closed cases give no relationship.
 */
@Component
class CaseRelationships implements RelationshipSource {

    private final CaseStore cases;
    private final PersonLinks linkage;
    private final StaffDirectory staff;

    CaseRelationships(CaseStore cases, PersonLinks linkage, StaffDirectory staff) {
        this.cases = cases;
        this.linkage = linkage;
        this.staff = staff;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Relationship> relationships(long personId, SignedInStaff reader) {
        Set<Relationship> held = EnumSet.noneOf(Relationship.class);
        Collection<Long> records = samePerson(personId);
        Map<Long, VictimCase> open = cases.openFor(records);
        if (open.isEmpty()) {
            return held;
        }
        Map<Long, String> owners = cases.owningAgencyOfOpenCases(records);
        String readerArea = areaOf(reader.teamId()).orElse(null);
        for (VictimCase victimCase : open.values()) {
            String spoc = victimCase.spoc().username();
            if (spoc.equalsIgnoreCase(reader.username())) {
                held.add(Relationship.SPOC);
            }
            if (reader.teamId() != null && staff.accountByUsername(spoc).map(StaffAccount::teamId)
                    .filter(reader.teamId()::equals).isPresent()) {
                held.add(Relationship.TEAM_MEMBER);
            }
            if ((readerArea != null && readerArea.equalsIgnoreCase(victimCase.area()))
                    || reader.agencyCode().equals(owners.get(victimCase.victimId()))) {
                held.add(Relationship.AREA);
            }
        }
        return held;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkingAgency> workingWith(long personId) {
        List<WorkingAgency> working = new ArrayList<>();
        for (VictimCase victimCase : cases.openFor(samePerson(personId)).values()) {
            Spoc spoc = victimCase.spoc();
            Optional<StaffAccount> account = staff.accountByUsername(spoc.username());
            String agency = account.map(StaffAccount::agencyName).orElseGet(() -> agencyOwning(victimCase));
            String role = spoc.awaitingHandover()
                    ? "SPOC (held out of hours" + (spoc.team() == null ? "" : " for " + spoc.team()) + ")"
                    : "SPOC" + (spoc.team() == null ? "" : ", " + spoc.team());
            working.add(new WorkingAgency(agency, role, spoc.username(), true));
        }
        return working;
    }

    private Collection<Long> samePerson(long personId) {
        return linkage.samePerson(List.of(personId)).getOrDefault(personId, Set.of(personId));
    }

    private Optional<String> areaOf(Long teamId) {
        return teamId == null ? Optional.empty()
                : staff.teams().stream().filter(t -> t.id() == teamId).findFirst().map(Team::area);
    }

    private String agencyOwning(VictimCase victimCase) {
        String code = cases.owningAgencyOfOpenCases(List.of(victimCase.victimId())).get(victimCase.victimId());
        return staff.agencies().stream().filter(a -> a.code().equals(code)).map(Agency::name).findFirst()
                .orElse("Police");
    }
}
