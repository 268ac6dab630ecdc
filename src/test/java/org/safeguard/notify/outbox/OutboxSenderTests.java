package org.safeguard.notify.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.safeguard.audit.AuditTrail;
import org.safeguard.notify.Channel;
import org.safeguard.notify.Message;
import org.safeguard.notify.MessageStatus;
import org.safeguard.notify.NotifySettings;
import org.safeguard.notify.SafeContact;
import org.safeguard.notify.store.MessageStore;
import org.safeguard.notify.store.SafeContactStore;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;

/**
 * The sender's delivery without a database: email through {@link JavaMailSender} when one is configured
 * (spring.mail.host), texts always to the log, a failing mail server retried and then given up on.
 */
class OutboxSenderTests {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final SafeContact SAFE = new SafeContact(7, "07700900123", "nina@example.org", "PO Box 12", null,
            false, true, true, true, null, null, null, "officer", NOW, "POLICE", 1);

    private final MessageStore messages = mock(MessageStore.class);
    private final SafeContactStore preferences = mock(SafeContactStore.class);
    private final JavaMailSender mailer = mock(JavaMailSender.class);
    private final AuditTrail audit = mock(AuditTrail.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);

    private OutboxSender sender(boolean mailConfigured, int maxAttempts) {
        return sender(mailConfigured, maxAttempts, true);
    }

    private OutboxSender sender(boolean mailConfigured, int maxAttempts, boolean logOnlyDelivery) {
        when(transactions.getTransaction(any())).thenReturn(mock(TransactionStatus.class));
        when(preferences.find(7)).thenReturn(Optional.of(SAFE));
        StaticListableBeanFactory beans = new StaticListableBeanFactory(
                mailConfigured ? Map.of("mailSender", mailer) : Map.of());
        return new OutboxSender(messages, preferences, new NotifySettings(Duration.ofSeconds(30), "safeguard@force.example",
                50, maxAttempts, logOnlyDelivery), beans.getBeanProvider(JavaMailSender.class), audit, transactions,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Message queued(long id, Channel channel, String to, int attempts) {
        return new Message(id, 7, channel, to, channel == Channel.EMAIL ? "Your appointment" : null,
                "Please call us when it is safe.", "Follow-up", MessageStatus.QUEUED, null, null, "officer", NOW, null,
                attempts, "POLICE");
    }

    private void queue(Message... batch) {
        when(messages.claimQueued(anyLong(), anyInt())).thenReturn(List.of(batch)).thenReturn(List.of());
    }

    @Test
    void withAMailServerAnEmailGoesThroughJavaMailSenderToTheSafeAddressAndATextToTheLog() {
        OutboxSender sender = sender(true, 5);
        queue(queued(1, Channel.EMAIL, "nina@example.org", 0), queued(2, Channel.SMS, "07700900123", 0));

        assertThat(sender.sendQueued()).isEqualTo(2);

        ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(mailer).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly("nina@example.org");
        assertThat(sent.getValue().getFrom()).isEqualTo("safeguard@force.example");
        assertThat(sent.getValue().getSubject()).isEqualTo("Your appointment");
        assertThat(sent.getValue().getText()).isEqualTo("Please call us when it is safe.");
        verify(messages).markSent(1, NOW);
        verify(messages).markSent(2, NOW);
    }

    @Test
    void outsideTheDemoATextWithNoGatewayConnectedIsNeverCalledSentButFailsAsNotDelivered() {
        OutboxSender sender = sender(false, 1, false);
        queue(queued(1, Channel.SMS, "07700900123", 0));

        sender.sendQueued();

        verify(messages, never()).markSent(eq(1L), any());
        verify(messages).markAttemptFailed(eq(1L), org.mockito.ArgumentMatchers.contains("not delivered"), eq(true));
    }

    @Test
    void inTheDemoWithoutAMailServerAnEmailIsDeliveredToTheLog() {
        OutboxSender sender = sender(false, 5);
        queue(queued(1, Channel.EMAIL, "nina@example.org", 0));

        sender.sendQueued();

        verify(mailer, never()).send(any(SimpleMailMessage.class));
        verify(messages).markSent(1, NOW);
    }

    @Test
    void aFailingMailServerLeavesTheMessageQueuedThenGivesUpAfterTheLastAttempt() {
        OutboxSender sender = sender(true, 3);
        doThrow(new MailSendException("connection refused")).when(mailer).send(any(SimpleMailMessage.class));
        queue(queued(1, Channel.EMAIL, "nina@example.org", 0), queued(2, Channel.EMAIL, "nina@example.org", 2));

        sender.sendQueued();

        verify(messages).markAttemptFailed(eq(1L), anyString(), eq(false));
        verify(messages).markAttemptFailed(eq(2L), anyString(), eq(true));
        verify(messages, never()).markSent(anyLong(), any());
    }

    @Test
    void aMessageWhoseSafeAddressChangedSinceItWasQueuedIsRefusedNotSentToEitherAddress() {
        OutboxSender sender = sender(true, 5);
        queue(queued(1, Channel.EMAIL, "old.address@example.org", 0));

        sender.sendQueued();

        verify(mailer, never()).send(any(SimpleMailMessage.class));
        verify(messages).refuseQueued(eq(1L), eq("Not sent: the safe address changed after it was queued; "
                + "send it again if it is still safe"));
    }
}
