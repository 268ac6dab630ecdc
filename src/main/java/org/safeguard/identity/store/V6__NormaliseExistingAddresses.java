package org.safeguard.identity.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.safeguard.identity.address.AddressNormaliser;
import org.springframework.stereotype.Component;

/**
 * Fills the normalised line and building key of addresses stored before V5, with the same Java rule
 * that writes new ones, so there is one definition of "the same address".
 */
@Component
public class V6__NormaliseExistingAddresses extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement read = context.getConnection().createStatement();
             PreparedStatement write = context.getConnection().prepareStatement(
                     "UPDATE identity.address SET normalised = ?, building_key = ? WHERE id = ?")) {
            read.setFetchSize(10_000);
            try (ResultSet rows = read.executeQuery("SELECT id, line1, line2 FROM identity.address WHERE normalised IS NULL")) {
                int pending = 0;
                while (rows.next()) {
                    AddressNormaliser.Normalised normalised = AddressNormaliser.normalise(rows.getString(2), rows.getString(3));
                    write.setString(1, normalised.line());
                    write.setString(2, normalised.buildingKey());
                    write.setLong(3, rows.getLong(1));
                    write.addBatch();
                    if (++pending == 5_000) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                write.executeBatch();
            }
        }
    }
}
