package org.safeguard.identity;

import java.time.Clock;
import java.time.Duration;
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

import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.linkage.LinkRecord;
import org.safeguard.identity.linkage.LinkageModel;
import org.safeguard.identity.linkage.MatchScore;
import org.safeguard.identity.linkage.Thresholds;
import org.safeguard.identity.store.LinkStore;
import org.safeguard.identity.store.PersonStore;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Record linkage in the service: which records are one person, the specialists' review queue, links
 * and unlinks. A link never moves anything: each record keeps its own incidents, phones and addresses,
 * and records linked together share a person key, so undoing a link restores both records exactly.
 * Reads that show personal data to a person are audited here when they are pages of their own (a review,
 * a person's links) and by the calling module otherwise; every write is audited here.
 */
@Service
public class PersonLinks {

    static final String REVIEWS = "hasRole('DA_SPECIALIST')";
    static final String READS_LINKS = "hasAnyRole('DA_SPECIALIST','SUPERVISOR')";
    /** The name writes are recorded under when nobody is signed in (the nightly run, intake's automatic link). */
    static final String LINKAGE = "record-linkage";
    private static final int MAX_CANDIDATES = 200;
    private static final Duration MATCH_WAIT = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(PersonLinks.class);

    private final LinkStore store;
    private final PersonStore people;
    private final CurrentModel model;
    private final LinkageSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonLinks(LinkStore store, PersonStore people, CurrentModel model, LinkageSettings settings, AuditTrail audit,
                ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.people = people;
        this.model = model;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** For each record, every record of the same person (itself included); unknown ids map to themselves. */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> samePerson(Collection<Long> recordIds) {
        Map<Long, Set<Long>> same = store.samePerson(recordIds);
        recordIds.forEach(id -> same.computeIfAbsent(id, k -> Set.of(k)));
        return same;
    }

    /**
     * The person key of every record that is not the first of its person: linked records share the
     * smallest id among them, so a record missing from the map is its own key. For modules that count
     * per person over many records at once (the offender module's RFG ranking).
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> linkedRecordKeys() {
        return store.linkedRecordKeys();
    }

    /**
     * Existing records that may be the person described (scored at or above the review threshold), best
     * first; empty while no model has been trained. A building block: the caller audits what it shows.
     */
    @Transactional(readOnly = true)
    public List<PossiblePerson> possibleMatches(PersonDetails details, String phone, String postcode, int limit) {
        Optional<LinkageModel> current = model.get();
        if (current.isEmpty() || details.familyName() == null || details.familyName().isBlank()) {
            return List.of();
        }
        String digits = phone == null ? "" : PhoneNumbers.normalise(phone);
        LinkRecord typed = new LinkRecord(0, details.givenName(), details.familyName(),
                LinkRecord.birthDate(details.dateOfBirth()), details.sex(), null,
                Postcodes.normalise(postcode).orElse(null), List.of(), digits.length() >= 6 ? List.of(digits) : List.of(),
                List.of());
        List<MatchScore> scores = scored(current.get(), typed, Set.of());
        List<Long> ids = scores.stream().limit(limit).map(MatchScore::secondId).toList();
        Map<Long, PersonSummary> byId = new HashMap<>();
        people.people(ids).forEach(p -> byId.put(p.id(), p));
        Map<Long, Set<Long>> same = store.samePerson(ids);
        return scores.stream().limit(limit).filter(s -> byId.containsKey(s.secondId()))
                .map(s -> new PossiblePerson(byId.get(s.secondId()), s.probability(), s.reasons(),
                        same.getOrDefault(s.secondId(), Set.of()).size() > 1))
                .toList();
    }

    /**
     * Matches a record just made (at intake) against the records already held: the best candidate at or
     * above the upper threshold is linked automatically, candidates between the thresholds go to the
     * review queue. Nothing happens while no model has been trained, nor when links are being changed
     * elsewhere for longer than {@code MATCH_WAIT} (a batch run's partition): the next batch run matches
     * the record. Runs in a savepoint of the caller's transaction: if it fails, the caller's work stands.
     */
    @Transactional(propagation = Propagation.NESTED)
    public void matchNewRecord(long recordId) {
        Optional<LinkageModel> current = model.get();
        List<LinkRecord> records = store.linkRecords(List.of(recordId));
        if (current.isEmpty() || records.isEmpty()) {
            return;
        }
        if (!store.tryLockLinkChanges(MATCH_WAIT)) {
            log.info("Person record {} not matched now: links are being changed; the next batch run matches it", recordId);
            return;
        }
        Set<Long> own = store.samePerson(List.of(recordId)).getOrDefault(recordId, Set.of(recordId));
        for (MatchScore score : scored(current.get(), records.get(0), own)) {
            MatchScore pair = new MatchScore(recordId, score.secondId(), score.weight(), score.probability(),
                    score.namesSwapped(), score.evidence(), score.modelVersion());
            apply(pair, settings.thresholds(), LINKAGE);
        }
    }

    /** The candidates sharing a blocking key with the record, scored, best first, down to the review threshold. */
    private List<MatchScore> scored(LinkageModel current, LinkRecord typed, Set<Long> leaveOut) {
        List<Long> candidates = store.sharingKeys(org.safeguard.identity.linkage.Blocking.keysOf(typed), MAX_CANDIDATES)
                .stream().filter(id -> !leaveOut.contains(id)).toList();
        List<MatchScore> scores = new ArrayList<>();
        for (LinkRecord candidate : store.linkRecords(candidates)) {
            MatchScore score = current.score(typed, candidate);
            if (score.probability() >= settings.reviewFrom()) {
                scores.add(score);
            }
        }
        scores.sort(Comparator.comparingDouble(MatchScore::probability).reversed());
        return scores;
    }

    /**
     * What a scored pair leads to: a link at or above the upper threshold (unless either person was
     * judged different from the other), a review between the thresholds (once per pair). Returns the
     * decision taken, or NONE when the pair is already one person, was judged before, or scored too low.
     */
    Thresholds.Decision apply(MatchScore score, Thresholds thresholds, String by) {
        Thresholds.Decision decision = thresholds.decide(score);
        if (decision == Thresholds.Decision.NONE) {
            return decision;
        }
        store.lockLinkChanges();
        Map<Long, Set<Long>> same = store.samePerson(List.of(score.firstId(), score.secondId()));
        Set<Long> first = same.getOrDefault(score.firstId(), Set.of());
        Set<Long> second = same.getOrDefault(score.secondId(), Set.of());
        if (first.isEmpty() || second.isEmpty() || first.contains(score.secondId()) || store.judgedDifferent(first, second)) {
            return Thresholds.Decision.NONE;
        }
        if (decision == Thresholds.Decision.LINK && first.size() > 1 && second.size() > 1) {
            // Joining two people who each already have several records could chain different people
            // together through records that never scored high against each other: a person decides.
            decision = Thresholds.Decision.REVIEW;
        }
        if (decision == Thresholds.Decision.LINK) {
            join(score.firstId(), score.secondId(), "AUTOMATIC", score.probability(), score.weight(),
                    String.join("; ", score.reasons()), score.modelVersion() == 0 ? null : score.modelVersion(), by);
            return decision;
        }
        if (store.propose(score, by)) {
            audit.record(AuditEvent.of("PERSON_LINK_PROPOSED", "person", Math.min(score.firstId(), score.secondId()))
                    .because("with person " + Math.max(score.firstId(), score.secondId()) + ", probability "
                            + percent(score.probability())));
            return decision;
        }
        return Thresholds.Decision.NONE;
    }

    /** The open review queue, highest probability first. */
    @PreAuthorize(REVIEWS)
    @Transactional
    public List<LinkReview> reviewQueue(int limit) {
        List<LinkStore.ReviewRow> rows = store.openReviews(limit);
        Map<Long, PersonCard> cards = cards(rows.stream().flatMap(r -> java.util.stream.Stream.of(r.firstId(), r.secondId())).toList());
        for (LinkStore.ReviewRow row : rows) {
            audit.record(AuditEvent.of("PERSON_LINK_QUEUE_VIEWED", "person", row.firstId())
                    .because("review " + row.id() + ", with person " + row.secondId()));
            audit.record(AuditEvent.of("PERSON_LINK_QUEUE_VIEWED", "person", row.secondId())
                    .because("review " + row.id() + ", with person " + row.firstId()));
        }
        return rows.stream().map(r -> review(r, cards)).toList();
    }

    @Transactional(readOnly = true)
    public int openReviews() {
        return store.countOpenReviews();
    }

    /** One review, open or decided; audited. */
    @PreAuthorize(REVIEWS)
    @Transactional
    public LinkReview review(long reviewId) {
        LinkStore.ReviewRow row = store.review(reviewId).orElseThrow(() -> new RecordNotFound("link review", reviewId));
        audit.record(AuditEvent.of("PERSON_LINK_REVIEW_VIEWED", "person", row.firstId())
                .because("review " + reviewId + " with person " + row.secondId()));
        audit.record(AuditEvent.of("PERSON_LINK_REVIEW_VIEWED", "person", row.secondId())
                .because("review " + reviewId + " with person " + row.firstId()));
        return review(row, cards(List.of(row.firstId(), row.secondId())));
    }

    /**
     * Judges a pair: SAME links the records (refused when either person was judged different from the
     * other), DIFFERENT is remembered so the pair is never proposed or linked again. A decision needs a
     * note when it says DIFFERENT. A stale {@code version} (someone decided first) is refused.
     */
    @PreAuthorize(REVIEWS)
    @Transactional
    public LinkReview decide(long reviewId, LinkReview.Judgement judgement, String note, int version) {
        store.lockLinkChanges();
        LinkStore.ReviewRow row = store.review(reviewId).orElseThrow(() -> new RecordNotFound("link review", reviewId));
        String cleanNote = note == null ? "" : note.strip();
        InvalidRequest.Check check = new InvalidRequest.Check();
        check.require(judgement != null, "judgement", "Select whether these are the same person or different people");
        check.require(judgement != LinkReview.Judgement.DIFFERENT || !cleanNote.isEmpty(), "note",
                "Enter why these are different people");
        check.require(cleanNote.length() <= 1000, "note", "The note must be 1,000 characters or fewer");
        check.throwIfAny();
        if (row.decision() != null) {
            throw InvalidRequest.of("judgement", "This pair was already judged " + row.decision().label().toLowerCase()
                    + " by " + row.decidedBy() + ": nothing was changed");
        }
        String by = actor();
        if (judgement == LinkReview.Judgement.SAME) {
            refuseIfJudgedDifferent(row.firstId(), row.secondId());
        } else if (samePersonNow(row.firstId(), row.secondId())) {
            throw InvalidRequest.of("judgement", "These records have been linked as one person since this pair was "
                    + "proposed. If they are different people, undo the link on the person's links page. Nothing was changed.");
        }
        if (!store.decide(reviewId, version, judgement, by, cleanNote.isEmpty() ? null : cleanNote, clock.instant())) {
            throw new ConcurrentEdit("This pair");
        }
        audit.record(AuditEvent.of("PERSON_LINK_REVIEWED", "person", row.firstId())
                .because(judgement.name() + " with person " + row.secondId() + (cleanNote.isEmpty() ? "" : ": " + cleanNote)));
        if (judgement == LinkReview.Judgement.SAME && !samePersonNow(row.firstId(), row.secondId())) {
            join(row.firstId(), row.secondId(), "REVIEWED", row.probability(), row.weight(),
                    cleanNote.isEmpty() ? "judged the same person" : cleanNote, row.modelVersion(), by);
        }
        LinkStore.ReviewRow decided = store.review(reviewId).orElseThrow();
        return review(decided, cards(List.of(decided.firstId(), decided.secondId())));
    }

    /** Every link of the person the record belongs to, live and undone; audited. */
    @PreAuthorize(READS_LINKS)
    @Transactional
    public List<PersonLink> links(long personId) {
        Set<Long> records = samePersonOrThrow(personId);
        // Undone links reach records no longer of this person: show them too, they are its history.
        Set<Long> touched = new LinkedHashSet<>(records);
        List<LinkStore.LinkRow> rows = store.linksOf(touched);
        rows.forEach(r -> {
            touched.add(r.firstId());
            touched.add(r.secondId());
        });
        Map<Long, PersonSummary> byId = new HashMap<>();
        people.people(touched).forEach(p -> byId.put(p.id(), p));
        audit.record(AuditEvent.of("PERSON_LINKS_VIEWED", "person", personId));
        return rows.stream().map(r -> link(r, byId)).toList();
    }

    /** The records of the same person as this one (itself included), in id order, as summaries. */
    @PreAuthorize(READS_LINKS)
    @Transactional(readOnly = true)
    public List<PersonSummary> recordsOfPerson(long personId) {
        return people.people(samePersonOrThrow(personId));
    }

    /** Links two records by hand, with a reason. Refused for a record and itself, or a pair judged different. */
    @PreAuthorize(REVIEWS)
    @Transactional
    public PersonLink link(long firstId, long secondId, String reason) {
        String cleanReason = reason == null ? "" : reason.strip();
        InvalidRequest.Check check = new InvalidRequest.Check();
        check.require(firstId != secondId, "otherRecord", "A record cannot be linked to itself");
        check.require(!cleanReason.isEmpty(), "reason", "Enter why these records are the same person");
        check.require(cleanReason.length() <= 1000, "reason", "The reason must be 1,000 characters or fewer");
        check.throwIfAny();
        store.lockLinkChanges();
        Map<Long, Long> keys = store.lockPersonKeys(firstId, secondId);
        if (!keys.containsKey(secondId)) {
            throw InvalidRequest.of("otherRecord", "There is no person record " + secondId);
        }
        if (!keys.containsKey(firstId)) {
            throw new RecordNotFound("person", firstId);
        }
        if (keys.get(firstId).equals(keys.get(secondId))) {
            throw InvalidRequest.of("otherRecord", "Record " + secondId + " is already linked to this person");
        }
        refuseIfJudgedDifferent(firstId, secondId);
        long linkId = join(firstId, secondId, "BY_HAND", null, null, cleanReason, null, actor());
        Map<Long, PersonSummary> byId = new HashMap<>();
        people.people(List.of(firstId, secondId)).forEach(p -> byId.put(p.id(), p));
        return link(store.link(linkId).orElseThrow(), byId);
    }

    /**
     * Undoes a link with a reason: both records are again the people they were, with their own
     * incidents (nothing moved, so nothing is lost); the undone link is remembered, so the pair is never
     * proposed or joined again. Refused when other links would still join the two.
     */
    @PreAuthorize(REVIEWS)
    @Transactional
    public PersonLink unlink(long linkId, String reason, int version) {
        store.lockLinkChanges();
        LinkStore.LinkRow row = store.link(linkId).orElseThrow(() -> new RecordNotFound("link", linkId));
        String cleanReason = reason == null ? "" : reason.strip();
        InvalidRequest.Check check = new InvalidRequest.Check();
        check.require(!cleanReason.isEmpty(), "reason", "Enter why these records are not the same person");
        check.require(cleanReason.length() <= 1000, "reason", "The reason must be 1,000 characters or fewer");
        check.throwIfAny();
        if (row.unlinkedAt() != null) {
            throw InvalidRequest.of("reason", "This link was already undone by " + row.unlinkedBy() + ": nothing was changed");
        }
        store.lockPersonKeys(row.firstId(), row.secondId());
        String by = actor();
        if (!store.markUnlinked(linkId, version, by, cleanReason, clock.instant())) {
            throw new ConcurrentEdit("This link");
        }
        long key = store.personKey(row.firstId()).orElseThrow();
        split(store.members(key));
        if (samePersonNow(row.firstId(), row.secondId())) {
            // Other links still join them: undoing this one alone would change nothing but the record of it.
            throw InvalidRequest.of("reason", "Records " + row.firstId() + " and " + row.secondId() + " are still linked "
                    + "through other records of this person: undo those links first. Nothing was changed.");
        }
        audit.record(AuditEvent.of("PERSON_RECORDS_UNLINKED", "person", row.firstId())
                .because("from person " + row.secondId() + ": " + cleanReason));
        audit.record(AuditEvent.of("PERSON_RECORDS_UNLINKED", "person", row.secondId())
                .because("from person " + row.firstId() + ": " + cleanReason));
        events.publishEvent(new PersonsUnlinked(linkId, row.firstId(), row.secondId(), cleanReason));
        Map<Long, PersonSummary> byId = new HashMap<>();
        people.people(List.of(row.firstId(), row.secondId())).forEach(p -> byId.put(p.id(), p));
        return link(store.link(linkId).orElseThrow(), byId);
    }

    /** Records a link and joins the two people; audited for both records; publishes {@link PersonsLinked}. */
    private long join(long firstId, long secondId, String how, Double probability, Double weight, String reasons,
                      Integer modelVersion, String by) {
        store.lockLinkChanges();
        Map<Long, Long> keys = store.lockPersonKeys(firstId, secondId);
        long linkId = store.insertLink(firstId, secondId, how, probability, weight, reasons, modelVersion, by);
        store.joinPeople(keys.get(firstId), keys.get(secondId));
        long personKey = Math.min(keys.get(firstId), keys.get(secondId));
        String why = how.toLowerCase().replace('_', ' ') + (probability == null ? "" : ", probability " + percent(probability))
                + (reasons == null || reasons.isBlank() ? "" : ": " + reasons);
        audit.record(AuditEvent.of("PERSON_RECORDS_LINKED", "person", firstId).because("with person " + secondId + ", " + why));
        audit.record(AuditEvent.of("PERSON_RECORDS_LINKED", "person", secondId).because("with person " + firstId + ", " + why));
        events.publishEvent(new PersonsLinked(linkId, Math.min(firstId, secondId), Math.max(firstId, secondId), personKey, how));
        return linkId;
    }

    /** Gives each group of records still linked together its own person key (the smallest id in it). */
    private void split(List<Long> members) {
        Map<Long, Long> parent = new HashMap<>();
        members.forEach(id -> parent.put(id, id));
        for (long[] link : store.liveLinksAmong(members)) {
            long a = root(parent, link[0]);
            long b = root(parent, link[1]);
            parent.put(Math.max(a, b), Math.min(a, b));
        }
        Map<Long, Long> keyOf = new LinkedHashMap<>();
        members.forEach(id -> keyOf.put(id, root(parent, id)));
        store.setPersonKeys(keyOf);
    }

    private static long root(Map<Long, Long> parent, long id) {
        long root = id;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }

    private void refuseIfJudgedDifferent(long firstId, long secondId) {
        Map<Long, Set<Long>> same = store.samePerson(List.of(firstId, secondId));
        if (store.judgedDifferent(same.getOrDefault(firstId, Set.of(firstId)), same.getOrDefault(secondId, Set.of(secondId)))) {
            throw InvalidRequest.of("judgement", "These records cannot be joined: a reviewer judged them (or records "
                    + "linked to them) to be different people. Nothing was changed.");
        }
    }

    private boolean samePersonNow(long firstId, long secondId) {
        return store.samePerson(List.of(firstId)).getOrDefault(firstId, Set.of()).contains(secondId);
    }

    private Set<Long> samePersonOrThrow(long personId) {
        Set<Long> records = store.samePerson(List.of(personId)).get(personId);
        if (records == null) {
            throw new RecordNotFound("person", personId);
        }
        return records;
    }

    private Map<Long, PersonCard> cards(Collection<Long> ids) {
        Map<Long, PersonCard> cards = new HashMap<>();
        for (PersonSummary person : people.people(new LinkedHashSet<>(ids))) {
            PersonStore.Provenance from = people.provenance(person.id());
            cards.put(person.id(), new PersonCard(person, people.addressesOf(person.id()), people.phonesOf(person.id()),
                    from.owningAgency(), from.sourceSystem(), from.sourceRef()));
        }
        return cards;
    }

    private static LinkReview review(LinkStore.ReviewRow r, Map<Long, PersonCard> cards) {
        return new LinkReview(r.id(), cards.get(r.firstId()), cards.get(r.secondId()), r.probability(), r.weight(),
                r.evidence(), r.modelVersion(), r.proposedBy(), r.proposedAt(), r.decision(), r.decidedBy(), r.decidedAt(),
                r.note(), r.version());
    }

    private static PersonLink link(LinkStore.LinkRow r, Map<Long, PersonSummary> byId) {
        return new PersonLink(r.id(), byId.get(r.firstId()), byId.get(r.secondId()), r.how(), r.probability(), r.reasons(),
                r.linkedBy(), r.linkedAt(), r.unlinkedBy(), r.unlinkedAt(), r.unlinkReason(), r.version());
    }

    private static String actor() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null || !signedIn.isAuthenticated() ? LINKAGE : signedIn.getName();
    }

    static String percent(double probability) {
        return String.format("%.1f%%", probability * 100);
    }
}
