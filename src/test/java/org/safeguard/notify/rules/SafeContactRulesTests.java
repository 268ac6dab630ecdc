package org.safeguard.notify.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.safeguard.notify.Channel;
import org.safeguard.notify.NewSafeContact;
import org.safeguard.notify.SafeContact;
import org.safeguard.platform.InvalidRequest;

/**
 * The safe contact rules: no preferences, no message; each channel only when marked safe and only to the
 * safe address; "never use" overrides everything; what may be saved.
 */
class SafeContactRulesTests {

    private static final String MOBILE = "07700900123";

    /** Everything safe, every safe address recorded, nothing never to use. */
    private static SafeContact allSafe() {
        return new SafeContact(7, MOBILE, "nina@example.org", "c/o Refuge Office, PO Box 12, Testtown ZZ1 1ZZ",
                "weekdays 10:00-14:00", true, true, true, true, "bluebell", null, null, "officer",
                Instant.parse("2026-03-01T10:00:00Z"), "POLICE", 1);
    }

    private static SafeContact with(String neverUse, boolean textSafe, boolean emailSafe, boolean letterSafe,
                                    String phone, String email, String address) {
        SafeContact all = allSafe();
        return new SafeContact(all.personId(), phone, email, address, all.safeTimes(), all.voicemailSafe(), textSafe,
                emailSafe, letterSafe, all.codeWord(), neverUse, null, all.updatedBy(), all.updatedAt(),
                all.owningAgency(), all.version());
    }

    private static NewSafeContact typed(String phone, String email) {
        return new NewSafeContact(phone, email, null, null, false, true, true, false, null, null, null);
    }

    @Test
    void withNoPreferencesRecordedEveryChannelIsRefusedAskingForThemToBeAgreed() {
        for (Channel channel : Channel.values()) {
            SafeContactRules.Decision decision = SafeContactRules.decide(null, channel);
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.refusal()).isEqualTo(
                    "No safe contact details are recorded for this person: agree them with the victim first");
            assertThat(decision.toAddress()).isNull();
        }
    }

    @Test
    void eachChannelGoesOnlyToItsSafeAddress() {
        assertThat(SafeContactRules.decide(allSafe(), Channel.SMS).toAddress()).isEqualTo(MOBILE);
        assertThat(SafeContactRules.decide(allSafe(), Channel.EMAIL).toAddress()).isEqualTo("nina@example.org");
        assertThat(SafeContactRules.decide(allSafe(), Channel.LETTER).toAddress())
                .isEqualTo("c/o Refuge Office, PO Box 12, Testtown ZZ1 1ZZ");
    }

    @Test
    void aTextNeedsTextsMarkedSafeAndASafeMobile() {
        assertThat(SafeContactRules.decide(with(null, false, true, true, MOBILE, null, null), Channel.SMS).refusal())
                .startsWith("Texts are not safe for this person");
        assertThat(SafeContactRules.decide(with(null, true, true, true, null, null, null), Channel.SMS).refusal())
                .startsWith("No safe phone number is recorded");
        assertThat(SafeContactRules.decide(with(null, true, true, true, "01632960123", null, null), Channel.SMS).refusal())
                .as("a text to a landline is read aloud").startsWith("The safe number is not a mobile");
    }

    @Test
    void anEmailNeedsEmailMarkedSafeAndASafeEmail() {
        assertThat(SafeContactRules.decide(with(null, true, false, true, MOBILE, "nina@example.org", null), Channel.EMAIL)
                .refusal()).startsWith("Email is not safe for this person");
        assertThat(SafeContactRules.decide(with(null, true, true, true, MOBILE, null, null), Channel.EMAIL).refusal())
                .startsWith("No safe email address is recorded");
    }

    @Test
    void aLetterNeedsLettersMarkedSafeAndASafePostalAddress() {
        assertThat(SafeContactRules.decide(with(null, true, true, false, MOBILE, null, "PO Box 12"), Channel.LETTER)
                .refusal()).startsWith("Letters are not safe for this person");
        assertThat(SafeContactRules.decide(with(null, true, true, true, MOBILE, null, null), Channel.LETTER).refusal())
                .startsWith("No safe postal address is recorded");
    }

    @Test
    void neverUseOverridesAChannelMarkedSafeAndTheReasonQuotesIt() {
        SafeContactRules.Decision letter = SafeContactRules.decide(
                with("No letters - he opens the post", true, true, true, MOBILE, "nina@example.org", "PO Box 12"),
                Channel.LETTER);
        assertThat(letter.allowed()).isFalse();
        assertThat(letter.refusal()).isEqualTo(
                "The victim's safe contact details say never to use letters: \"No letters - he opens the post\"");
        assertThat(SafeContactRules.decide(with("Never TEXT: he reads her phone", true, true, true, MOBILE, null, null),
                Channel.SMS).refusal()).contains("never to use texts");
        assertThat(SafeContactRules.decide(with("no e-mails", true, true, true, MOBILE, "nina@example.org", null),
                Channel.EMAIL).refusal()).contains("never to use email");
    }

    @Test
    void neverUseNamesChannelsByWholeWordsInAnyCase() {
        assertThat(SafeContactRules.namedIn("never call the landline; never visit the home")).isEmpty();
        assertThat(SafeContactRules.namedIn(null)).isEmpty();
        assertThat(SafeContactRules.namedIn("No SMS")).containsExactly(Channel.SMS);
        assertThat(SafeContactRules.namedIn("no texts or texting")).containsExactly(Channel.SMS);
        assertThat(SafeContactRules.namedIn("Email")).containsExactly(Channel.EMAIL);
        assertThat(SafeContactRules.namedIn("nothing by post")).containsExactly(Channel.LETTER);
        assertThat(SafeContactRules.namedIn("no letters, no emails, no text"))
                .containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL, Channel.LETTER);
        assertThat(SafeContactRules.namedIn("context; postcode; lettering")).as("only whole words").isEmpty();
    }

    @Test
    void mobilesAreElevenDigitsStartingOhSevenButNotPersonalNumbersOrPagers() {
        assertThat(SafeContactRules.isMobile("07700 900123")).isTrue();
        assertThat(SafeContactRules.isMobile("+44 7700 900123")).isTrue();
        assertThat(SafeContactRules.isMobile("07624 123456")).as("Isle of Man mobile").isTrue();
        assertThat(SafeContactRules.isMobile("07010 123456")).as("personal number").isFalse();
        assertThat(SafeContactRules.isMobile("07600 123456")).as("pager").isFalse();
        assertThat(SafeContactRules.isMobile("01632 960123")).isFalse();
    }

    @Test
    void savedPreferencesAreTidiedWithThePhoneAsUkDigits() {
        NewSafeContact saved = SafeContactRules.validate(new NewSafeContact(" +44 7700 900123 ", "  nina@example.org ",
                "  ", " weekdays ", true, true, false, false, " bluebell ", "", null));

        assertThat(saved.safePhone()).isEqualTo("07700900123");
        assertThat(saved.safeEmail()).isEqualTo("nina@example.org");
        assertThat(saved.safeAddress()).isNull();
        assertThat(saved.safeTimes()).isEqualTo("weekdays");
        assertThat(saved.codeWord()).isEqualTo("bluebell");
        assertThat(saved.neverUse()).isNull();
    }

    @Test
    void aBadPhoneOrEmailIsRefusedNamingTheFields() {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
                () -> SafeContactRules.validate(typed("call me maybe", "nina-at-example")));

        assertThat(refused.byField()).containsOnlyKeys("safePhone", "safeEmail");
        assertThat(catchThrowableOfType(InvalidRequest.class, () -> SafeContactRules.validate(typed("0770090012", null)))
                .byField()).as("too short for a UK number").containsOnlyKeys("safePhone");
        assertThat(catchThrowableOfType(InvalidRequest.class, () -> SafeContactRules.validate(typed("+1 212 555 0100", null)))
                .byField()).as("not a UK number").containsOnlyKeys("safePhone");
        assertThat(catchThrowableOfType(InvalidRequest.class, () -> SafeContactRules.validate(typed(null, "nina@localhost")))
                .byField()).containsOnlyKeys("safeEmail");
    }

    @Test
    void textsAreAtMostFiveHundredCharactersAndTheCodeWordFifty() {
        String long501 = "x".repeat(501);
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, () -> SafeContactRules.validate(
                new NewSafeContact(null, null, long501, long501, false, false, false, false, "y".repeat(51), long501,
                        long501)));

        assertThat(refused.byField()).containsOnlyKeys("safeAddress", "safeTimes", "neverUse", "interpreterLanguage",
                "codeWord");
        SafeContactRules.validate(new NewSafeContact(null, null, "x".repeat(500), "x".repeat(500), false, false, false,
                false, "y".repeat(50), "x".repeat(500), "x".repeat(500)));
    }

    @Test
    void aChannelMarkedSafeThatNeverUseNamesIsAContradictionToResolve() {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, () -> SafeContactRules.validate(
                new NewSafeContact(MOBILE, null, "PO Box 12", null, false, true, false, true, null,
                        "no texts, no letters", null)));

        assertThat(refused.byField()).containsOnlyKeys("textSafe", "letterSafe");
    }
}
