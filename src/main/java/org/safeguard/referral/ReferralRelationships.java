package org.safeguard.referral;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.access.Agency;
import org.safeguard.access.Relationship;
import org.safeguard.access.RelationshipSource;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.access.WorkingAgency;
import org.safeguard.directory.PartnerService;
import org.safeguard.directory.ServiceDirectory;
import org.safeguard.directory.ServiceKind;
import org.safeguard.identity.PersonLinks;
import org.safeguard.referral.store.ReferralStore;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What referrals tell of how staff stand to a victim (need to know, issue 10): the worker who took on the victim's
 * accepted IDVA referral (any record linked to the victim) is their {@link Relationship#IDVA}, and that worker's team
 * are {@link Relationship#TEAM_MEMBER}s. The services the victim's open referrals went to work with them ("Demo IDVA
 * Service: IDVA", with the worker who took it on). The MARAC is left to the marac module, which knows its areas.
 */
@Component
class ReferralRelationships implements RelationshipSource {

    private final ReferralStore store;
    private final ServiceDirectory services;
    private final StaffDirectory staff;
    private final PersonLinks links;

    // Lazy: identity answers the linkage and may itself ask access, which asks this bean.
    ReferralRelationships(ReferralStore store, ServiceDirectory services, StaffDirectory staff, @Lazy PersonLinks links) {
        this.store = store;
        this.services = services;
        this.staff = staff;
        this.links = links;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Relationship> relationships(long personId, SignedInStaff reader) {
        Set<Relationship> held = EnumSet.noneOf(Relationship.class);
        for (long record : recordsOf(personId)) {
            Optional<String> idva = store.assignedWorker(record, ServiceKind.IDVA);
            if (idva.isEmpty()) {
                continue;
            }
            if (idva.get().equalsIgnoreCase(reader.username())) {
                held.add(Relationship.IDVA);
            } else if (reader.teamId() != null && staff.accountByUsername(idva.get()).map(StaffAccount::teamId)
                    .filter(reader.teamId()::equals).isPresent()) {
                held.add(Relationship.TEAM_MEMBER);
            }
        }
        return held;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkingAgency> workingWith(long personId) {
        Set<WorkingAgency> working = new LinkedHashSet<>();
        for (ReferralStore.OpenReferral open : store.openOf(recordsOf(personId))) {
            if (open.kind() == ServiceKind.MARAC) {
                continue;
            }
            services.find(open.serviceId()).ifPresent(service -> working.add(new WorkingAgency(agencyName(service),
                    open.kind() == ServiceKind.IDVA ? "IDVA" : open.kind().label(), open.assignedTo(), false)));
        }
        return new ArrayList<>(working);
    }

    private String agencyName(PartnerService service) {
        return staff.agencyByCode(service.agencyCode()).map(Agency::name).orElse(service.name());
    }

    private Set<Long> recordsOf(long personId) {
        return links.samePerson(List.of(personId)).getOrDefault(personId, Set.of(personId));
    }
}
