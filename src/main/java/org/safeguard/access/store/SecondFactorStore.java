package org.safeguard.access.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each account's sealed TOTP secret, the last step it used, and its recovery codes (hashes only). */
@Repository
public class SecondFactorStore {

    private final JdbcClient jdbc;

    public SecondFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account's second factor: enrolled once a first code proved the app holds the secret. */
    public record Stored(long accountId, byte[] sealedSecret, Instant enrolledAt, OptionalLong lastStep) {
        public boolean enrolled() {
            return enrolledAt != null;
        }
    }

    public record RecoveryCode(long id, String hash) {
    }

    public Optional<Stored> find(long accountId) {
        return jdbc.sql("SELECT account_id, secret_encrypted, enrolled_at, last_step FROM access.second_factor "
                        + "WHERE account_id = :account")
                .param("account", accountId)
                .query((rs, n) -> new Stored(rs.getLong("account_id"), rs.getBytes("secret_encrypted"),
                        rs.getObject("enrolled_at", java.time.OffsetDateTime.class) == null ? null
                                : rs.getObject("enrolled_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject("last_step") == null ? OptionalLong.empty() : OptionalLong.of(rs.getLong("last_step"))))
                .optional();
    }

    /** Keeps a new secret for an account setting up its app; an enrolled account's secret is never replaced here. */
    public void propose(long accountId, byte[] sealedSecret) {
        jdbc.sql("INSERT INTO access.second_factor (account_id, secret_encrypted) VALUES (:account, :secret) "
                        + "ON CONFLICT (account_id) DO UPDATE SET secret_encrypted = excluded.secret_encrypted, "
                        + "last_step = NULL, created_at = now() WHERE access.second_factor.enrolled_at IS NULL")
                .param("account", accountId).param("secret", sealedSecret).update();
    }

    /** Puts the secret in force with the step of the code that proved it; false when it already was. */
    public boolean enrol(long accountId, long step) {
        return jdbc.sql("UPDATE access.second_factor SET enrolled_at = now(), last_step = :step "
                        + "WHERE account_id = :account AND enrolled_at IS NULL")
                .param("account", accountId).param("step", step).update() == 1;
    }

    /**
     * Spends a step: false when that step (or a later one) was already used, so two requests racing with the
     * same code cannot both pass. With {@code reuse} the step last used may be used again (the API).
     */
    public boolean spend(long accountId, long step, boolean reuse) {
        return jdbc.sql("UPDATE access.second_factor SET last_step = :step WHERE account_id = :account "
                        + "AND enrolled_at IS NOT NULL AND (last_step IS NULL OR last_step < :step "
                        + (reuse ? "OR last_step = :step" : "") + ")")
                .param("account", accountId).param("step", step).update() == 1;
    }

    public void replaceRecoveryCodes(long accountId, List<String> hashes) {
        jdbc.sql("DELETE FROM access.recovery_code WHERE account_id = :account").param("account", accountId).update();
        for (String hash : hashes) {
            jdbc.sql("INSERT INTO access.recovery_code (account_id, code_hash) VALUES (:account, :hash)")
                    .param("account", accountId).param("hash", hash).update();
        }
    }

    public List<RecoveryCode> unusedRecoveryCodes(long accountId) {
        return jdbc.sql("SELECT id, code_hash FROM access.recovery_code WHERE account_id = :account AND used_at IS NULL "
                        + "ORDER BY id")
                .param("account", accountId)
                .query((rs, n) -> new RecoveryCode(rs.getLong("id"), rs.getString("code_hash"))).list();
    }

    /** Spends a recovery code; false when it was spent meanwhile. */
    public boolean spendRecoveryCode(long codeId) {
        return jdbc.sql("UPDATE access.recovery_code SET used_at = now() WHERE id = :id AND used_at IS NULL")
                .param("id", codeId).update() == 1;
    }

    /** Forgets the account's secret and recovery codes: its next sign-in sets up an app again. */
    public void forget(long accountId) {
        jdbc.sql("DELETE FROM access.recovery_code WHERE account_id = :account").param("account", accountId).update();
        jdbc.sql("DELETE FROM access.second_factor WHERE account_id = :account").param("account", accountId).update();
    }
}
