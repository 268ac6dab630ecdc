package org.safeguard.identity.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.safeguard.identity.NewAddress;
import org.safeguard.identity.NewPerson;
import org.safeguard.identity.PhoneNumbers;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
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
        CopyText rows = new CopyText();
        for (int i = 0; i < addresses.size(); i++) {
            NewAddress a = addresses.get(i);
            rows.value(ids[i]).value(a.line1()).value(a.line2()).value(a.town()).value(a.postcode())
                    .value(a.uprn()).value(owningAgency).endRow();
        }
        copy("COPY identity.address (id, line1, line2, town, postcode, uprn, owning_agency) FROM STDIN", rows);
        return ids;
    }

    public long[] copyPeople(List<NewPerson> people, String owningAgency) {
        long[] ids = reserve("identity.person_id_seq", people.size());
        CopyText persons = new CopyText();
        CopyText phones = new CopyText();
        CopyText addresses = new CopyText();
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
        copy("COPY identity.person (id, given_name, family_name, date_of_birth, sex, source_system, source_ref, "
                + "owning_agency) FROM STDIN", persons);
        copy("COPY identity.phone (person_id, number, as_recorded, owning_agency) FROM STDIN", phones);
        copy("COPY identity.person_address (person_id, address_id, owning_agency) FROM STDIN", addresses);
        return ids;
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

    private void copy(String sql, CopyText rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("COPY failed: " + sql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
