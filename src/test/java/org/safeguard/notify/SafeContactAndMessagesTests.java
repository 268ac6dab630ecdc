package org.safeguard.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.NewParty;
import org.safeguard.intake.PartyRole;
import org.safeguard.notify.outbox.OutboxSender;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Safe contact preferences and outbound messages against the real database: a message the victim's
 * preferences forbid is refused and kept with the reason, never delivered; an allowed one goes only to the
 * safe address; the sender delivers what is queued and re-checks the preferences when it does; preferences
 * are saved on a version and bad input is refused with nothing changed.
 */
@SafeguardTest
class SafeContactAndMessagesTests {

    /** An Ofcom drama mobile: never a real person's number. */
    private static final String SAFE_MOBILE = "07700 900461";

    @Autowired
    SafeContacts safeContacts;
    @Autowired
    Messages messages;
    @Autowired
    OutboxSender sender;
    @Autowired
    Calls calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.safeguard.support.Grants grants;

    /**
     * The victim of a new DA incident, recorded with their own (unsafe: he knows it) home number. Received
     * days ago, so these incidents never crowd the first page of another test's list of today's incidents.
     */
    private long victim(String homePhone) {
        String family = Calls.unusedFamilyName();
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofDays(3)),
                homePhone, "12 Orchard Close", Calls.unusedPostcode(),
                new NewParty("VICTIM", "Nina", family, LocalDate.of(1990, 4, 2), "FEMALE", homePhone),
                Calls.suspect("Carl", family, LocalDate.of(1988, 7, 9)), "PRIORITY"));
        long victim = file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        grants.grant("idva", victim); // the IDVA working with her reads and keeps her safe contact details too
        return victim;
    }

    private long victim() {
        return victim(null);
    }

    private static NewSafeContact preferences(boolean textSafe, boolean emailSafe, boolean letterSafe, String email,
                                              String neverUse) {
        return new NewSafeContact(SAFE_MOBILE, email, "c/o Testtown Refuge, PO Box 12, Testtown ZZ1 1ZZ",
                "weekdays 10:00-14:00 while he is at work", false, textSafe, emailSafe, letterSafe, "bluebell", neverUse,
                null);
    }

    private SafeContact save(long personId, NewSafeContact typed, int version) {
        return calls.as("officer", () -> safeContacts.save(personId, typed, version));
    }

    private MessageOutcome send(long personId, Channel channel) {
        return calls.as("officer", () -> messages.send(new OutboundMessage(personId, channel,
                channel == Channel.SMS ? null : "Your appointment", "Please call us when it is safe to talk.",
                "Follow-up after the incident")));
    }

    private Map<String, Object> row(long messageId) {
        return jdbc.sql("SELECT status, to_address, refusal_reason, sent_at, attempts FROM notify.message WHERE id = :id")
                .param("id", messageId).query().singleRow();
    }

    private long audited(String action, long subjectId, String reasonContaining) {
        return jdbc.sql("SELECT count(*) FROM audit.event WHERE action = :action AND subject_id = :id "
                        + "AND coalesce(reason, '') LIKE :reason")
                .param("action", action).param("id", Long.toString(subjectId)).param("reason", "%" + reasonContaining + "%")
                .query(Long.class).single();
    }

    @Test
    void notifyRefusesAnSmsToAVictimWhosePreferencesForbidTexts() {
        long nina = victim();
        save(nina, preferences(false, false, false, null, null), 0);

        MessageOutcome outcome = send(nina, Channel.SMS);

        assertThat(outcome.status()).isEqualTo(MessageStatus.REFUSED);
        assertThat(outcome.refusalReason()).isEqualTo(
                "Texts are not safe for this person: their safe contact details do not allow texts");
        assertThat(row(outcome.messageId())).containsEntry("status", "REFUSED").containsEntry("to_address", null)
                .containsEntry("refusal_reason", outcome.refusalReason());
        assertThat(audited("MESSAGE_REFUSED", outcome.messageId(), "Texts are not safe")).isEqualTo(1);

        sender.sendQueued();

        assertThat(row(outcome.messageId())).as("a refused message is never delivered")
                .containsEntry("status", "REFUSED").containsEntry("sent_at", null).containsEntry("attempts", 0);
        assertThat(calls.as("idva", () -> messages.sentTo(nina))).singleElement().satisfies(kept -> {
            assertThat(kept.status()).isEqualTo(MessageStatus.REFUSED);
            assertThat(kept.refusalReason()).isEqualTo(outcome.refusalReason());
            assertThat(kept.body()).isEqualTo("Please call us when it is safe to talk.");
        });
        assertThat(audited("MESSAGES_VIEWED", nina, "")).isEqualTo(1);
    }

    @Test
    void anSmsIsQueuedToTheSafeMobileNeverTheNumberOnTheIncident() {
        String home = calls.unusedPhone();
        long nina = victim(home);
        save(nina, preferences(true, false, false, null, "never call the landline; never visit the home"), 0);

        MessageOutcome outcome = send(nina, Channel.SMS);

        assertThat(outcome.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(outcome.refusalReason()).isNull();
        assertThat(row(outcome.messageId())).containsEntry("status", "QUEUED").containsEntry("to_address", "07700900461")
                .containsEntry("refusal_reason", null);
        assertThat(audited("MESSAGE_QUEUED", outcome.messageId(), "SMS for person " + nina)).isEqualTo(1);
    }

    @Test
    void anEmailIsRefusedWhenNoSafeEmailIsRecorded() {
        long nina = victim();
        save(nina, preferences(true, true, false, null, null), 0);

        MessageOutcome outcome = send(nina, Channel.EMAIL);

        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.refusalReason()).startsWith("No safe email address is recorded");
        assertThat(row(outcome.messageId())).containsEntry("status", "REFUSED");
    }

    @Test
    void withNoPreferencesRecordedAMessageIsRefusedAskingForThemToBeAgreed() {
        long nina = victim();

        MessageOutcome outcome = send(nina, Channel.LETTER);

        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.refusalReason()).isEqualTo(
                "No safe contact details are recorded for this person: agree them with the victim first");
        assertThat(calls.as("officer", () -> safeContacts.of(nina))).isEmpty();
        assertThat(audited("SAFE_CONTACT_VIEWED", nina, "")).isEqualTo(1);
    }

    @Test
    void neverUseNoLettersRefusesALetterQuotingTheVictimsWords() {
        long nina = victim();
        save(nina, preferences(true, false, false, null, "No letters: he opens the post"), 0);

        MessageOutcome outcome = send(nina, Channel.LETTER);

        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.refusalReason()).isEqualTo(
                "The victim's safe contact details say never to use letters: \"No letters: he opens the post\"");
        assertThatThrownBy(() -> save(nina, preferences(true, false, true, null, "No letters: he opens the post"), 1))
                .as("letters marked safe while never-use names them is a contradiction to resolve")
                .isInstanceOfSatisfying(InvalidRequest.class, refused ->
                        assertThat(refused.byField()).containsOnlyKeys("letterSafe"));
    }

    @Test
    void preferencesAreSavedOnAVersionAndAStaleOneIsAConcurrentEditThatChangesNothing() {
        long nina = victim();
        SafeContact first = save(nina, preferences(false, false, false, null, null), -1);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.safePhone()).isEqualTo("07700900461");
        assertThat(first.updatedBy()).isEqualTo("officer");
        assertThat(first.owningAgency()).isNotBlank();

        SafeContact second = calls.as("idva", () -> safeContacts.save(nina,
                preferences(true, true, false, "nina.safe@example.org", null), first.version()));
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.textSafe()).isTrue();
        assertThat(second.updatedBy()).isEqualTo("idva");

        assertThatThrownBy(() -> save(nina, preferences(false, false, false, null, "no texts"), first.version()))
                .isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> save(nina, preferences(false, false, false, null, "no texts"), 0))
                .as("a first save when someone saved already").isInstanceOf(ConcurrentEdit.class);

        SafeContact now = calls.as("call.handler", () -> safeContacts.of(nina)).orElseThrow();
        assertThat(now).isEqualTo(second);
        assertThat(audited("SAFE_CONTACT_SAVED", nina, "")).isEqualTo(2);
    }

    @Test
    void aBadPhoneOrEmailIsRefusedNamingTheFieldsAndNothingIsSaved() {
        long nina = victim();

        assertThatThrownBy(() -> save(nina, new NewSafeContact("ring her mum", "nina-at-example", null, null, false, true,
                true, false, null, null, null), 0))
                .isInstanceOfSatisfying(InvalidRequest.class, refused ->
                        assertThat(refused.byField()).containsOnlyKeys("safePhone", "safeEmail"));
        assertThatThrownBy(() -> save(nina, new NewSafeContact(SAFE_MOBILE, null, null, null, false, true, false, false,
                "a code word far too long to be one: it runs on past fifty characters", null, null), 0))
                .isInstanceOfSatisfying(InvalidRequest.class, refused ->
                        assertThat(refused.byField()).containsOnlyKeys("codeWord"));

        assertThat(calls.as("officer", () -> safeContacts.of(nina))).isEmpty();
    }

    @Test
    void theSenderDeliversQueuedMessagesAndMarksThemSent() {
        long nina = victim();
        save(nina, preferences(true, true, true, "nina.safe@example.org", null), 0);
        MessageOutcome text = send(nina, Channel.SMS);
        MessageOutcome email = send(nina, Channel.EMAIL);
        MessageOutcome letter = send(nina, Channel.LETTER);
        assertThat(text.queued() && email.queued() && letter.queued()).isTrue();

        assertThat(sender.sendQueued()).isGreaterThanOrEqualTo(3);

        for (MessageOutcome outcome : new MessageOutcome[] {text, email, letter}) {
            assertThat(row(outcome.messageId())).containsEntry("status", "SENT").containsEntry("attempts", 1)
                    .extractingByKey("sent_at").isNotNull();
            assertThat(audited("MESSAGE_SENT", outcome.messageId(), "")).isEqualTo(1);
        }
        assertThat(row(email.messageId())).containsEntry("to_address", "nina.safe@example.org");
        assertThat(sender.sendQueued()).as("nothing left to send").isZero();
    }

    @Test
    void aQueuedTextIsNotSentOnceTheVictimSaysTextsAreNoLongerSafe() {
        long nina = victim();
        SafeContact agreed = save(nina, preferences(true, false, false, null, null), 0);
        MessageOutcome queued = send(nina, Channel.SMS);
        assertThat(queued.queued()).isTrue();

        save(nina, preferences(false, false, false, null, "no texts: he found the phone"), agreed.version());
        sender.sendQueued();

        assertThat(row(queued.messageId())).containsEntry("status", "REFUSED").containsEntry("sent_at", null);
        assertThat((String) row(queued.messageId()).get("refusal_reason"))
                .startsWith("Not sent: the safe contact details changed after it was queued")
                .contains("never to use texts");
        assertThat(audited("MESSAGE_REFUSED", queued.messageId(), "Not sent")).isEqualTo(1);
    }

    @Test
    void aMalformedMessageIsRefusedAsInvalidAndNothingIsRecorded() {
        long nina = victim();
        save(nina, preferences(true, true, false, "nina.safe@example.org", null), 0);

        assertThatThrownBy(() -> calls.as("officer", () -> messages.send(
                new OutboundMessage(nina, Channel.EMAIL, " ", " ", null))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused ->
                        assertThat(refused.byField()).containsOnlyKeys("subject", "body", "purpose"));
        assertThat(calls.as("officer", () -> messages.sentTo(nina))).isEmpty();
    }

    @Test
    void onlyCaseworkingRolesReachThePreferencesAndCallHandlersOnlyReadThem() {
        long nina = victim();

        assertThatThrownBy(() -> calls.as("analyst", () -> safeContacts.of(nina))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.as("call.handler", () -> safeContacts.save(nina,
                preferences(true, false, false, null, null), 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.as("call.handler", () -> messages.send(new OutboundMessage(nina, Channel.SMS,
                null, "Please call us.", "Follow-up")))).isInstanceOf(AccessDeniedException.class);
        assertThat(calls.as("call.handler", () -> safeContacts.of(nina))).isEmpty();
        assertThat(calls.as("marac.coordinator", () -> messages.sentTo(nina))).isEmpty();
    }
}
