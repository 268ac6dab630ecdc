package org.safeguard.marac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.marac.rules.NeedToKnow;

/** Issue 7, need to know, as a rule: who may read a MARAC's research and minutes, and who may return research. */
class NeedToKnowTests {

    private static final NeedToKnow.Circle CIRCLE = new NeedToKnow.Circle("coord", "chair", Set.of("rep.health",
            "rep.probation"), Set.of("attendee"));
    private static final Set<String> CORE = Set.of("HEALTH", "HOUSING");

    @Test
    void theCoordinatorChairRepresentativesAndAttendeesReadTheMeetingAndNobodyElseWhateverTheirRole() {
        for (String reader : new String[] {"coord", "chair", "rep.health", "rep.probation", "attendee"}) {
            assertThat(NeedToKnow.mayReadMeeting(reader, CIRCLE)).as(reader).isTrue();
        }
        assertThat(NeedToKnow.mayReadMeeting("idva", CIRCLE)).isFalse();
        assertThat(NeedToKnow.mayReadMeeting("admin", CIRCLE)).isFalse();
    }

    @Test
    void theVictimsIdvaAndSpocReadTheirCaseButNotAnotherVictimsWorkers() {
        assertThat(NeedToKnow.mayReadCase("idva", CIRCLE, Optional.of("idva"), Optional.of("spoc"))).isTrue();
        assertThat(NeedToKnow.mayReadCase("spoc", CIRCLE, Optional.of("idva"), Optional.of("spoc"))).isTrue();
        assertThat(NeedToKnow.mayReadCase("other.idva", CIRCLE, Optional.of("idva"), Optional.empty())).isFalse();
        assertThat(NeedToKnow.mayReadCase("idva", NeedToKnow.Circle.NOBODY, Optional.empty(), Optional.empty())).isFalse();
    }

    @Test
    void researchIsReturnedByCoreAgencyRepresentativesTheCoordinatorAndTheVictimsIdvaOrSpoc() {
        assertThat(NeedToKnow.mayReturnResearch("rep.health", "HEALTH", CIRCLE, CORE, Optional.empty(), Optional.empty())).isTrue();
        assertThat(NeedToKnow.mayReturnResearch("coord", "POLICE", CIRCLE, CORE, Optional.empty(), Optional.empty())).isTrue();
        assertThat(NeedToKnow.mayReturnResearch("idva", "IDVA_SERVICE", CIRCLE, CORE, Optional.of("idva"), Optional.empty())).isTrue();
        assertThat(NeedToKnow.mayReturnResearch("spoc", "POLICE", CIRCLE, CORE, Optional.empty(), Optional.of("spoc"))).isTrue();
    }

    @Test
    void aRepresentativeOfAnAgencyThatIsNotCoreTheChairAndAnAttendeeDoNotReturnResearch() {
        assertThat(NeedToKnow.mayReturnResearch("rep.probation", "PROBATION", CIRCLE, CORE, Optional.empty(), Optional.empty())).isFalse();
        assertThat(NeedToKnow.mayReturnResearch("chair", "POLICE", CIRCLE, CORE, Optional.empty(), Optional.empty())).isFalse();
        assertThat(NeedToKnow.mayReturnResearch("attendee", "HEALTH", CIRCLE, CORE, Optional.empty(), Optional.empty())).isFalse();
    }

    @Test
    void onlyTheCoordinatorRecordsAttendanceAndTheCoordinatorOrChairRunTheMeeting() {
        assertThat(NeedToKnow.mayRecordAttendance("coord", CIRCLE)).isTrue();
        assertThat(NeedToKnow.mayRecordAttendance("chair", CIRCLE)).isFalse();
        assertThat(CIRCLE.runBy("chair")).isTrue();
        assertThat(CIRCLE.runBy("rep.health")).isFalse();
    }

    @Test
    void aCaseNoMaracCoversYetIsReadByCoordinatorsWhoMustPlaceItAndTheVictimsIdvaAndSpocOnly() {
        assertThat(NeedToKnow.mayReadUnplacedCase("any.coord", true, Optional.empty(), Optional.empty())).isTrue();
        assertThat(NeedToKnow.mayReadUnplacedCase("idva.1", false, Optional.of("idva.1"), Optional.of("spoc.1"))).isTrue();
        assertThat(NeedToKnow.mayReadUnplacedCase("spoc.1", false, Optional.of("idva.1"), Optional.of("spoc.1"))).isTrue();
        assertThat(NeedToKnow.mayReadUnplacedCase("rep.health", false, Optional.of("idva.1"), Optional.of("spoc.1"))).isFalse();
    }
}
