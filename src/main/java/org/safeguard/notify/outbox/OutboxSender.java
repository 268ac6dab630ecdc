package org.safeguard.notify.outbox;

import java.time.Clock;
import java.util.List;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.notify.Channel;
import org.safeguard.notify.Message;
import org.safeguard.notify.NotifySettings;
import org.safeguard.notify.rules.SafeContactRules;
import org.safeguard.notify.store.MessageStore;
import org.safeguard.notify.store.SafeContactStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's sender: every {@code safeguard.notify.send-every} (default 30s, after the previous run ends)
 * it claims the queued messages ({@code FOR UPDATE SKIP LOCKED}, so several nodes may run it side by side),
 * checks each against the person's safe contact preferences as they are now — a message the victim's
 * changed preferences no longer allow, or whose safe address changed since it was queued, is refused with
 * the reason and never delivered — and delivers the rest.
 *
 * <p>Delivery: emails go through Spring's {@link JavaMailSender} when {@code spring.mail.host} is set (from
 * {@code safeguard.notify.email-from}); otherwise, and always for texts (SMS) and letters until an SMS gateway
 * and a print service are connected, a message is "delivered" to the log — one line naming the message,
 * channel and person, never the body or the address — and marked SENT. A failed attempt stays queued for
 * the next run and is marked FAILED after {@code safeguard.notify.max-attempts}. Each batch is one
 * transaction: a crash between handing an email to the mail server and the commit sends it again on the
 * next run (at least once, never lost). Sent, refused and failed messages are audited as the system.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /** However much is queued, one run stops after this many, leaving the rest to the next. */
    private static final int MAX_PER_RUN = 5_000;

    private final MessageStore messages;
    private final SafeContactStore preferences;
    private final NotifySettings settings;
    private final ObjectProvider<JavaMailSender> mail;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxSender(MessageStore messages, SafeContactStore preferences, NotifySettings settings,
                 ObjectProvider<JavaMailSender> mail, AuditTrail audit, PlatformTransactionManager transactions,
                 Clock clock) {
        this.messages = messages;
        this.preferences = preferences;
        this.settings = settings;
        this.mail = mail;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${safeguard.notify.send-every:30s}",
            initialDelayString = "${safeguard.notify.send-every:30s}")
    void onSchedule() {
        try {
            int handled = sendQueued();
            if (handled > 0) {
                log.info("Outbox: {} queued message(s) handled", handled);
            }
        } catch (RuntimeException e) {
            log.warn("Outbox run failed; the queued messages wait for the next run", e);
        }
    }

    /** Handles every message queued now, oldest first; returns how many it sent, refused or tried. */
    public int sendQueued() {
        long after = 0;
        int handled = 0;
        while (handled < MAX_PER_RUN) {
            long from = after;
            List<Message> batch = transactions.execute(status -> {
                List<Message> claimed = messages.claimQueued(from, settings.batchSize());
                claimed.forEach(this::handle);
                return claimed;
            });
            if (batch == null || batch.isEmpty()) {
                break;
            }
            handled += batch.size();
            after = batch.get(batch.size() - 1).id();
        }
        return handled;
    }

    private void handle(Message message) {
        SafeContactRules.Decision now = SafeContactRules.decide(
                preferences.find(message.personId()).orElse(null), message.channel());
        String refusal = !now.allowed() ? "Not sent: the safe contact details changed after it was queued. " + now.refusal()
                : !now.toAddress().equals(message.toAddress())
                ? "Not sent: the safe " + (message.channel() == Channel.SMS ? "number" : "address")
                + " changed after it was queued; send it again if it is still safe"
                : null;
        if (refusal != null) {
            messages.refuseQueued(message.id(), refusal);
            audit.record(AuditEvent.of("MESSAGE_REFUSED", "message", message.id()).because(refusal));
            return;
        }
        try {
            deliver(message);
        } catch (RuntimeException e) {
            boolean giveUp = message.attempts() + 1 >= settings.maxAttempts();
            messages.markAttemptFailed(message.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), giveUp);
            // The exception's text may name the address: it is kept on the message, not written to the log.
            log.warn("Message {} ({}) could not be delivered (attempt {}{}): {}", message.id(), message.channel(),
                    message.attempts() + 1, giveUp ? ", giving up" : "", e.getClass().getName());
            if (giveUp) {
                audit.record(AuditEvent.of("MESSAGE_FAILED", "message", message.id()));
            }
            return;
        }
        messages.markSent(message.id(), clock.instant());
        audit.record(AuditEvent.of("MESSAGE_SENT", "message", message.id()));
    }

    private void deliver(Message message) {
        JavaMailSender mailer = message.channel() == Channel.EMAIL ? mail.getIfAvailable() : null;
        if (mailer != null) {
            SimpleMailMessage email = new SimpleMailMessage();
            email.setFrom(settings.emailFrom());
            email.setTo(message.toAddress());
            email.setSubject(message.subject());
            email.setText(message.body());
            mailer.send(email);
            log.info("Message {} (EMAIL) for person {} handed to the mail server", message.id(), message.personId());
            return;
        }
        if (!settings.logOnlyDelivery()) {
            // Without a transport nothing reaches the victim: say so (FAILED after the attempts), never "sent".
            throw new IllegalStateException("No " + switch (message.channel()) {
                case SMS -> "SMS gateway";
                case EMAIL -> "mail server (spring.mail.host)";
                case LETTER -> "print and post service";
            } + " is connected: not delivered");
        }
        // Demo only (safeguard.notify.log-only-delivery): never the body or the address, the log is read widely.
        log.info("Message {} ({}) for person {} delivered to the log: no {} is connected", message.id(),
                message.channel(), message.personId(), switch (message.channel()) {
                    case SMS -> "SMS gateway";
                    case EMAIL -> "mail server (spring.mail.host)";
                    case LETTER -> "print and post service";
                });
    }
}
