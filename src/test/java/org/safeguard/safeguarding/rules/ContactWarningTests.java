package org.safeguard.safeguarding.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.safeguarding.rules.ContactWarning.Contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HMIC: victims contacted "by too many people, too frequently". More than 2 people in 7 days: agree one point of contact. */
class ContactWarningTests {

    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    private static final ContactWarning WARNING = new ContactWarning(2, Duration.ofDays(7));

    private static Contact contact(String person, Duration ago) {
        return new Contact(person, NOW.minus(ago));
    }

    @Test
    void noContactsNoWarning() {
        assertThat(WARNING.check(List.of(), NOW)).isEmpty();
    }

    @Test
    void twoPeopleInTheWeekIsNoWarning() {
        assertThat(WARNING.check(List.of(
                contact("officer.a", Duration.ofDays(1)),
                contact("idva.b", Duration.ofDays(3))), NOW)).isEmpty();
    }

    @Test
    void threePeopleInTheWeekIsAWarning() {
        assertThat(WARNING.check(List.of(
                contact("officer.a", Duration.ofDays(1)),
                contact("idva.b", Duration.ofDays(3)),
                contact("specialist.c", Duration.ofHours(2))), NOW))
                .contains("3 different people have contacted the victim in the last 7 days: agree one point of contact");
    }

    @Test
    void theMessageCountsEveryDifferentPerson() {
        assertThat(WARNING.check(List.of(
                contact("officer.a", Duration.ofDays(1)),
                contact("idva.b", Duration.ofDays(3)),
                contact("specialist.c", Duration.ofHours(2)),
                contact("partner.d", Duration.ofDays(6))), NOW))
                .contains("4 different people have contacted the victim in the last 7 days: agree one point of contact");
    }

    @Test
    void theSamePersonManyTimesCountsOnce() {
        assertThat(WARNING.check(List.of(
                contact("officer.a", Duration.ofDays(1)),
                contact("officer.a", Duration.ofDays(2)),
                contact("officer.a", Duration.ofDays(3)),
                contact("officer.a", Duration.ofDays(4)),
                contact("officer.a", Duration.ofHours(1))), NOW)).isEmpty();
    }

    @Test
    void usernamesAreComparedIgnoringCase() {
        assertThat(WARNING.check(List.of(
                contact("Officer.A", Duration.ofDays(1)),
                contact("officer.a", Duration.ofDays(2)),
                contact("OFFICER.A ", Duration.ofDays(2)),
                contact("idva.b", Duration.ofDays(3))), NOW)).isEmpty();
    }

    @Test
    void contactsOlderThanSevenDaysAreIgnored() {
        assertThat(WARNING.check(List.of(
                contact("officer.a", Duration.ofDays(1)),
                contact("idva.b", Duration.ofDays(3)),
                contact("specialist.c", Duration.ofDays(7).plusSeconds(1)),
                contact("partner.d", Duration.ofDays(30))), NOW)).isEmpty();
    }

    @Test
    void aContactExactlySevenDaysAgoStillCounts() {
        assertThat(WARNING.check(List.of(
                contact("officer.a", Duration.ofDays(1)),
                contact("idva.b", Duration.ofDays(3)),
                contact("specialist.c", Duration.ofDays(7))), NOW)).isPresent();
    }

    @Test
    void aContactRecordedAfterNowDoesNotCount() {
        assertThat(WARNING.check(List.of(
                contact("officer.a", Duration.ofDays(1)),
                contact("idva.b", Duration.ofDays(3)),
                new Contact("specialist.c", NOW.plusSeconds(60))), NOW)).isEmpty();
    }

    @Test
    void theNumberOfPeopleAndTheWindowAreConfigurable() {
        ContactWarning stricter = new ContactWarning(1, Duration.ofDays(3));
        List<Contact> contacts = List.of(
                contact("officer.a", Duration.ofDays(1)),
                contact("idva.b", Duration.ofDays(2)),
                contact("specialist.c", Duration.ofDays(5)));

        assertThat(stricter.check(contacts, NOW))
                .contains("2 different people have contacted the victim in the last 3 days: agree one point of contact");
        assertThat(new ContactWarning(3, Duration.ofDays(7)).check(contacts, NOW)).isEmpty();
        assertThat(new ContactWarning(1, Duration.ofDays(1)).check(contacts, NOW)).isEmpty();
    }

    @Test
    void theMessageSaysTheWindowInWords() {
        assertThat(ContactWarning.describe(Duration.ofDays(7))).isEqualTo("7 days");
        assertThat(ContactWarning.describe(Duration.ofDays(1))).isEqualTo("day");
        assertThat(ContactWarning.describe(Duration.ofHours(36))).isEqualTo("36 hours");
        assertThat(ContactWarning.describe(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(new ContactWarning(1, Duration.ofHours(48)).check(List.of(
                contact("officer.a", Duration.ofHours(1)), contact("idva.b", Duration.ofHours(2))), NOW))
                .contains("2 different people have contacted the victim in the last 2 days: agree one point of contact");
    }

    @Test
    void aContactMustNameThePersonAndTheTime() {
        assertThatThrownBy(() -> new Contact(" ", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contact(null, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contact("officer.a", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theSettingsMustMakeSense() {
        assertThatThrownBy(() -> new ContactWarning(0, Duration.ofDays(7))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContactWarning(2, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContactWarning(2, Duration.ofDays(-7))).isInstanceOf(IllegalArgumentException.class);
    }
}
