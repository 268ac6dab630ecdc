package org.safeguard.offender;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.Offending;
import org.safeguard.offender.rules.RfgScoring;
import org.safeguard.offender.store.RfgStore;
import org.safeguard.platform.InvalidRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RFG priority list of perpetrators (see {@code rules.RfgScoring} for the method). Kept one person at
 * a time as incidents, offences and links arrive ({@link #refresh}), and recomputed in full nightly or on
 * demand ({@link #recomputeAll}).
 * <p>
 * Neither loses the other's work: a refresh takes the list's lock, reads, writes and notes the records it
 * refreshed; a full run reads without the lock (for up to half a minute), then takes it to replace the list
 * and applies again every refresh noted since it began reading, so an incident recorded while it read is
 * never lost under the full run's older picture. While a full run writes (a few seconds) readers of the list wait.
 * <p>
 * Audited: every view of the list (with the people shown), every standing read and every full run. A refresh
 * is not: it is system work that recomputes derived figures from incidents already audited, shows nothing to
 * anyone, and must not queue behind the audit log's single chain for each incident recorded.
 */
@Service
public class PriorityList {

    private static final Logger log = LoggerFactory.getLogger(PriorityList.class);
    /** The most perpetrators one page of the list shows. */
    static final int MOST_SHOWN = 500;
    /** Person keys named in one audit row of a view (the reason keeps 1,000 characters). */
    private static final int KEYS_PER_AUDIT_ROW = 80;

    private final RfgStore store;
    private final RfgScoring scoring;
    private final RfgSettings settings;
    private final IncidentHistory history;
    private final PersonLinks links;
    private final PersonRecords people;
    private final ReadableRecords readable;
    private final AuditTrail audit;
    private final Clock clock;

    PriorityList(RfgStore store, RfgSettings settings, IncidentHistory history, PersonLinks links, PersonRecords people,
                 ReadableRecords readable, AuditTrail audit, Clock clock) {
        this.store = store;
        this.scoring = new RfgScoring(settings.weights());
        this.settings = settings;
        this.history = history;
        this.links = links;
        this.people = people;
        this.readable = readable;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The top of the list, in rank order; in {@code area} only when given, ranked within it. Audited, with the
     * people shown. Records of the organisation's own staff show no name unless the reader may see them.
     */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional
    public List<RankedPerpetrator> top(String area, int limit) {
        if (limit < 1 || limit > MOST_SHOWN) {
            throw InvalidRequest.of("limit", "Show from 1 to " + MOST_SHOWN + " perpetrators");
        }
        String only = area == null || area.isBlank() ? null : area.strip();
        List<RankedPerpetrator> shown = ranked(store.top(only, limit));
        String scope = only == null ? "whole list" : "area " + only;
        List<Long> keys = shown.stream().map(RankedPerpetrator::personKey).toList();
        if (keys.isEmpty()) {
            audit.record(AuditEvent.of("RFG_LIST_VIEWED", "rfg_list", null).because(scope + ", top " + limit + ": nobody"));
        }
        for (int from = 0; from < keys.size(); from += KEYS_PER_AUDIT_ROW) {
            List<Long> part = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_AUDIT_ROW));
            audit.record(AuditEvent.of("RFG_LIST_VIEWED", "rfg_list", null)
                    .because(scope + ", top " + limit + ": people " + join(part)));
        }
        return shown;
    }

    /** Where the person (any record of theirs) stands on the whole list; empty when they have no DA offending in the window. */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional
    public Optional<RankedPerpetrator> standing(long personId) {
        Optional<RankedPerpetrator> standing = standingForProfile(personId);
        standing.ifPresent(s -> audit.record(AuditEvent.of("RFG_STANDING_VIEWED", "person", s.personKey())
                .because("rank " + s.rank() + ", score " + s.score().toPlainString())));
        return standing;
    }

    /** As {@link #standing}, for the profile, which checks the reader and audits the view once with all it shows. */
    @Transactional(readOnly = true)
    Optional<RankedPerpetrator> standingForProfile(long personId) {
        return store.standing(personKeyOf(personId)).map(row -> ranked(List.of(row)).get(0));
    }

    /** The areas with perpetrators on the list, for the filter. */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional(readOnly = true)
    public List<String> areas() {
        return store.areas();
    }

    /** How many perpetrators the list page shows unless asked for more ({@code safeguard.offender.rfg.list-size}). */
    public int listSize() {
        return settings.listSize();
    }

    /** The weights the list is scored with, for the page that explains it. */
    public RfgScoring.Weights method() {
        return scoring.weights();
    }

    /** The latest full run that finished, for the page. */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional(readOnly = true)
    public Optional<RfgRun> lastRun() {
        return store.lastRun().map(r -> new RfgRun(r.id(), r.startedAt(), r.took(), r.perpetrators(), r.incidentsRead()));
    }

    /** Recomputes every perpetrator's score from intake's offending; replaces the whole list in one transaction. */
    @PreAuthorize(OffenderAccess.SPECIALISTS)
    @Transactional
    public RfgRun recomputeAll() {
        return recomputeAllAs(SignedInStaff.current().username());
    }

    /**
     * The full run as {@link #recomputeAll}, for the nightly job and commands (no one signed in to check). One
     * full run at a time, on any node: the lock is held until this transaction ends, so a second full run
     * never forgets refreshes the first has still to apply.
     *
     * @throws AlreadyRecomputing when another full run is under way
     */
    @Transactional
    public RfgRun recomputeAllAs(String startedBy) {
        if (!store.tryLockFullRun()) {
            throw new AlreadyRecomputing();
        }
        Instant now = clock.instant();
        long began = System.nanoTime();
        // Refreshes noted from here on may have read later than the full read below: they are applied again.
        Instant readFrom = store.databaseNow();
        Everyone everyone = scoreEveryone(now);
        long read = System.nanoTime();

        store.lockList();
        store.replaceAll(everyone.scores(), now);
        Set<Long> refreshedMeanwhile = store.refreshedSince(readFrom);
        if (!refreshedMeanwhile.isEmpty()) {
            rescore(refreshedMeanwhile, clock.instant());
        }
        store.forgetRefreshesBefore(readFrom);
        Instant finished = now.plus(Duration.ofNanos(System.nanoTime() - began));
        log.info("RFG full run: {} incidents read and scored in {} ms, the list written in {} ms", everyone.incidents(),
                millis(began, read), millis(read, System.nanoTime()));
        int perpetrators = store.count();
        long runId = store.insertRun(now, finished, startedBy, perpetrators, everyone.incidents(), scoring.weights().describe());
        audit.record(AuditEvent.of("RFG_LIST_RECOMPUTED", "rfg_run", runId)
                .because(perpetrators + " perpetrators from " + everyone.incidents() + " incidents; "
                        + refreshedMeanwhile.size() + " records refreshed during the run applied again"));
        return new RfgRun(runId, now, Duration.between(now, finished), perpetrators, everyone.incidents());
    }

    /** Another full run of the list is under way (the nightly one, another node's, or a button pressed); nothing was done. */
    public static final class AlreadyRecomputing extends RuntimeException {
        AlreadyRecomputing() {
            super("The list is being recomputed already; try again in a minute");
        }
    }

    /** Every perpetrator's score, and how many incidents they came from. */
    private record Everyone(List<RfgScoring.Score> scores, int incidents) {
    }

    /** Streams every suspect's offending in the window once, gathering it by person (records and victims as people). */
    private Everyone scoreEveryone(Instant now) {
        Map<Long, Long> keyOf = links.linkedRecordKeys();
        Map<Long, RfgScoring.Tally> tallies = new HashMap<>();
        BitSet incidentsSeen = new BitSet();
        history.eachOffending(scoring.windowStart(now), row -> {
            long suspect = keyOf.getOrDefault(row.suspectId(), row.suspectId());
            Long victim = row.victimId() == null ? null : keyOf.getOrDefault(row.victimId(), row.victimId());
            tallies.computeIfAbsent(suspect, k -> new RfgScoring.Tally(k, scoring))
                    .add(row.incidentId(), row.receivedAt(), row.area(), row.offences(), victim);
            if (row.incidentId() <= Integer.MAX_VALUE) {
                incidentsSeen.set((int) row.incidentId());
            }
        });
        List<RfgScoring.Score> scores = new ArrayList<>(tallies.size());
        tallies.values().forEach(tally -> scores.add(scoring.score(tally, now)));
        return new Everyone(scores, incidentsSeen.cardinality());
    }

    /**
     * Recomputes the people these person records belong to (after an incident, an offence or a link): every
     * record of each person counts, and a key a link or unlink has retired leaves the list. For listeners: no
     * one need be signed in, and nothing is shown. Its transaction commits without waiting for the disk (a
     * lost refresh is run again from its event, and the nightly run repairs anything else): call it from a
     * listener or outside a transaction, never inside one whose other writes must be on disk when it commits.
     */
    @Transactional
    public void refresh(Collection<Long> suspectRecordIds) {
        if (suspectRecordIds.isEmpty()) {
            return;
        }
        store.lockListForRefresh();
        rescore(new HashSet<>(suspectRecordIds), clock.instant());
    }

    /**
     * Scores the people of these records afresh and writes them (off the list when they have no offending in
     * the window); notes the records as refreshed. Call holding the list's lock.
     */
    private void rescore(Set<Long> recordIds, Instant now) {
        Map<Long, Long> keyOf = personKeys(recordIds);
        List<Offending> offending = history.offending(keyOf.keySet(), scoring.windowStart(now));
        Map<Long, Long> victimKeyOf = personKeys(offending.stream().map(Offending::victimId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, RfgScoring.Tally> tallies = new HashMap<>();
        for (Offending row : offending) {
            tallies.computeIfAbsent(keyOf.get(row.suspectId()), k -> new RfgScoring.Tally(k, scoring)).add(row.incidentId(),
                    row.receivedAt(), row.area(), row.offences(), row.victimId() == null ? null : victimKeyOf.get(row.victimId()));
        }
        // Every other record of these people: a key retired by a link, or a person with nothing in the window.
        Set<Long> offList = new HashSet<>(keyOf.keySet());
        offList.removeAll(tallies.keySet());
        store.rewrite(tallies.values().stream().map(tally -> scoring.score(tally, now)).toList(), offList, keyOf.keySet(), now);
    }

    /** Every record of the people these records belong to, with its person's key (the smallest id among them). */
    private Map<Long, Long> personKeys(Set<Long> recordIds) {
        Map<Long, Long> keyOf = new HashMap<>();
        for (Set<Long> person : links.samePerson(recordIds).values()) {
            long key = Collections.min(person);
            person.forEach(record -> keyOf.put(record, key));
        }
        return keyOf;
    }

    private List<RankedPerpetrator> ranked(List<RfgStore.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> keys = rows.stream().map(r -> r.score().personKey()).toList();
        Set<Long> withheldKeys = readable.restrictedAmong(keys);
        Map<Long, PersonSummary> byId = new HashMap<>();
        people.people(keys).forEach(p -> byId.put(p.id(), p));
        List<RankedPerpetrator> ranked = new ArrayList<>(rows.size());
        for (RfgStore.Row row : rows) {
            RfgScoring.Score s = row.score();
            boolean withheld = withheldKeys.contains(s.personKey());
            PersonSummary person = byId.get(s.personKey());
            String name = withheld ? "Restricted record" : person == null ? "Person " + s.personKey() : person.fullName();
            ranked.add(new RankedPerpetrator(row.rank(), s.personKey(), name,
                    withheld || person == null ? null : person.dateOfBirth(), s.score(), s.recency(), s.frequency(),
                    s.gravity(), s.victims(), s.incidents(), s.latestIncidentAt(), s.area(), withheld));
        }
        return ranked;
    }

    private long personKeyOf(long personId) {
        return Collections.min(links.samePerson(List.of(personId)).getOrDefault(personId, Set.of(personId)));
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static String join(Collection<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }
}
