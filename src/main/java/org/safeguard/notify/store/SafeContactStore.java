package org.safeguard.notify.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.safeguard.notify.NewSafeContact;
import org.safeguard.notify.SafeContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Safe contact preferences, one row per person, saved on a version. */
@Repository
public class SafeContactStore {

    private static final String COLUMNS = "person_id, safe_phone, safe_email, safe_address, safe_times, voicemail_safe, "
            + "text_safe, email_safe, letter_safe, code_word, never_use, interpreter_language, updated_by, updated_at, "
            + "owning_agency, version";

    private final JdbcClient jdbc;

    public SafeContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SafeContact> find(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notify.safe_contact WHERE person_id = :person")
                .param("person", personId).query((rs, n) -> safeContact(rs)).optional();
    }

    /** The first save for the person; false when someone else saved theirs first. */
    public boolean insert(long personId, NewSafeContact saved, String by, Instant at, String agency) {
        return bind(jdbc.sql("INSERT INTO notify.safe_contact (" + COLUMNS + ") VALUES (:person, :phone, :email, "
                        + ":address, :times, :voicemail, :text, :emailSafe, :letter, :codeWord, :neverUse, :interpreter, "
                        + ":by, :at, :agency, 1) ON CONFLICT (person_id) DO NOTHING"), personId, saved, by, at)
                .param("agency", agency).update() == 1;
    }

    /** Saves over {@code version}; false when it is not the current version. */
    public boolean update(long personId, NewSafeContact saved, String by, Instant at, int version) {
        return bind(jdbc.sql("UPDATE notify.safe_contact SET safe_phone = :phone, safe_email = :email, "
                        + "safe_address = :address, safe_times = :times, voicemail_safe = :voicemail, text_safe = :text, "
                        + "email_safe = :emailSafe, letter_safe = :letter, code_word = :codeWord, never_use = :neverUse, "
                        + "interpreter_language = :interpreter, updated_by = :by, updated_at = :at, version = version + 1 "
                        + "WHERE person_id = :person AND version = :version"), personId, saved, by, at)
                .param("version", version).update() == 1;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, long personId, NewSafeContact saved,
                                                 String by, Instant at) {
        return sql.param("person", personId).param("phone", saved.safePhone()).param("email", saved.safeEmail())
                .param("address", saved.safeAddress()).param("times", saved.safeTimes())
                .param("voicemail", saved.voicemailSafe()).param("text", saved.textSafe())
                .param("emailSafe", saved.emailSafe()).param("letter", saved.letterSafe())
                .param("codeWord", saved.codeWord()).param("neverUse", saved.neverUse())
                .param("interpreter", saved.interpreterLanguage()).param("by", by).param("at", Timestamp.from(at));
    }

    private static SafeContact safeContact(ResultSet rs) throws SQLException {
        return new SafeContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getTimestamp(14).toInstant(),
                rs.getString(15), rs.getInt(16));
    }
}
