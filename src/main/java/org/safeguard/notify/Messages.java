package org.safeguard.notify;

import java.time.Clock;
import java.util.List;
import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.PersonRecords;
import org.safeguard.notify.rules.SafeContactRules;
import org.safeguard.notify.store.MessageStore;
import org.safeguard.notify.store.SafeContactStore;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way the service sends anything to a victim. Each message is checked against the person's safe
 * contact preferences ({@link SafeContactRules}) and recorded: queued for the outbox sender, addressed to
 * the safe number, email or postal address only; or refused with the reason, kept and never delivered.
 * The sender checks again when it delivers, so preferences changed in between still hold. Audited.
 */
@Service
public class Messages {

    private static final int MAX_SUBJECT = 200;
    private static final int MAX_PURPOSE = 200;
    private static final int MAX_BODY = 4000;
    /** Four SMS segments: longer texts arrive split or not at all. */
    private static final int MAX_TEXT_MESSAGE = 612;
    private static final int HISTORY = 200;

    private final MessageStore store;
    private final SafeContactStore preferences;
    private final PersonRecords people;
    private final AuditTrail audit;
    private final Clock clock;
    private final SafeContactAccess access;

    Messages(MessageStore store, SafeContactStore preferences, PersonRecords people, AuditTrail audit, Clock clock,
             SafeContactAccess access) {
        this.access = access;
        this.store = store;
        this.preferences = preferences;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Queues the message to the person's safe address, or refuses it with the reason when their safe contact
     * preferences do not allow it; either way it is recorded. A malformed message (no body, an email without a
     * subject) is an {@link InvalidRequest} and nothing is recorded.
     */
    @PreAuthorize(SafeContacts.WRITES)
    @Transactional
    public MessageOutcome send(OutboundMessage message) {
        SignedInStaff staff = SignedInStaff.current();
        OutboundMessage checked = checked(message);
        if (people.people(List.of(checked.personId())).isEmpty()) {
            throw new RecordNotFound("person", checked.personId());
        }
        access.requireSeen(checked.personId());
        MessageStore.NewMessage row = new MessageStore.NewMessage(checked.personId(), checked.channel(),
                checked.subject(), checked.body(), checked.purpose(), staff.username(), clock.instant(),
                staff.agencyCode());
        SafeContactRules.Decision decision = SafeContactRules.decide(
                preferences.find(checked.personId()).orElse(null), checked.channel());
        String what = checked.channel().name() + " for person " + checked.personId();
        if (!decision.allowed()) {
            long id = store.insertRefused(row, decision.refusal());
            audit.record(AuditEvent.of("MESSAGE_REFUSED", "message", id).because(what + ": " + decision.refusal()));
            return new MessageOutcome(id, MessageStatus.REFUSED, decision.refusal());
        }
        long id = store.insertQueued(row, decision.toAddress());
        audit.record(AuditEvent.of("MESSAGE_QUEUED", "message", id).because(what));
        return new MessageOutcome(id, MessageStatus.QUEUED, null);
    }

    /** Every message asked for the person (at most the newest 200), newest first, for their page. */
    @PreAuthorize(SafeContacts.READS)
    @Transactional
    public List<Message> sentTo(long personId) {
        access.requireSeen(personId);
        List<Message> messages = store.forPerson(personId, HISTORY);
        audit.record(AuditEvent.of("MESSAGES_VIEWED", "person", personId));
        return messages;
    }

    private static OutboundMessage checked(OutboundMessage message) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        check.require(message != null, "body", "Write the message");
        check.throwIfAny();
        Channel channel = message.channel();
        String subject = clean(message.subject());
        String body = clean(message.body());
        String purpose = clean(message.purpose());
        check.require(channel != null, "channel", "Choose text, email or letter");
        check.require(body != null, "body", "Write the message");
        check.require(body == null || body.length() <= (channel == Channel.SMS ? MAX_TEXT_MESSAGE : MAX_BODY), "body",
                channel == Channel.SMS ? "A text must be " + MAX_TEXT_MESSAGE + " characters or fewer"
                        : "The message must be " + MAX_BODY + " characters or fewer");
        check.require(channel != Channel.EMAIL || subject != null, "subject", "Give the email a subject");
        check.require(subject == null || subject.length() <= MAX_SUBJECT, "subject",
                "The subject must be " + MAX_SUBJECT + " characters or fewer");
        check.require(purpose != null, "purpose", "Say why the message is sent");
        check.require(purpose == null || purpose.length() <= MAX_PURPOSE, "purpose",
                "The purpose must be " + MAX_PURPOSE + " characters or fewer");
        check.throwIfAny();
        return new OutboundMessage(message.personId(), channel, channel == Channel.SMS ? null : subject, body, purpose);
    }

    private static String clean(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
