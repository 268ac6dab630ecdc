package org.safeguard.offender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.NewIncident;
import org.safeguard.offender.store.PromptStore;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Serial perpetrators (issue 8): a perpetrator near the top of the RFG list recorded with a new partner prompts the
 * specialist team to consider a 'right to know' disclosure — once per perpetrator and partner. The rank comes from
 * {@code offender.rfg_score}: once the list's listener has counted a test's incidents, the test puts its perpetrator
 * at the top (or fifty others above everyone) directly, so the tests do not depend on the rest of the list.
 */
@SafeguardTest
class DisclosurePromptTests {

    private static final BigDecimal TOP_SCORE = new BigDecimal("9999999999.99");

    @Autowired
    Calls calls;
    @Autowired
    Perpetrators perpetrators;
    @Autowired
    PromptEvents promptEvents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PromptStore promptStore;

    private final String area = "Prompt test " + Calls.unusedFamilyName();

    @AfterEach
    void takeTheTestRowsOffTheList() {
        Perpetrator.offTheList(jdbc, area);
    }

    /**
     * The incident that brings his new partner also lifts him into the top: he is judged on his rank with it counted,
     * whether or not the list's listener has run. Before it, two incidents long ago (eleven victims each) score
     * 1 × 2 × 11.5 = 23, below fifty others at 100 (51st at best); with it, 5 × 3 × 12 = 180, above them.
     */
    @Test
    void aPerpetratorThisIncidentLiftsIntoTheTopIsJudgedOnHisRankWithItCountedAndPromptsOnceForTheNewPartner() {
        String him = Calls.unusedFamilyName();
        long perpetrator = Perpetrator.suspect(Perpetrator.againstEleven(calls, "Oren", him, 900));
        Perpetrator.againstEleven(calls, "Oren", him, 890);
        Perpetrator.counted(jdbc, perpetrator, 2);
        for (int i = 1; i <= 50; i++) {
            onTheList(-(perpetrator * 100 + i), new BigDecimal("100"));
        }
        String newPartner = Calls.unusedFamilyName();
        IncidentFile withNewPartner = Perpetrator.incident(calls, "Mae", newPartner, "Oren", him, 0);
        long partner = Perpetrator.victim(withNewPartner);
        // Whatever the listeners did, put the list back as it was before this incident was counted.
        Eventually.found(() -> jdbc.sql("SELECT completion_date FROM event_publication WHERE listener_id LIKE '%PromptEvents%' "
                        + "AND serialized_event LIKE :r").param("r", "%" + withNewPartner.incident().reference() + "%")
                .query(Instant.class).optional());
        jdbc.sql("DELETE FROM offender.disclosure_prompt WHERE perpetrator_key = :p").param("p", perpetrator).update();
        jdbc.sql("UPDATE offender.rfg_score SET score = 23, recency = 1, frequency = 2, incidents = 2, victims = 22 "
                + "WHERE person_key = :p").param("p", perpetrator).update();

        assertThat(promptEvents.promptFor(Perpetrator.recordedEvent(withNewPartner))).hasSize(1);
        DisclosurePrompt prompt = promptFor(perpetrator, partner).orElseThrow();
        assertThat(prompt.victimName()).isEqualTo("Mae " + newPartner);
        assertThat(prompt.incidentReference()).isEqualTo(withNewPartner.incident().reference());
        assertThat(prompt.rankAtPrompt()).isBetween(1, 50);

        assertThat(promptEvents.promptFor(Perpetrator.recordedEvent(withNewPartner))).as("the same incident handled twice").isEmpty();
        IncidentFile samePartnerAgain = Perpetrator.incident(calls, "Mae", newPartner, "Oren", him, 0);
        assertThat(promptEvents.promptFor(Perpetrator.recordedEvent(samePartnerAgain))).as("the same partner again").isEmpty();
        assertThat(promptsFor(perpetrator, partner)).isEqualTo(1);
    }

    @Test
    void aPerpetratorLowOnTheListRecordedWithANewPartnerPromptsNothing() {
        String him = Calls.unusedFamilyName();
        IncidentFile earlier = Perpetrator.incident(calls, "Nia", Calls.unusedFamilyName(), "Pim", him, 400);
        long perpetrator = Perpetrator.suspect(earlier);
        // Fifty others above any real score, before the new partner is recorded: they rank 51st at best.
        for (int i = 1; i <= 50; i++) {
            onTheList(-(perpetrator * 100 + i), TOP_SCORE);
        }

        IncidentFile withNewPartner = Perpetrator.incident(calls, "Ola", Calls.unusedFamilyName(), "Pim", him, 0);
        Eventually.found(() -> jdbc.sql("SELECT incidents FROM offender.rfg_score WHERE person_key = :key")
                .param("key", perpetrator).query(Integer.class).optional().filter(n -> n >= 2));

        assertThat(promptEvents.promptFor(Perpetrator.recordedEvent(withNewPartner))).isEmpty();
        assertThat(promptsFor(perpetrator, Perpetrator.victim(withNewPartner))).isZero();
    }

    @Test
    void aNewVictimInAFamilyIncidentIsNoNewPartnerAndPromptsNothing() {
        String family = Calls.unusedFamilyName();
        IncidentFile earlier = Perpetrator.incident(calls, "Sal", Calls.unusedFamilyName(), "Tor", family, 200);
        long perpetrator = Perpetrator.suspect(earlier);
        onTheList(perpetrator, TOP_SCORE);

        IncidentFile againstHisMother = calls.record("call.handler", new NewIncident(Instant.now(), "EMERGENCY_999",
                "Una " + family, null, "3 Test Row", "Testtown", Calls.unusedPostcode(),
                List.of(Calls.victim("Una", family, LocalDate.of(1960, 1, 1)), Calls.suspect("Tor", family, LocalDate.of(1988, 8, 8))),
                "PARENT", true, true, 0, 0, null, false, false, false, "PRIORITY", "Son pushed his mother."));

        assertThat(promptEvents.promptFor(Perpetrator.recordedEvent(againstHisMother))).isEmpty();
        assertThat(promptsFor(perpetrator, Perpetrator.victim(againstHisMother))).isZero();
    }

    @Test
    void aDecisionNeedsAReasonAndIsCheckedAgainstTheVersionSeen() {
        String him = Calls.unusedFamilyName();
        long perpetrator = Perpetrator.suspect(Perpetrator.incident(calls, "Pia", Calls.unusedFamilyName(), "Quin", him, 200));
        IncidentFile withNewPartner = Perpetrator.incident(calls, "Rue", Calls.unusedFamilyName(), "Quin", him, 0);
        Perpetrator.prompted(promptStore, perpetrator, withNewPartner);
        DisclosurePrompt prompt = promptFor(perpetrator, Perpetrator.victim(withNewPartner)).orElseThrow();

        assertThatThrownBy(() -> calls.as("specialist", () -> perpetrators.decidePrompt(prompt.id(),
                DisclosurePrompt.Decision.REFER, "   ", prompt.version())))
                .isInstanceOf(InvalidRequest.class).hasMessage("Enter the reason for the decision");
        DisclosurePrompt unchanged = promptFor(perpetrator, Perpetrator.victim(withNewPartner)).orElseThrow();
        assertThat(unchanged.decision()).isNull();
        assertThat(unchanged.version()).isEqualTo(prompt.version());

        DisclosurePrompt decided = calls.as("specialist", () -> perpetrators.decidePrompt(prompt.id(),
                DisclosurePrompt.Decision.REFER, "Three earlier partners assaulted", prompt.version()));
        assertThat(decided.decision()).isEqualTo(DisclosurePrompt.Decision.REFER);
        assertThat(decided.decidedBy()).isEqualTo("specialist");
        assertThat(promptFor(perpetrator, Perpetrator.victim(withNewPartner))).as("no longer open").isEmpty();
        assertThatThrownBy(() -> calls.as("specialist", () -> perpetrators.decidePrompt(prompt.id(),
                DisclosurePrompt.Decision.NOT_NEEDED, "Changed my mind", prompt.version())))
                .isInstanceOf(ConcurrentEdit.class)
                .hasMessageMatching("Someone else decided this prompt first \\(.+: Refer for a right-to-know disclosure\\)\\. "
                        + "Your decision has not been saved\\.");
        assertThat(jdbc.sql("SELECT reason FROM audit.event WHERE action = 'DISCLOSURE_PROMPT_DECIDED' AND subject_id = :id")
                .param("id", Long.toString(prompt.id())).query(String.class).single())
                .as("the audit log names the decision, not the free-text reason")
                .isEqualTo("REFER, perpetrator " + perpetrator + ", victim " + Perpetrator.victim(withNewPartner));
    }

    private void onTheList(long personKey, BigDecimal score) {
        Perpetrator.onTheList(jdbc, personKey, score, area);
    }

    private Optional<DisclosurePrompt> promptFor(long perpetrator, long victim) {
        return calls.as("specialist", () -> perpetrators.openPrompts()).stream()
                .filter(p -> p.perpetratorKey() == perpetrator && p.victimId() == victim).findFirst();
    }

    private int promptsFor(long perpetrator, long victim) {
        return jdbc.sql("SELECT count(*) FROM offender.disclosure_prompt WHERE perpetrator_key = :p AND victim_id = :v")
                .param("p", perpetrator).param("v", victim).query(Integer.class).single();
    }

}
