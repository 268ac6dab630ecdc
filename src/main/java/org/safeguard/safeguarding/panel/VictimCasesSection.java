package org.safeguard.safeguarding.panel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.offender.PerpetratorSectionContributor;
import org.safeguard.offender.Perpetrators;
import org.safeguard.offender.ProfileSection;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.VictimCase;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * "Victims' cases" on a perpetrator's profile: each victim's open case with its SPOC and level of risk. Read
 * through {@link Cases}, so only the roles that work cases see it and every case shown is audited; a victim who
 * is a member of staff is not named to a reader outside professional standards and the specialist team.
 */
@Component
class VictimCasesSection implements PerpetratorSectionContributor {

    private final Cases cases;
    private final PersonLinks linkage;
    private final PersonRecords people;
    private final Perpetrators perpetrators;

    VictimCasesSection(Cases cases, PersonLinks linkage, PersonRecords people, @Lazy Perpetrators perpetrators) {
        this.cases = cases;
        this.linkage = linkage;
        this.people = people;
        this.perpetrators = perpetrators;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title() {
        return "Victims' cases";
    }

    @Override
    public Optional<ProfileSection> sectionFor(long personId, Set<Long> recordIds, Set<Long> victimIds) {
        if (victimIds.isEmpty()) {
            return Optional.empty();
        }
        // One line per victim, however many records they have.
        Map<Long, Set<Long>> byPerson = new TreeMap<>();
        linkage.samePerson(victimIds).values().forEach(records -> byPerson.putIfAbsent(Collections.min(records), records));
        Set<Long> hidden = perpetrators.hiddenFromReader(victimIds);
        Map<Long, String> names = new HashMap<>();
        people.people(byPerson.keySet()).forEach(p -> names.put(p.id(), p.fullName()));
        List<ProfileSection.Line> lines = new ArrayList<>();
        for (Map.Entry<Long, Set<Long>> victim : byPerson.entrySet()) {
            if (hidden.contains(victim.getKey())) {
                lines.add(new ProfileSection.Line(Perpetrators.RESTRICTED_NAME,
                        "Professional standards and the specialist team can see this victim's case.", "Restricted", "grey",
                        null, null));
                continue;
            }
            Optional<VictimCase> open = openCase(victim.getValue());
            String name = open.map(VictimCase::victimName).orElse(names.getOrDefault(victim.getKey(), "Person " + victim.getKey()));
            lines.add(open.map(c -> new ProfileSection.Line(name, "SPOC: " + c.spoc().inWords(),
                            c.riskLevel() == null ? "Risk not assessed" : c.riskLevel().label() + " risk", colour(c),
                            "Open the case", "/cases/" + c.id()))
                    .orElse(new ProfileSection.Line(name, "No open case", null, null, null, null)));
        }
        return Optional.of(new ProfileSection(title(), lines));
    }

    private Optional<VictimCase> openCase(Set<Long> victimRecords) {
        for (Long record : new TreeSet<>(victimRecords)) {
            Optional<VictimCase> open = cases.openCaseOf(record);
            if (open.isPresent()) {
                return open;
            }
        }
        return Optional.empty();
    }

    private static String colour(VictimCase victimCase) {
        if (victimCase.riskLevel() == null) {
            return "grey";
        }
        return switch (victimCase.riskLevel()) {
            case HIGH -> "red";
            case MEDIUM -> "orange";
            case STANDARD -> "green";
        };
    }
}
