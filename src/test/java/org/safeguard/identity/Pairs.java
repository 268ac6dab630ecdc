package org.safeguard.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.safeguard.access.ActingAs;
import org.safeguard.identity.linkage.Comparison;
import org.safeguard.identity.linkage.Evidence;
import org.safeguard.identity.linkage.MatchScore;
import org.safeguard.identity.linkage.Thresholds;
import org.safeguard.support.Calls;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pairs of fresh person records put in the specialists' review queue as a linkage run puts them: the records
 * are imported through the module's API and the pair, with a score made up here, goes through the facade's
 * own step from a score to a link or a review.
 */
@Component
class Pairs {

    /** The comparisons of a typical pair to review: a name typed two ways, the same date of birth, two addresses. */
    static final List<Evidence> EVIDENCE = List.of(
            new Evidence(Comparison.GIVEN_NAME, 1, "a short form of the other", 4.1),
            new Evidence(Comparison.FAMILY_NAME, 0, "the same", 9.3),
            new Evidence(Comparison.BIRTH_DATE, 0, "the same", 7.2),
            new Evidence(Comparison.SEX, 0, "the same", 0.9),
            new Evidence(Comparison.ADDRESS, 4, "different", -3.4),
            new Evidence(Comparison.PHONE, -1, "missing on one record", 0.0));
    /** Thresholds that put the pair's 99.91% to review, whatever the force's settings. */
    private static final Thresholds BETWEEN_THRESHOLDS = new Thresholds(0.99999, 0.5);

    private final PersonRecords records;
    private final PersonLinks links;
    private final JdbcClient jdbc;
    private final ActingAs acting;

    Pairs(PersonRecords records, PersonLinks links, JdbcClient jdbc, ActingAs acting) {
        this.records = records;
        this.links = links;
        this.jdbc = jdbc;
        this.acting = acting;
    }

    /** A pair waiting for review, and the two records (first has the smaller id). */
    record Pair(long reviewId, long firstId, long secondId, String firstName, String secondName) {
    }

    /** "Jonathan" and "Jon", one family name nobody else has, born the same day, at two addresses. */
    Pair proposed() {
        String family = Calls.unusedFamilyName();
        long[] ids = people(new String[]{"Jonathan", "Jon"}, family, LocalDate.of(1985, 4, 3));
        MatchScore score = new MatchScore(ids[0], ids[1], 13.1, 0.9991, false, EVIDENCE, 0);
        if (links.apply(score, BETWEEN_THRESHOLDS, "test") != Thresholds.Decision.REVIEW) {
            throw new IllegalStateException("the pair " + ids[0] + ", " + ids[1] + " was not put to review");
        }
        long reviewId = jdbc.sql("SELECT id FROM identity.link_review WHERE first_id = ? AND second_id = ?")
                .params(ids[0], ids[1]).query(Long.class).single();
        return new Pair(reviewId, ids[0], ids[1], "Jonathan " + family, "Jon " + family);
    }

    /** Two records of a family nobody else has, not proposed as a pair: for linking by hand. */
    long[] unproposed() {
        return people(new String[]{"Maya", "Maia"}, Calls.unusedFamilyName(), LocalDate.of(1979, 11, 23));
    }

    private long[] people(String[] givenNames, String family, LocalDate born) {
        return acting.run("specialist", () -> {
            long[] addresses = records.importAddresses(List.of(
                    new NewAddress("12 Orchard Close", null, "Testtown", Calls.unusedPostcode(), null),
                    new NewAddress("Flat 3, 40 Mill Lane", null, "Testtown", Calls.unusedPostcode(), null)), "POLICE");
            long[] ids = records.importPeople(List.of(
                    new NewPerson("TEST", UUID.randomUUID().toString(), givenNames[0], family, born, Sex.FEMALE,
                            addresses[0], List.of("01632 960111")),
                    new NewPerson("TEST", UUID.randomUUID().toString(), givenNames[1], family, born, Sex.FEMALE,
                            addresses[1], List.of())), "POLICE");
            if (ids[0] >= ids[1]) {
                throw new IllegalStateException("records imported out of order: " + ids[0] + ", " + ids[1]);
            }
            return ids;
        });
    }
}
