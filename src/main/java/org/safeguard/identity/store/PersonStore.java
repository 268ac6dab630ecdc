package org.safeguard.identity.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
            rs.getString("line1"), rs.getString("line2"), rs.getString("town"), rs.getString("postcode"));
    private static final String PERSON_COLUMNS = "id, given_name, family_name, date_of_birth, sex";
    private static final String ADDRESS_COLUMNS = "id, line1, line2, town, postcode";

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
        return jdbc.sql("SELECT " + ADDRESS_COLUMNS + " FROM identity.address WHERE postcode = :postcode "
                        + "AND normalised = :line ORDER BY id LIMIT 1")
                .param("postcode", postcode).param("line", normalisedLine).query(ADDRESS).optional();
    }

    /** Addresses typed without a postcode: exact normalised line only. */
    public List<AddressSummary> addressesMatching(String normalisedLine, int limit) {
        return jdbc.sql("SELECT " + ADDRESS_COLUMNS + " FROM identity.address WHERE normalised = :line ORDER BY id LIMIT :limit")
                .param("line", normalisedLine).param("limit", limit).query(ADDRESS).list();
    }

    public List<AddressSummary> sameBuilding(long addressId, int limit) {
        return jdbc.sql("SELECT a." + ADDRESS_COLUMNS.replace(", ", ", a.") + " FROM identity.address a "
                        + "JOIN identity.address here ON here.id = :id "
                        + "AND a.postcode = here.postcode AND a.building_key = here.building_key "
                        + "ORDER BY a.id LIMIT :limit")
                .param("id", addressId).param("limit", limit).query(ADDRESS).list();
    }

    public List<AddressSummary> addresses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + ADDRESS_COLUMNS + " FROM identity.address WHERE id = ANY(:ids) ORDER BY id")
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
        return jdbc.sql("SELECT a.id, a.line1, a.line2, a.town, a.postcode FROM identity.person_address pa "
                        + "JOIN identity.address a ON a.id = pa.address_id WHERE pa.person_id = :id "
                        + "ORDER BY pa.to_date IS NULL DESC, pa.from_date DESC NULLS LAST, a.id DESC")
                .param("id", personId).query(ADDRESS).list();
    }

    /** The person's phone numbers as recorded. */
    public List<String> phonesOf(long personId) {
        return jdbc.sql("SELECT as_recorded FROM identity.phone WHERE person_id = :id ORDER BY id")
                .param("id", personId).query(String.class).list();
    }
}
