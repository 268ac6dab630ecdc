package org.safeguard.support;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safeguard.access.rules.Base32;
import org.safeguard.access.rules.OneTimePasswords;
import org.safeguard.access.security.SecretSealing;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The authenticator app of every account tests sign in as, for the whole JVM: the secret read from the set-up
 * page (or put in the test database directly with the tests' fixed key), and codes from it. A sign-in never
 * waits: when both the current and the next 30-second step were already used for that account, it forgets the
 * account's last step in the test database.
 */
public final class SecondFactor {

    /** The key in {@code src/test/resources/config/application.properties}. */
    private static final String TEST_KEY = "c2FmZWd1YXJkLXRlc3Qtb25seS1zZWNvbmQtZmFjdCE=";
    private static final Pattern SECRET_ON_PAGE = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Map<String, byte[]> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static final OneTimePasswords CODES = OneTimePasswords.sixDigits();

    private SecondFactor() {
    }

    /** Reads the secret from the set-up page and remembers it as the account's app would. */
    public static void rememberFromSetUpPage(String username, String page) {
        Matcher secret = SECRET_ON_PAGE.matcher(page);
        if (!secret.find()) {
            throw new IllegalStateException("the set-up page shows no secret");
        }
        remember(username, secret.group(1));
    }

    public static void remember(String username, String base32Secret) {
        SECRETS.put(key(username), Base32.decode(base32Secret));
        LAST_STEP.remove(key(username));
    }

    public static boolean knows(String username) {
        return SECRETS.containsKey(key(username));
    }

    /** A code for a step not yet used by this account, as a person types it on the sign-in page. */
    public static synchronized String freshCode(String username) {
        long step = OneTimePasswords.stepAt(Instant.now());
        long last = LAST_STEP.getOrDefault(key(username), Long.MIN_VALUE);
        long use;
        if (last >= step + 1) {
            // A third sign-in within one 30-second step: rather than wait for the clock, forget the step the account
            // last used, as if the time had passed (the replay rule itself is tested in SecondFactorTests).
            forgetLastStep(username);
            use = step;
        } else {
            use = last < step ? step : step + 1;
        }
        LAST_STEP.put(key(username), use);
        return CODES.codeFor(secretOf(username), use);
    }

    /** The code of now for the API (which accepts it again within its step). */
    public static synchronized String currentCode(String username) {
        long step = Math.max(OneTimePasswords.stepAt(Instant.now()), LAST_STEP.getOrDefault(key(username), Long.MIN_VALUE));
        LAST_STEP.put(key(username), step);
        return CODES.codeFor(secretOf(username), step);
    }

    /** The code for a given step (for tests of expiry and drift). */
    public static String codeAt(String username, long step) {
        return CODES.codeFor(secretOf(username), step);
    }

    /** Adds the account's current code as the API asks for it, enrolling the account first when needed. */
    public static RequestPostProcessor apiCode(String username) {
        String code = apiCodeFor(username);
        return request -> {
            request.addHeader("X-One-Time-Password", code);
            return request;
        };
    }

    /** The value of the API's {@code X-One-Time-Password} header for the account, enrolling it first when needed. */
    public static String apiCodeFor(String username) {
        if (!knows(username)) {
            enrolDirectly(username);
        }
        return currentCode(username);
    }

    /**
     * Gives an account an app without the set-up page (its own secret was made by a path the tests do not know):
     * writes a new secret, sealed with the tests' key, into the test database, and forgets its recovery codes.
     */
    public static void enrolDirectly(String username) {
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "")) {
            long accountId = accountId(db, username);
            byte[] sealed = new SecretSealing(Base64.getDecoder().decode(TEST_KEY)).seal(secret, accountId);
            try (PreparedStatement forget = db.prepareStatement("DELETE FROM access.recovery_code WHERE account_id = ?");
                 PreparedStatement enrol = db.prepareStatement("INSERT INTO access.second_factor (account_id, "
                         + "secret_encrypted, enrolled_at) VALUES (?, ?, now()) ON CONFLICT (account_id) DO UPDATE "
                         + "SET secret_encrypted = excluded.secret_encrypted, enrolled_at = now(), last_step = NULL")) {
                forget.setLong(1, accountId);
                forget.executeUpdate();
                enrol.setLong(1, accountId);
                enrol.setBytes(2, sealed);
                enrol.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not enrol " + username + " in the test database", e);
        }
        remember(username, Base32.encode(secret));
    }

    private static long accountId(Connection db, String username) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM access.staff_account WHERE lower(username) = lower(?)")) {
            find.setString(1, username);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no account " + username);
                }
                return row.getLong(1);
            }
        }
    }

    private static byte[] secretOf(String username) {
        byte[] secret = SECRETS.get(key(username));
        if (secret == null) {
            throw new IllegalStateException("no authenticator app known for " + username);
        }
        return secret;
    }

    private static void forgetLastStep(String username) {
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "");
             PreparedStatement forget = db.prepareStatement("UPDATE access.second_factor SET last_step = NULL "
                     + "WHERE account_id = ?")) {
            forget.setLong(1, accountId(db, username));
            forget.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not forget the last step of " + username, e);
        }
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
