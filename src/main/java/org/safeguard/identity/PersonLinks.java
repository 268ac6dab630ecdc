package org.safeguard.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * Record linkage in the service: which records are one person, the specialists' review queue, links
 * and unlinks. Reads that show personal data to a person are audited by the page or API that shows
 * them; every write is audited here.
 */
@Service
public class PersonLinks {

    static final String REVIEWS = "hasRole('DA_SPECIALIST')";

    /** For each record, every record of the same person (itself included). */
    public Map<Long, Set<Long>> samePerson(Collection<Long> recordIds) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Existing records that may be the person described, best first, from the blocking keys. */
    public List<PossiblePerson> possibleMatches(PersonDetails details, String phone, String postcode, int limit) {
        throw new UnsupportedOperationException("to be written");
    }

    /** The open review queue, highest probability first (DA_SPECIALIST). */
    public List<LinkReview> reviewQueue(int limit) {
        throw new UnsupportedOperationException("to be written");
    }

    public int openReviews() {
        throw new UnsupportedOperationException("to be written");
    }

    /** One review, open or decided (DA_SPECIALIST); audited. */
    public LinkReview review(long reviewId) {
        throw new UnsupportedOperationException("to be written");
    }

    /**
     * Judges a pair: SAME links the records (unless one was judged different from the other's person),
     * DIFFERENT is remembered so the pair is never proposed or linked again. A stale {@code version}
     * (someone else decided first) is refused.
     */
    public LinkReview decide(long reviewId, LinkReview.Judgement judgement, String note, int version) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Every link of the person the record belongs to, live and undone (DA_SPECIALIST, SUPERVISOR); audited. */
    public List<PersonLink> links(long personId) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Links two records by hand, with a reason (DA_SPECIALIST). Refused for a record and itself or a pair judged different. */
    public PersonLink link(long firstId, long secondId, String reason) {
        throw new UnsupportedOperationException("to be written");
    }

    /**
     * Undoes a link with a reason (DA_SPECIALIST): both records are again the people they were, with
     * their own incidents (nothing moved, so nothing is lost); the pair is remembered as different.
     */
    public PersonLink unlink(long linkId, String reason, int version) {
        throw new UnsupportedOperationException("to be written");
    }
}
