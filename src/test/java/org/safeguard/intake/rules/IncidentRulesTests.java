package org.safeguard.intake.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.identity.Sex;
import org.safeguard.intake.Channel;
import org.safeguard.intake.Grade;
import org.safeguard.intake.NewIncident;
import org.safeguard.intake.NewParty;
import org.safeguard.intake.PartyRole;
import org.safeguard.intake.Relationship;
import org.safeguard.intake.rules.IncidentRules.CheckedIncident;
import org.safeguard.platform.InvalidRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/** What a call handler must give before an incident is saved (issue 3, "Bad input"); nothing is saved when refused. */
class IncidentRulesTests {

    private static final Instant NOW = Instant.parse("2025-06-14T20:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 14);

    private static NewParty victim(LocalDate dateOfBirth) {
        return new NewParty("VICTIM", " Alex ", "Morgan ", dateOfBirth, "FEMALE", "07700 900123");
    }

    private static NewParty suspect(LocalDate dateOfBirth) {
        return new NewParty("SUSPECT", "Jordan", "Reed", dateOfBirth, "MALE", null);
    }

    private static NewParty witness() {
        return new NewParty("WITNESS", "Pat", "Neighbour", null, null, null);
    }

    /** A call as a handler would type it: a current partner assaulting the victim, two children at home. */
    private static final class Call {
        Instant receivedAt = NOW.minus(Duration.ofMinutes(6));
        String channel = "EMERGENCY_999";
        String postcode = "sg1 2ab";
        List<NewParty> parties = new ArrayList<>(List.of(victim(LocalDate.of(1990, 4, 2)), suspect(LocalDate.of(1988, 11, 20))));
        String relationship = "CURRENT_PARTNER";
        Boolean bothAged16OrOver = true;
        Boolean personallyConnected = true;
        Integer childrenPresent = 1;
        Integer childrenLiving = 2;
        String childAges = "3, 7";
        String grade = "PRIORITY";

        NewIncident typed() {
            return new NewIncident(receivedAt, channel, " Alex Morgan ", "07700 900123", " Flat 2, 10 High St ",
                    "Stevenage", postcode, parties, relationship, bothAged16OrOver, personallyConnected, childrenPresent,
                    childrenLiving, childAges, false, true, false, grade, " Neighbour heard shouting ");
        }
    }

    private static InvalidRequest refused(Call call) {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, () -> IncidentRules.check(call.typed(), NOW));
        assertThat(refused).as("the incident should have been refused").isNotNull();
        return refused;
    }

    @Test
    void aCompleteIncidentPassesAndComesBackParsed() {
        CheckedIncident checked = IncidentRules.check(new Call().typed(), NOW);

        assertThat(checked.receivedAt()).isEqualTo(NOW.minus(Duration.ofMinutes(6)));
        assertThat(checked.channel()).isEqualTo(Channel.EMERGENCY_999);
        assertThat(checked.grade()).isEqualTo(Grade.PRIORITY);
        assertThat(checked.relationship()).isEqualTo(Relationship.CURRENT_PARTNER);
        assertThat(checked.postcode()).isEqualTo("SG1 2AB");
        assertThat(checked.location()).isEqualTo("Flat 2, 10 High St");
        assertThat(checked.callerName()).isEqualTo("Alex Morgan");
        assertThat(checked.childrenPresent()).isEqualTo(1);
        assertThat(checked.childrenLiving()).isEqualTo(2);
        assertThat(checked.childAges()).containsExactly(3, 7);
        assertThat(checked.injury()).isTrue();
        assertThat(checked.summary()).isEqualTo("Neighbour heard shouting");
        assertThat(checked.parties()).extracting(IncidentRules.CheckedParty::role)
                .containsExactly(PartyRole.VICTIM, PartyRole.SUSPECT);
        assertThat(checked.parties().get(0).givenName()).isEqualTo("Alex");
        assertThat(checked.parties().get(0).familyName()).isEqualTo("Morgan");
        assertThat(checked.parties().get(0).sex()).isEqualTo(Sex.FEMALE);
        assertThat(checked.domesticAbuse()).isTrue();
    }

    @Test
    void aPartyWhoseSexWasNotGivenIsRecordedAsNotKnown() {
        Call call = new Call();
        call.parties.add(witness());

        assertThat(IncidentRules.check(call.typed(), NOW).parties().get(2).sex()).isEqualTo(Sex.NOT_KNOWN);
    }

    @Test
    void aReceivedTimeUpToTwoMinutesAheadIsAcceptedBecauseClocksDiffer() {
        Call call = new Call();
        call.receivedAt = NOW.plus(Duration.ofMinutes(2));

        assertThat(IncidentRules.check(call.typed(), NOW).receivedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void aReceivedTimeMoreThanTwoMinutesInTheFutureIsRefused() {
        Call call = new Call();
        call.receivedAt = NOW.plus(Duration.ofMinutes(2)).plusSeconds(1);

        assertThat(refused(call).byField())
                .containsExactly(entry("receivedAt", "The time received must be now or in the past"));
    }

    @Test
    void aMissingReceivedTimeIsRefused() {
        Call call = new Call();
        call.receivedAt = null;

        assertThat(refused(call).byField()).containsOnlyKeys("receivedAt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SG1 2A", "12345", "SG1 2ABC", "2AB SG1", "Stevenage"})
    void aPostcodeInTheWrongFormatIsRefused(String postcode) {
        Call call = new Call();
        call.postcode = postcode;

        assertThat(refused(call).byField()).containsExactly(entry("postcode", "Enter a real postcode, like SG1 2AB"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void aMissingPostcodeIsRefused(String postcode) {
        Call call = new Call();
        call.postcode = postcode;

        assertThat(refused(call).byField()).containsExactly(entry("postcode", "Enter the postcode"));
    }

    @Test
    void anIncidentWithNoVictimIsRefused() {
        Call call = new Call();
        call.parties = List.of(suspect(LocalDate.of(1988, 11, 20)), witness());

        assertThat(refused(call).byField())
                .containsExactly(entry("parties", "Add the victim: an incident needs at least one victim"));
    }

    @Test
    void anIncidentWithNobodyInItIsRefusedForWantOfAVictim() {
        Call call = new Call();
        call.parties = List.of();

        assertThat(refused(call).byField()).containsOnlyKeys("parties");
    }

    @Test
    void aVictimWithoutAFamilyNameIsRefusedOnThatFieldAloneNotAsAMissingVictim() {
        Call call = new Call();
        call.parties = List.of(new NewParty("VICTIM", "Alex", " ", LocalDate.of(1990, 4, 2), "FEMALE", null),
                suspect(LocalDate.of(1988, 11, 20)));

        assertThat(refused(call).byField()).containsOnlyKeys("parties[0].familyName");
    }

    @Test
    void aVictimUnder16CannotBeTheVictimOfIntimatePartnerAbuse() {
        Call call = new Call();
        call.bothAged16OrOver = false;
        call.parties = List.of(victim(TODAY.minusYears(15)), suspect(LocalDate.of(2008, 1, 5)));

        InvalidRequest refused = refused(call);

        assertThat(refused.byField()).containsOnlyKeys("parties[0].dateOfBirth");
        assertThat(refused.byField().get("parties[0].dateOfBirth")).startsWith("A victim under 16 cannot be the victim of "
                + "intimate partner abuse");
    }

    @Test
    void aVictimUnder16OfAFormerPartnerIsRefusedTooEvenWhenBothAged16OrOverWasAnsweredYes() {
        Call call = new Call();
        call.relationship = "FORMER_PARTNER";
        call.parties = List.of(victim(TODAY.minusYears(15)), suspect(LocalDate.of(2008, 1, 5)));

        InvalidRequest refused = refused(call);

        assertThat(refused.byField()).containsOnlyKeys("parties[0].dateOfBirth");
        assertThat(refused.problems()).hasSize(1);
    }

    @Test
    void aVictimWhoseSixteenthBirthdayIsTheDayOfTheCallMayBeTheVictimOfIntimatePartnerAbuse() {
        Call call = new Call();
        call.parties = List.of(victim(TODAY.minusYears(16)), suspect(LocalDate.of(2008, 1, 5)));

        assertThat(IncidentRules.check(call.typed(), NOW).domesticAbuse()).isTrue();
    }

    @Test
    void aVictimUnder16AbusedByAParentIsRecordedAsAnIncidentThatIsNotDomesticAbuse() {
        Call call = new Call();
        call.relationship = "PARENT";
        call.bothAged16OrOver = false;
        call.parties = List.of(victim(TODAY.minusYears(12)), suspect(LocalDate.of(1980, 3, 3)));

        CheckedIncident checked = IncidentRules.check(call.typed(), NOW);

        assertThat(checked.domesticAbuse()).isFalse();
        assertThat(checked.relationship()).isEqualTo(Relationship.PARENT);
    }

    @Test
    void aVictimUnder16ContradictsTheAnswerThatBothAreAged16OrOver() {
        Call call = new Call();
        call.relationship = "SIBLING";
        call.parties = List.of(victim(TODAY.minusYears(15)), suspect(LocalDate.of(2000, 1, 5)));

        InvalidRequest refused = refused(call);

        assertThat(refused.byField()).containsOnlyKeys("parties[0].dateOfBirth");
        assertThat(refused.byField().get("parties[0].dateOfBirth")).isEqualTo(
                "The date of birth shows this victim is under 16: answer 'No' to 'both aged 16 or over'");
    }

    @Test
    void aSuspectUnder16ContradictsTheAnswerThatBothAreAged16OrOver() {
        Call call = new Call();
        call.relationship = "SIBLING";
        call.parties = List.of(victim(LocalDate.of(1990, 4, 2)), suspect(TODAY.minusYears(16).plusDays(1)));

        InvalidRequest refused = refused(call);

        assertThat(refused.byField()).containsOnlyKeys("parties[1].dateOfBirth");
        assertThat(refused.byField().get("parties[1].dateOfBirth")).isEqualTo(
                "The date of birth shows this suspect is under 16: answer 'No' to 'both aged 16 or over'");
    }

    @Test
    void aWitnessUnder16DoesNotContradictTheAnswerThatVictimAndSuspectAreAged16OrOver() {
        Call call = new Call();
        call.parties.add(new NewParty("WITNESS", "Sam", "Morgan", TODAY.minusYears(9), "NOT_KNOWN", null));

        assertThat(IncidentRules.check(call.typed(), NOW).parties()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"URGENT", "priority", "GRADE_1"})
    @NullAndEmptySource
    void aGradeThatDoesNotExistIsRefused(String grade) {
        Call call = new Call();
        call.grade = grade;

        assertThat(refused(call).byField()).containsExactly(entry("grade", "Select the grade"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAX", "999", "EMAIL"})
    @NullAndEmptySource
    void anUnknownChannelIsRefused(String channel) {
        Call call = new Call();
        call.channel = channel;

        assertThat(refused(call).byField()).containsExactly(entry("channel", "Select how the incident was reported"));
    }

    @Test
    void domesticAbuseQualifyingAnswersOfYesNeedTheRelationshipBetweenVictimAndSuspect() {
        Call call = new Call();
        call.relationship = null;

        assertThat(refused(call).byField())
                .containsExactly(entry("relationship", "Select how the victim and suspect are connected"));
    }

    @Test
    void aRelationshipThatIsNotOneOfTheListIsRefused() {
        Call call = new Call();
        call.relationship = "FRIEND";

        assertThat(refused(call).byField()).containsOnlyKeys("relationship");
    }

    @Test
    void bothDomesticAbuseQualifyingQuestionsMustBeAnswered() {
        Call call = new Call();
        call.bothAged16OrOver = null;
        call.personallyConnected = null;

        assertThat(refused(call).byField()).containsOnlyKeys("bothAged16OrOver", "personallyConnected");
    }

    @ParameterizedTest
    @CsvSource({"true, true, true", "true, false, false", "false, true, false", "false, false, false"})
    void anIncidentIsDomesticAbuseOnlyWhenBothQualifyingQuestionsAreAnsweredYes(boolean bothAged16OrOver,
                                                                              boolean personallyConnected,
                                                                              boolean domesticAbuse) {
        Call call = new Call();
        call.bothAged16OrOver = bothAged16OrOver;
        call.personallyConnected = personallyConnected;

        assertThat(IncidentRules.check(call.typed(), NOW).domesticAbuse()).isEqualTo(domesticAbuse);
    }

    @ParameterizedTest
    @ValueSource(strings = {"three, seven", "3 and 7", "3.5", "3;7"})
    void childAgesThatAreNotWholeNumbersAreRefused(String ages) {
        Call call = new Call();
        call.childAges = ages;

        assertThat(refused(call).byField()).containsExactly(
                entry("childAges", "Enter the children's ages as numbers from 0 to 17, separated by commas"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3, 18", "-1", "40"})
    void childAgesOutside0To17AreRefused(String ages) {
        Call call = new Call();
        call.childAges = ages;

        assertThat(refused(call).byField()).containsOnlyKeys("childAges");
    }

    @Test
    void childAgesMayBeSeparatedBySpacesOrCommas() {
        Call call = new Call();
        call.childAges = " 0 17,4 ";
        call.childrenLiving = 3;

        assertThat(IncidentRules.check(call.typed(), NOW).childAges()).containsExactly(0, 17, 4);
    }

    @Test
    void moreAgesThanChildrenPresentOrLivingThereAreRefused() {
        Call call = new Call();
        call.childrenPresent = 1;
        call.childrenLiving = 2;
        call.childAges = "3, 7, 9";

        assertThat(refused(call).byField())
                .containsExactly(entry("childAges", "Give no more ages than the number of children"));
    }

    @Test
    void childAgesWithNoChildrenRecordedAreRefused() {
        Call call = new Call();
        call.childrenPresent = null;
        call.childrenLiving = null;
        call.childAges = "4";

        assertThat(refused(call).byField()).containsOnlyKeys("childAges");
    }

    @Test
    void twelvePeopleMayBeRecordedOnOneIncident() {
        Call call = new Call();
        call.parties.addAll(Collections.nCopies(IncidentRules.MAX_PARTIES - 2, witness()));

        assertThat(IncidentRules.check(call.typed(), NOW).parties()).hasSize(12);
    }

    @Test
    void moreThanTwelvePeopleOnOneIncidentAreRefused() {
        Call call = new Call();
        call.parties.addAll(Collections.nCopies(IncidentRules.MAX_PARTIES - 1, witness()));

        assertThat(refused(call).byField()).containsExactly(entry("parties", "Record no more than 12 people"));
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsField() {
        Call call = new Call();
        call.receivedAt = NOW.plus(Duration.ofHours(1));
        call.postcode = "SG1";
        call.grade = "URGENT";
        call.channel = "FAX";
        call.parties = List.of(witness());

        assertThat(refused(call).byField()).containsOnlyKeys("receivedAt", "postcode", "grade", "channel", "parties");
    }
}
