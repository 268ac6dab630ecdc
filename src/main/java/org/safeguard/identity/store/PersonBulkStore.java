package org.safeguard.identity.store;

import java.util.List;

import javax.sql.DataSource;

import org.safeguard.identity.NewAddress;
import org.safeguard.identity.NewPerson;
import org.safeguard.identity.PhoneNumbers;
import org.safeguard.identity.WarningMarker;
import org.safeguard.identity.address.AddressNormaliser;
import org.safeguard.platform.CopyRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bulk writes with COPY, on the connection of the current transaction. */
@Repository
public class PersonBulkStore {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public PersonBulkStore(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    public long[] copyAddresses(List<NewAddress> addresses, String owningAgency) {
        long[] ids = reserve("identity.address_id_seq", addresses.size());
        CopyRows rows = new CopyRows();
        for (int i = 0; i < addresses.size(); i++) {
            NewAddress a = addresses.get(i);
            AddressNormaliser.Normalised normalised = AddressNormaliser.normalise(a.line1(), a.line2());
            rows.value(ids[i]).value(a.line1()).value(a.line2()).value(a.town()).value(a.postcode())
                    .value(a.uprn()).value(owningAgency).value(normalised.line()).value(normalised.buildingKey()).endRow();
        }
        rows.copyInto(dataSource, "COPY identity.address (id, line1, line2, town, postcode, uprn, owning_agency, "
                + "normalised, building_key) FROM STDIN");
        return ids;
    }

    public long[] copyPeople(List<NewPerson> people, String owningAgency) {
        long[] ids = reserve("identity.person_id_seq", people.size());
        CopyRows persons = new CopyRows();
        CopyRows phones = new CopyRows();
        CopyRows addresses = new CopyRows();
        for (int i = 0; i < people.size(); i++) {
            NewPerson p = people.get(i);
            persons.value(ids[i]).value(p.givenName()).value(p.familyName()).value(p.dateOfBirth())
                    .value(p.sex().name()).value(p.sourceSystem()).value(p.sourceRef()).value(owningAgency).endRow();
            for (String phone : p.phones()) {
                phones.value(ids[i]).value(PhoneNumbers.normalise(phone)).value(phone).value(owningAgency).endRow();
            }
            if (p.addressId() != null) {
                addresses.value(ids[i]).value(p.addressId()).value(owningAgency).endRow();
            }
        }
        persons.copyInto(dataSource, "COPY identity.person (id, given_name, family_name, date_of_birth, sex, "
                + "source_system, source_ref, owning_agency) FROM STDIN");
        phones.copyInto(dataSource, "COPY identity.phone (person_id, number, as_recorded, owning_agency) FROM STDIN");
        addresses.copyInto(dataSource, "COPY identity.person_address (person_id, address_id, owning_agency) FROM STDIN");
        return ids;
    }

    public void copyMarkers(List<WarningMarker> markers, String owningAgency) {
        CopyRows rows = new CopyRows();
        markers.forEach(m -> rows.value(m.personId()).value(m.kind().name()).value(m.note()).value(owningAgency).endRow());
        rows.copyInto(dataSource, "COPY identity.warning_marker (person_id, kind, note, owning_agency) FROM STDIN");
    }

    public long countPeople() {
        return jdbc.sql("SELECT count(*) FROM identity.person").query(Long.class).single();
    }

    private long[] reserve(String sequence, int count) {
        List<Long> ids = jdbc.sql("SELECT nextval(CAST(:sequence AS regclass)) FROM generate_series(1, :count)")
                .param("sequence", sequence).param("count", count)
                .query(Long.class).list();
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

}
