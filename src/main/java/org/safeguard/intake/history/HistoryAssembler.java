package org.safeguard.intake.history;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordType;
import org.safeguard.access.Restriction;
import org.safeguard.access.SignedInStaff;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.safeguard.identity.AddressSummary;
import org.safeguard.identity.PersonDetails;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.identity.PhoneNumbers;
import org.safeguard.identity.WarningMarker;
import org.safeguard.intake.History;
import org.safeguard.intake.HistoryContributor;
import org.safeguard.intake.HistoryQuery;
import org.safeguard.intake.HistorySection;
import org.safeguard.intake.HistorySubject;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentStatus;
import org.safeguard.intake.PartyRole;
import org.safeguard.intake.rules.RepeatVictimRule;
import org.safeguard.intake.store.HistoryStore;
import org.safeguard.intake.store.IncidentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the history panel together: finds people, addresses (and other flats in the building) and
 * incidents for what was typed, applies the repeat-victim rules, and asks the contributing modules
 * for their sections. A contributor that fails is named as not checked; it never breaks the panel.
 */
@Component
public class HistoryAssembler {

    static final int MAX_INCIDENTS = 50;
    private static final int MAX_PEOPLE = 50;
    /**
     * A number on more records than this is shared (a switchboard, a hostel, a recycled number): the calls
     * from it are all searched, but only this many of the people recorded with it.
     */
    private static final int MAX_PEOPLE_BY_PHONE = 20;
    private static final int MAX_HITS = 200;
    private static final int MAX_POSSIBLE_MATCHES = 5;
    static final String CONFIDENTIAL_ADDRESS = "A confidential address: ask the specialist team";
    static final String RESTRICTED = "Restricted record";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.of("Europe/London"));
    private static final Logger log = LoggerFactory.getLogger(HistoryAssembler.class);

    private final PersonRecords identity;
    private final PersonLinks linkage;
    private final HistoryStore history;
    private final IncidentStore incidents;
    private final RepeatVictimRule repeatRule;
    private final List<HistoryContributor> contributors;
    private final RecordAccess access;

    HistoryAssembler(PersonRecords identity, PersonLinks linkage, HistoryStore history, IncidentStore incidents, RepeatVictimRule repeatRule,
                     List<HistoryContributor> contributors, RecordAccess access) {
        this.access = access;
        this.identity = identity;
        this.linkage = linkage;
        this.history = history;
        this.incidents = incidents;
        this.repeatRule = repeatRule;
        this.contributors = List.copyOf(contributors);
    }

    /**
     * How much to put together: the panel shows up to 50 incidents and asks the contributing modules;
     * a check recorded on an incident needs only the counts, the latest few incidents and who is a repeat
     * victim (the contributing modules are checked once for the incident, separately).
     */
    public enum Depth {
        PANEL(MAX_INCIDENTS, true), CHECK(5, false);

        private final int incidentsShown;
        private final boolean withSections;

        Depth(int incidentsShown, boolean withSections) {
            this.incidentsShown = incidentsShown;
            this.withSections = withSections;
        }
    }

    /** The history for the query as of {@code asOf}, leaving out {@code excludeIncidentId} (the incident being recorded). */
    public History assemble(HistoryQuery query, Instant asOf, Long excludeIncidentId) {
        return assemble(query, asOf, excludeIncidentId, Depth.PANEL);
    }

    public History assemble(HistoryQuery query, Instant asOf, Long excludeIncidentId, Depth depth) {
        if (query.isEmpty()) {
            return History.EMPTY;
        }
        List<String> searched = new ArrayList<>();
        Set<Long> personIds = new LinkedHashSet<>();
        Map<Long, Set<String>> via = new LinkedHashMap<>();
        Map<Long, Instant> when = new HashMap<>();
        Set<Long> directAddresses = new LinkedHashSet<>();
        Set<Long> buildingAddresses = new LinkedHashSet<>();

        String phone = PhoneNumbers.normalise(query.phone());
        if (phone.length() >= 6) {
            List<Long> withPhone = identity.withPhone(phone, MAX_PEOPLE_BY_PHONE);
            personIds.addAll(withPhone);
            List<HistoryStore.Hit> calls = history.byCallerPhone(phone, MAX_HITS);
            calls.forEach(hit -> note(via, when, hit.incidentId(), hit.receivedAt(), "phone"));
            history.byPeople(withLinkedRecords(withPhone), MAX_HITS).forEach(hit -> note(via, when, hit.incidentId(), hit.receivedAt(), "phone"));
            searched.add("Phone " + query.phone().strip() + ": " + people(withPhone.size()) + ", " + calls.size()
                    + (calls.size() == 1 ? " call" : " calls") + " from it");
        }
        if (query.addressLine() != null && !query.addressLine().isBlank()) {
            List<AddressSummary> matches = identity.addressesMatching(query.addressLine(), query.postcode(), 5);
            List<AddressSummary> building = new ArrayList<>();
            for (AddressSummary address : matches) {
                directAddresses.add(address.id());
                building.addAll(identity.sameBuilding(address.id(), 200));
            }
            building.forEach(other -> buildingAddresses.add(other.id()));
            buildingAddresses.removeAll(directAddresses);
            // A refuge or sanctuary address is searched only for a reader who may read it: otherwise nothing at it
            // (its incidents, who lives there) is listed, and the panel says a confidential address was found.
            Set<Long> withheld = withheld(matches, building);
            directAddresses.removeAll(withheld);
            buildingAddresses.removeAll(withheld);
            Set<Long> allAddresses = new LinkedHashSet<>(directAddresses);
            allAddresses.addAll(buildingAddresses);
            history.byAddresses(allAddresses, MAX_HITS).forEach(hit -> note(via, when, hit.incidentId(), hit.receivedAt(),
                    directAddresses.contains(hit.addressId()) ? "address" : "building"));
            searched.add(matches.isEmpty() ? "Address: not known before"
                    : withheld.contains(matches.get(0).id()) ? CONFIDENTIAL_ADDRESS
                    : "Address " + matches.get(0).oneLine() + (buildingAddresses.isEmpty() ? ""
                    : " (and " + buildingAddresses.size() + " other flats in the building)"));
        }
        if (query.familyName() != null && !query.familyName().isBlank()) {
            List<PersonSummary> named = identity.named(query.givenName(), query.familyName(), query.dateOfBirth(), MAX_PEOPLE);
            named.forEach(p -> personIds.add(p.id()));
            history.byPeople(withLinkedRecords(named.stream().map(PersonSummary::id).toList()), MAX_HITS)
                    .forEach(hit -> note(via, when, hit.incidentId(), hit.receivedAt(), "person"));
            searched.add("Name " + (query.givenName() == null ? "" : query.givenName().strip() + " ")
                    + query.familyName().strip() + (query.dateOfBirth() == null ? "" : ", born " + query.dateOfBirth())
                    + ": " + (named.size() == 1 ? "1 record" : named.size() + " records"));
        }
        List<History.PossibleMatch> possible = possibleMatches(query, personIds);
        return finish(searched, personIds, via, when, directAddresses, buildingAddresses, asOf, excludeIncidentId, depth,
                possible);
    }

    /** The confidential addresses among those found that the reader may not read. */
    private Set<Long> withheld(List<AddressSummary> matches, List<AddressSummary> building) {
        Set<Long> confidential = new LinkedHashSet<>();
        matches.stream().filter(AddressSummary::confidential).forEach(a -> confidential.add(a.id()));
        building.stream().filter(AddressSummary::confidential).forEach(a -> confidential.add(a.id()));
        return confidential.isEmpty() ? Set.of() : identity.withheldAddresses(confidential);
    }

    /**
     * Records that may be the person typed but were not found by exact name and date of birth or by
     * phone (record linkage scores them), best first.
     */
    private List<History.PossibleMatch> possibleMatches(HistoryQuery query, Set<Long> alreadyFound) {
        if (query.familyName() == null || query.familyName().isBlank()) {
            return List.of();
        }
        Set<Long> found = withLinkedRecords(alreadyFound);
        return linkage.possibleMatches(new PersonDetails(query.givenName(), query.familyName(), query.dateOfBirth(), null),
                        query.phone(), query.postcode(), MAX_POSSIBLE_MATCHES + found.size()).stream()
                .filter(p -> !found.contains(p.person().id()))
                .limit(MAX_POSSIBLE_MATCHES)
                .map(p -> new History.PossibleMatch(p.person().id(), p.person().fullName(), p.person().dateOfBirth(),
                        (int) Math.floor(p.probability() * 100), p.reasons(), p.linked()))
                .toList();
    }

    /** The records and every record linked to them as the same person. */
    private Set<Long> withLinkedRecords(Collection<Long> personIds) {
        Set<Long> all = new LinkedHashSet<>(personIds);
        if (!personIds.isEmpty()) {
            linkage.samePerson(personIds).values().forEach(all::addAll);
        }
        return all;
    }

    /**
     * The history of people already resolved (the parties of a recorded incident), as of {@code asOf},
     * leaving out {@code excludeIncidentId}.
     */
    public History forPeople(Collection<Long> personIds, String searched, Instant asOf, Long excludeIncidentId,
                             Depth depth) {
        if (personIds.isEmpty()) {
            return History.EMPTY;
        }
        Map<Long, Set<String>> via = new LinkedHashMap<>();
        Map<Long, Instant> when = new HashMap<>();
        history.byPeople(withLinkedRecords(personIds), MAX_HITS)
                .forEach(hit -> note(via, when, hit.incidentId(), hit.receivedAt(), "person"));
        return finish(new ArrayList<>(List.of(searched)), new LinkedHashSet<>(personIds), via, when, Set.of(), Set.of(),
                asOf, excludeIncidentId, depth, List.of());
    }

    /** {@code when} holds the time each incident in {@code via} was received, as the lookups found it. */
    private History finish(List<String> searched, Set<Long> personIds, Map<Long, Set<String>> via,
                           Map<Long, Instant> when, Set<Long> directAddresses, Set<Long> buildingAddresses, Instant asOf,
                           Long excludeIncidentId, Depth depth, List<History.PossibleMatch> possibleMatches) {
        if (excludeIncidentId != null) {
            via.remove(excludeIncidentId);
        }
        List<Long> newestFirst = via.keySet().stream()
                .filter(id -> !when.get(id).isAfter(asOf))
                .sorted(Comparator.comparing(when::get).reversed())
                .toList();
        boolean truncated = newestFirst.size() > depth.incidentsShown;
        List<Incident> shown = incidents.load(newestFirst.subList(0, Math.min(depth.incidentsShown, newestFirst.size())));
        int atOtherFlats = (int) newestFirst.stream().filter(id -> via.get(id).equals(Set.of("building"))).count();

        // Restricted and staff-involved people are never named to a reader who may not see them (nor in a stored check).
        Set<Long> everyone = new LinkedHashSet<>(personIds);
        shown.forEach(i -> i.parties().forEach(p -> everyone.add(p.personId())));
        possibleMatches.forEach(p -> everyone.add(p.personId()));
        Set<Long> closed = closedToReader(everyone);
        List<History.PastIncident> past = shown.stream().map(i -> past(i, via.get(i.id()), closed)).toList();
        List<History.PossibleMatch> nameable = possibleMatches.stream().filter(p -> !closed.contains(p.personId())).toList();
        // The repeat status of the people typed, and of the victims and suspects in what was found.
        Set<Long> assessed = new LinkedHashSet<>(personIds);
        shown.forEach(i -> i.parties().stream()
                .filter(p -> p.role() == PartyRole.VICTIM || p.role() == PartyRole.SUSPECT)
                .forEach(p -> {
                    if (assessed.size() < MAX_PEOPLE) {
                        assessed.add(p.personId());
                    }
                }));
        List<History.PersonFound> people = peopleFound(assessed, asOf, excludeIncidentId).stream()
                .map(p -> closed.contains(p.personId()) ? new History.PersonFound(p.personId(), RESTRICTED, null,
                        p.victimIncidentsInWindow(), p.repeatVictim(), p.specialistReview(), p.suspectIncidents()) : p)
                .toList();
        Set<Long> markedPeople = new LinkedHashSet<>(personIds);
        Map<Long, String> names = new HashMap<>();
        people.forEach(p -> names.put(p.personId(), p.name()));
        shown.forEach(i -> i.partiesIn(PartyRole.SUSPECT).forEach(p -> {
            markedPeople.add(p.personId());
            names.putIfAbsent(p.personId(), closed.contains(p.personId()) ? RESTRICTED : p.name());
        }));
        markedPeople.removeAll(closed);
        List<String> markers = markers(withLinkedRecords(markedPeople), names);
        List<String> children = children(shown, via);
        Set<Long> allAddresses = new LinkedHashSet<>(directAddresses);
        allAddresses.addAll(buildingAddresses);
        // Other modules' sections (risk, named SPOC, counter-allegations) see every record of the people found.
        HistorySubject subject = new HistorySubject(withLinkedRecords(personIds), allAddresses,
                shown.stream().map(Incident::id).collect(Collectors.toCollection(LinkedHashSet::new)));
        return new History(searched, past, people, children, markers,
                depth.withSections ? sections(subject) : List.of(), truncated, newestFirst.size(), atOtherFlats, nameable);
    }

    /** Each contributor's section; a failing contributor is named, never fatal. */
    public List<HistorySection> sections(HistorySubject subject) {
        if (subject.isEmpty()) {
            return List.of();
        }
        List<HistorySection> sections = new ArrayList<>();
        for (HistoryContributor contributor : contributors) {
            try {
                contributor.contribute(subject).ifPresent(sections::add);
            } catch (RuntimeException failed) {
                log.warn("History contributor {} failed", contributor.checkName(), failed);
                sections.add(new HistorySection(contributor.checkName(), List.of("Could not be checked just now."),
                        "Not checked: the check failed"));
            }
        }
        return sections;
    }

    /**
     * Of these people, those the panel must not name: for a signed-in reader, whoever access closes to them; for a check
     * run with nobody signed in (it is stored and read by everyone who reads the incident), everyone restricted or
     * staff-involved.
     */
    private Set<Long> closedToReader(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedInStaff) {
            return access.closedAmong(RecordType.INCIDENT, personIds);
        }
        Set<Long> closed = new LinkedHashSet<>();
        access.restrictionsOf(personIds).forEach((id, kinds) -> {
            if (kinds.contains(Restriction.STAFF_INVOLVED) || kinds.contains(Restriction.RESTRICTED_VICTIM)) {
                closed.add(id);
            }
        });
        return closed;
    }

    private History.PastIncident past(Incident incident, Set<String> how, Set<Long> closed) {
        List<String> parties = incident.parties().stream()
                .map(p -> (closed.contains(p.personId()) ? RESTRICTED : p.name()) + " (" + p.role().label().toLowerCase() + ")")
                .toList();
        String outcome = incident.status() == IncidentStatus.OPEN ? "Open"
                : "Closed" + (incident.closedAt() == null ? "" : " " + DAY.format(incident.closedAt()));
        boolean otherFlat = how.contains("building") && how.size() == 1;
        return new History.PastIncident(incident.id(), incident.reference(), incident.receivedAt(), incident.kindInWords(),
                parties, incident.immediateRiskInWords(), incident.grade(), outcome, new TreeSet<>(how), otherFlat);
    }

    /**
     * The people among these records, one entry per person (records linked together count as one), with
     * the repeat rules applied to the incidents of all their records.
     */
    private List<History.PersonFound> peopleFound(Collection<Long> personIds, Instant asOf, Long excludeIncidentId) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> same = linkage.samePerson(personIds);
        Set<Long> allRecords = new LinkedHashSet<>();
        same.values().forEach(allRecords::addAll);
        Map<Long, List<Instant>> victimTimes = history.victimIncidentTimes(allRecords, repeatRule.windowStart(asOf), excludeIncidentId);
        Map<Long, Integer> suspect = history.suspectCounts(allRecords, asOf, excludeIncidentId);
        Set<Set<Long>> seen = new java.util.HashSet<>();
        return identity.people(personIds).stream()
                .filter(p -> seen.add(same.getOrDefault(p.id(), Set.of(p.id()))))
                .map(p -> {
                    Set<Long> records = same.getOrDefault(p.id(), Set.of(p.id()));
                    List<Instant> times = records.stream().flatMap(r -> victimTimes.getOrDefault(r, List.of()).stream())
                            .distinct().sorted().toList();
                    int suspectIncidents = records.stream().mapToInt(r -> suspect.getOrDefault(r, 0)).sum();
                    // As of now: an incident recorded today counts, so the rule is applied as if a call came in now.
                    RepeatVictimRule.Status status = repeatRule.apply(asOf.plusMillis(1), times);
                    return new History.PersonFound(p.id(), p.fullName(), p.dateOfBirth(), status.earlierInWindow(),
                            status.repeatVictim(), status.specialistReview(), suspectIncidents);
                }).toList();
    }

    /** The markers on the people, named as found or (suspects) as given in the incidents shown. */
    private List<String> markers(Collection<Long> personIds, Map<Long, String> names) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        List<WarningMarker> markers = identity.markers(personIds);
        List<Long> unnamed = markers.stream().map(WarningMarker::personId).filter(id -> !names.containsKey(id))
                .distinct().toList();
        if (!unnamed.isEmpty()) {
            identity.people(unnamed).forEach(p -> names.put(p.id(), p.fullName()));
        }
        return markers.stream()
                .map(m -> names.getOrDefault(m.personId(), "Person " + m.personId()) + ": " + m.kind().label()
                        + (m.note() == null ? "" : " — " + m.note()))
                .toList();
    }

    private static List<String> children(List<Incident> shown, Map<Long, Set<String>> via) {
        List<String> lines = new ArrayList<>();
        for (Incident incident : shown) {
            Set<String> how = via.getOrDefault(incident.id(), Set.of());
            if (!how.contains("address") && !how.contains("building")) {
                continue;
            }
            List<String> named = incident.partiesIn(PartyRole.CHILD).stream().map(Incident.Party::name).toList();
            if (incident.childrenLiving() > 0 || incident.childrenPresent() > 0 || !named.isEmpty()) {
                lines.add(Optional.of(incident.childrenLiving()).filter(n -> n > 0).map(n -> n + " living there").orElse("")
                        + (incident.childrenPresent() > 0 ? (incident.childrenLiving() > 0 ? ", " : "")
                        + incident.childrenPresent() + " present" : "")
                        + (incident.childAges() == null ? "" : " (ages " + incident.childAges() + ")")
                        + (named.isEmpty() ? "" : " — " + String.join(", ", named))
                        + " · " + incident.reference() + ", " + DAY.format(incident.receivedAt())
                        + (how.contains("address") ? "" : " (another flat in the building)"));
            }
        }
        return lines;
    }

    private static void note(Map<Long, Set<String>> via, Map<Long, Instant> when, long incidentId, Instant receivedAt,
                             String how) {
        via.computeIfAbsent(incidentId, k -> new LinkedHashSet<>()).add(how);
        when.put(incidentId, receivedAt);
    }

    private static String people(int count) {
        return count == 1 ? "1 person" : count + " people";
    }
}
