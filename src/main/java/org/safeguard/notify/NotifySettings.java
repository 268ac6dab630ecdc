package org.safeguard.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends; a bad value stops start-up with the key named.
 *
 * @param sendEvery   the pause between runs of the sender (default 30s); read by its {@code @Scheduled}
 * @param emailFrom   the From address of emails, when {@code spring.mail.host} is set
 * @param batchSize   messages the sender claims per transaction (default 50)
 * @param maxAttempts delivery attempts before a message is marked FAILED (default 5)
 */
@ConfigurationProperties("safeguard.notify")
public record NotifySettings(@DefaultValue("30s") Duration sendEvery,
                             @DefaultValue("safeguard@localhost") String emailFrom,
                             @DefaultValue("50") int batchSize,
                             @DefaultValue("5") int maxAttempts,
                             @DefaultValue("false") boolean logOnlyDelivery) {

    public NotifySettings {
        if (sendEvery.isNegative() || sendEvery.isZero()) {
            throw new IllegalStateException("safeguard.notify.send-every must be positive, not " + sendEvery);
        }
        if (emailFrom == null || !emailFrom.contains("@")) {
            throw new IllegalStateException("safeguard.notify.email-from must be an email address, not " + emailFrom);
        }
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalStateException("safeguard.notify.batch-size and safeguard.notify.max-attempts must be 1 or more");
        }
    }
}
