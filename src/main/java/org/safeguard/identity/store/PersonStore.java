package org.safeguard.identity.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.identity.AddressSummary;
import org.safeguard.identity.PersonSummary;
import org.safeguard.identity.Sex;
import org.safeguard.identity.WarningMarker;
import org.safeguard.identity.address.AddressNormaliser;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single-record reads and writes of people, phones and addresses, all through indexed columns. */
@Repository
public class PersonStore {

    private static final RowMapper<PersonSummary> PERSON = (rs, n) -> new PersonSummary(rs.getLong("id"),
            rs.getString("given_name"), rs.getString("family_name"),
            rs.getDate("date_of_birth") == null ? null : rs.getDate("date_of_birth").toLocalDate(),
            Sex.valueOf(rs.getString("sex")));
    private static final RowMapper<AddressSummary> ADDRESS = (rs, n) -> new AddressSummary(rs.getLong("id"),
            rs.getString("line1"), rs.getString("line2"), rs.getString("town"), rs.getString("postcode"),
            rs.getBoolean("confidential"));
    private static final String PERSON_COLUMNS = "id, given_name, family_name, date_of_birth, sex";
    /** An address's columns (table alias {@code a}), with whether anyone was ever recorded at it as a refuge or sanctuary. */
    private static final String ADDRESS_COLUMNS = "a.id, a.line1, a.line2, a.town, a.postcode, EXISTS (SELECT 1 FROM "
            + "identity.person_address c WHERE c.address_id = a.id AND c.confidential_kind IS NOT NULL) AS confidential";

    private final JdbcClient jdbc;

    public PersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records with exactly this name (any case) and, when given, this date of birth. */
    public List<PersonSummary> named(String givenName, String familyName, LocalDate dateOfBirth, int limit) {
        return jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM identity.person "
                        + "WHERE lower(family_name) = lower(:family) "
                        + "AND (CAST(:given AS text) IS NULL OR lower(given_name) = lower(:given)) "
                        + "AND (CAST(:dob AS date) IS NULL OR date_of_birth = :dob) ORDER BY id LIMIT :limit")
                .param("family", familyName).param("given", givenName)
                .param("dob", dateOfBirth == null ? null : Date.valueOf(dateOfBirth)).param("limit", limit)
                .query(PERSON).list();
    }

    public List<Long> withPhone(String normalisedNumber, int limit) {
        return jdbc.sql("SELECT DISTINCT person_id FROM identity.phone WHERE number = :number ORDER BY person_id LIMIT :limit")
                .param("number", normalisedNumber).param("limit", limit).query(Long.class).list();
    }

    public List<PersonSummary> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM identity.person WHERE id = ANY(:ids) ORDER BY id")
                .param("ids", ids.stream().mapToLong(Long::longValue).toArray()).query(PERSON).list();
    }

    public long insertPerson(String givenName, String familyName, LocalDate dateOfBirth, Sex sex, String sourceSystem,
                             String owningAgency) {
        return jdbc.sql("INSERT INTO identity.person (given_name, family_name, date_of_birth, sex, source_system, "
                        + "source_ref, owning_agency) VALUES (:given, :family, :dob, :sex, :system, "
                        + "'P' || nextval('identity.person_source_ref_seq'), :agency) RETURNING id")
                .param("given", givenName).param("family", familyName)
                .param("dob", dateOfBirth == null ? null : Date.valueOf(dateOfBirth)).param("sex", sex.name())
                .param("system", sourceSystem).param("agency", owningAgency)
                .query(Long.class).single();
    }

    public void addPhoneIfNew(long personId, String normalised, String asRecorded, String owningAgency) {
        jdbc.sql("INSERT INTO identity.phone (person_id, number, as_recorded, owning_agency) "
                        + "SELECT :person, :number, :recorded, :agency WHERE NOT EXISTS "
                        + "(SELECT 1 FROM identity.phone WHERE person_id = :person AND number = :number)")
                .param("person", personId).param("number", normalised).param("recorded", asRecorded)
                .param("agency", owningAgency).update();
    }

    public void linkAddressIfNew(long personId, long addressId, LocalDate from, String owningAgency) {
        jdbc.sql("INSERT INTO identity.person_address (person_id, address_id, from_date, owning_agency) "
                        + "SELECT :person, :address, :from, :agency WHERE NOT EXISTS "
                        + "(SELECT 1 FROM identity.person_address WHERE person_id = :person AND address_id = :address)")
                .param("person", personId).param("address", addressId).param("from", Date.valueOf(from))
                .param("agency", owningAgency).update();
    }

    public Optional<AddressSummary> addressMatching(String postcode, String normalisedLine) {
        return jdbc.sql("SELECT " + ADDRESS_COLUMNS + " FROM identity.address a WHERE a.postcode = :postcode "
                        + "AND a.normalised = :line ORDER BY a.id LIMIT 1")
                .param("postcode", postcode).param("line", normalisedLine).query(ADDRESS).optional();
    }

    /** Addresses typed without a postcode: exact normalised line only. */
    public List<AddressSummary> addressesMatching(String normalisedLine, int limit) {
        return jdbc.sql("SELECT " + ADDRESS_COLUMNS + " FROM identity.address a WHERE a.normalised = :line ORDER BY a.id LIMIT :limit")
                .param("line", normalisedLine).param("limit", limit).query(ADDRESS).list();
    }

    public List<AddressSummary> sameBuilding(long addressId, int limit) {
        return jdbc.sql("SELECT " + ADDRESS_COLUMNS + " FROM identity.address a "
                        + "JOIN identity.address here ON here.id = :id "
                        + "AND a.postcode = here.postcode AND a.building_key = here.building_key "
                        + "ORDER BY a.id LIMIT :limit")
                .param("id", addressId).param("limit", limit).query(ADDRESS).list();
    }

    public List<AddressSummary> addresses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + ADDRESS_COLUMNS + " FROM identity.address a WHERE a.id = ANY(:ids) ORDER BY a.id")
                .param("ids", ids.stream().mapToLong(Long::longValue).toArray()).query(ADDRESS).list();
    }

    public long insertAddress(String line1, String line2, String town, String postcode, String owningAgency) {
        AddressNormaliser.Normalised normalised = AddressNormaliser.normalise(line1, line2);
        return jdbc.sql("INSERT INTO identity.address (line1, line2, town, postcode, owning_agency, normalised, building_key) "
                        + "VALUES (:line1, :line2, :town, :postcode, :agency, :normalised, :building) RETURNING id")
                .param("line1", line1).param("line2", line2).param("town", town).param("postcode", postcode)
                .param("agency", owningAgency).param("normalised", normalised.line())
                .param("building", normalised.buildingKey())
                .query(Long.class).single();
    }

    public List<WarningMarker> markers(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT person_id, kind, note FROM identity.warning_marker WHERE person_id = ANY(:ids) "
                        + "ORDER BY person_id, id")
                .param("ids", personIds.stream().mapToLong(Long::longValue).toArray())
                .query((rs, n) -> new WarningMarker(rs.getLong("person_id"), WarningMarker.Kind.valueOf(rs.getString("kind")),
                        rs.getString("note")))
                .list();
    }

    /** The people recorded as living at any of the addresses. */
    public List<Long> livingAt(Collection<Long> addressIds, int limit) {
        if (addressIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT person_id FROM identity.person_address WHERE address_id = ANY(:ids) "
                        + "ORDER BY person_id LIMIT :limit")
                .param("ids", addressIds.stream().mapToLong(Long::longValue).toArray()).param("limit", limit)
                .query(Long.class).list();
    }

    /** Where a record came from and who owns it. */
    public record Provenance(String owningAgency, String sourceSystem, String sourceRef) {
    }

    public Provenance provenance(long personId) {
        return jdbc.sql("SELECT owning_agency, source_system, source_ref FROM identity.person WHERE id = :id")
                .param("id", personId).query((rs, n) -> new Provenance(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
    }

    /** The person's addresses, the one lived at most recently first. */
    public List<AddressSummary> addressesOf(long personId) {
        return jdbc.sql("SELECT " + ADDRESS_COLUMNS + " FROM identity.person_address pa "
                        + "JOIN identity.address a ON a.id = pa.address_id WHERE pa.person_id = :id "
                        + "ORDER BY pa.to_date IS NULL DESC, pa.from_date DESC NULLS LAST, a.id DESC")
                .param("id", personId).query(ADDRESS).list();
    }

    /** The person's phone numbers as recorded. */
    public List<String> phonesOf(long personId) {
        return jdbc.sql("SELECT as_recorded FROM identity.phone WHERE person_id = :id ORDER BY id")
                .param("id", personId).query(String.class).list();
    }
    /** An address a person lived at, with when and whether it was a refuge or sanctuary. */
    public record Lived(AddressSummary address, LocalDate from, LocalDate to, String confidentialKind) {
    }

    /** Where the person lived: the current address first (no end date), then the latest first. */
    public List<Lived> livedAt(long personId) {
        return jdbc.sql("SELECT " + ADDRESS_COLUMNS + ", pa.from_date, pa.to_date, pa.confidential_kind "
                        + "FROM identity.person_address pa JOIN identity.address a ON a.id = pa.address_id "
                        + "WHERE pa.person_id = :id "
                        + "ORDER BY pa.to_date IS NULL DESC, pa.from_date DESC NULLS LAST, a.id DESC")
                .param("id", personId)
                .query((rs, n) -> new Lived(ADDRESS.mapRow(rs, n),
                        rs.getDate("from_date") == null ? null : rs.getDate("from_date").toLocalDate(),
                        rs.getDate("to_date") == null ? null : rs.getDate("to_date").toLocalDate(),
                        rs.getString("confidential_kind")))
                .list();
    }

    public boolean exists(long personId) {
        return jdbc.sql("SELECT count(*) FROM identity.person WHERE id = :id").param("id", personId)
                .query(Integer.class).single() > 0;
    }

    /** Takes the person's row so two addresses recorded at once for them are recorded one after the other. */
    public void lockPerson(long personId) {
        jdbc.sql("SELECT id FROM identity.person WHERE id = :id FOR UPDATE").param("id", personId).query(Long.class).list();
    }

    /** Ends every address the person lives at now, on the day given (never before it began). */
    public void endCurrentAddresses(long personId, LocalDate on) {
        jdbc.sql("UPDATE identity.person_address SET to_date = GREATEST(:on, from_date) "
                        + "WHERE person_id = :person AND to_date IS NULL")
                .param("on", Date.valueOf(on)).param("person", personId).update();
    }

    /** Records the person as living at the address from the day given; a refuge or sanctuary says so. */
    public void insertLived(long personId, long addressId, LocalDate from, String confidentialKind, String recordedBy,
                            Instant recordedAt, String owningAgency) {
        jdbc.sql("INSERT INTO identity.person_address (person_id, address_id, from_date, owning_agency, "
                        + "confidential_kind, recorded_by, recorded_at) "
                        + "VALUES (:person, :address, :from, :agency, :kind, :by, :at)")
                .param("person", personId).param("address", addressId).param("from", Date.valueOf(from))
                .param("agency", owningAgency).param("kind", confidentialKind).param("by", recordedBy)
                .param("at", Timestamp.from(recordedAt)).update();
    }

    /** For each of these addresses that anyone was recorded at as a refuge or sanctuary, those people. */
    public Map<Long, Set<Long>> confidentialResidents(Collection<Long> addressIds) {
        Map<Long, Set<Long>> residents = new LinkedHashMap<>();
        if (addressIds.isEmpty()) {
            return residents;
        }
        jdbc.sql("SELECT address_id, person_id FROM identity.person_address "
                        + "WHERE address_id = ANY(:ids) AND confidential_kind IS NOT NULL ORDER BY address_id, person_id")
                .param("ids", addressIds.stream().mapToLong(Long::longValue).toArray())
                .query(rs -> {
                    residents.computeIfAbsent(rs.getLong("address_id"), k -> new LinkedHashSet<>())
                            .add(rs.getLong("person_id"));
                });
        return residents;
    }
}
