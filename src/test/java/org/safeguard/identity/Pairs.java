package org.safeguard.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.safeguard.access.ActingAs;
import org.safeguard.support.Calls;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pairs of fresh person records put in the specialists' review queue, as a linkage run would put them:
 * the records are imported through the module's API, the review row is written as the module stores it.
 */
@Component
class Pairs {

    /** The comparisons a typical pair to review shows: a name typed two ways, the same date of birth and address. */
    static final String EVIDENCE = """
            [{"comparison":"GIVEN_NAME","level":1,"finding":"a short form of the other","weight":4.1},
             {"comparison":"FAMILY_NAME","level":0,"finding":"the same","weight":9.3},
             {"comparison":"BIRTH_DATE","level":0,"finding":"the same","weight":7.2},
             {"comparison":"SEX","level":0,"finding":"the same","weight":0.9},
             {"comparison":"ADDRESS","level":4,"finding":"different","weight":-3.4},
             {"comparison":"PHONE","level":-1,"finding":"missing on one record","weight":0.0}]""";

    private final PersonRecords records;
    private final JdbcClient jdbc;
    private final ActingAs acting;

    Pairs(PersonRecords records, JdbcClient jdbc, ActingAs acting) {
        this.records = records;
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
        long reviewId = jdbc.sql("""
                        INSERT INTO identity.link_review (first_id, second_id, probability, weight, evidence, proposed_by)
                        VALUES (:first, :second, 0.9991, 13.1, :evidence, 'test') RETURNING id""")
                .param("first", ids[0]).param("second", ids[1]).param("evidence", EVIDENCE)
                .query(Long.class).single();
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
