package org.safeguard.intake.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.intake.CounterAllegation;
import org.safeguard.intake.rules.CounterAllegationRule;
import org.safeguard.intake.rules.CounterAllegationRule.Facing;
import org.safeguard.intake.rules.CounterAllegationRule.Finding;
import org.safeguard.intake.store.HistoryStore;
import org.springframework.stereotype.Component;

/**
 * Finds counter-allegations for people: every record of each person (record linkage), the incidents where
 * those records face someone on the other side, each other party as the person their record belongs to,
 * then {@link CounterAllegationRule}. Reads only; the caller audits.
 */
@Component
public class CounterAllegations {

    /** How many incident sides are read for the people asked about, newest first. */
    private static final int MOST_SIDES = 2000;

    private final PersonLinks links;
    private final PersonRecords identity;
    private final HistoryStore store;

    CounterAllegations(PersonLinks links, PersonRecords identity, HistoryStore store) {
        this.links = links;
        this.identity = identity;
        this.store = store;
    }

    /** A counter-allegation of one of the people asked about, named by the record asked about. */
    public record Found(long personId, String personName, CounterAllegation allegation) {
    }

    /**
     * The counter-allegations of the people the records belong to. Two records of one person are asked
     * about once, under the first; a pair of people both asked about is given once, under the first.
     */
    public List<Found> among(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> sameAs = links.samePerson(personIds);
        Map<Long, Long> askedByPerson = new LinkedHashMap<>();
        Map<Long, Long> personOfRecord = new HashMap<>();
        for (Long asked : personIds.stream().distinct().sorted().toList()) {
            Set<Long> records = sameAs.getOrDefault(asked, Set.of(asked));
            long person = personOf(asked, records);
            askedByPerson.putIfAbsent(person, asked);
            personOfRecord.put(asked, person);
            records.forEach(r -> personOfRecord.put(r, person));
        }
        List<HistoryStore.Opposite> opposites = store.opposites(personOfRecord.keySet(), MOST_SIDES);
        if (opposites.isEmpty()) {
            return List.of();
        }
        List<Long> others = opposites.stream().map(HistoryStore.Opposite::otherRecordId)
                .filter(r -> !personOfRecord.containsKey(r)).distinct().toList();
        if (!others.isEmpty()) {
            links.samePerson(others).forEach((record, records) -> personOfRecord.put(record, personOf(record, records)));
        }

        Map<Long, List<Facing>> facingsByPerson = new HashMap<>();
        for (HistoryStore.Opposite o : opposites) {
            facingsByPerson.computeIfAbsent(personOfRecord.get(o.recordId()), k -> new ArrayList<>())
                    .add(new Facing(o.incidentId(), o.reference(), o.receivedAt(), o.recordWasVictim(),
                            personOfRecord.getOrDefault(o.otherRecordId(), o.otherRecordId()), o.otherRecordId()));
        }
        Map<Long, List<Finding>> findings = new LinkedHashMap<>();
        Set<List<Long>> pairsGiven = new LinkedHashSet<>();
        askedByPerson.forEach((person, asked) -> {
            List<Finding> theirs = CounterAllegationRule.eachHasReportedTheOther(person,
                    facingsByPerson.getOrDefault(person, List.of())).stream()
                    .filter(f -> pairsGiven.add(List.of(Math.min(person, f.otherPerson()), Math.max(person, f.otherPerson()))))
                    .toList();
            if (!theirs.isEmpty()) {
                findings.put(asked, theirs);
            }
        });
        return named(findings);
    }

    private List<Found> named(Map<Long, List<Finding>> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        Set<Long> toName = new LinkedHashSet<>(findings.keySet());
        findings.values().forEach(list -> list.forEach(f -> toName.add(f.otherRecord())));
        Map<Long, String> names = new HashMap<>();
        identity.people(toName).forEach(p -> names.put(p.id(), p.fullName()));
        List<Found> found = new ArrayList<>();
        findings.forEach((asked, theirs) -> theirs.forEach(f -> found.add(new Found(asked, nameOf(asked, names),
                new CounterAllegation(f.otherRecord(), nameOf(f.otherRecord(), names), references(f.asVictim()),
                        references(f.asSuspect()))))));
        return found;
    }

    /** A person is known by the smallest of their records' ids, as identity keeps it. */
    private static long personOf(long record, Set<Long> records) {
        return records.isEmpty() ? record : Math.min(record, Collections.min(records));
    }

    private static String nameOf(long record, Map<Long, String> names) {
        return names.getOrDefault(record, "Person " + record);
    }

    private static List<CounterAllegation.IncidentReference> references(List<Facing> facings) {
        return facings.stream().map(f -> new CounterAllegation.IncidentReference(f.incidentId(), f.reference())).toList();
    }
}
