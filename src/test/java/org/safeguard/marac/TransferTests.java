package org.safeguard.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7's transfers: a case is sent to the MARAC of the area the victim moved to, never to an unknown area or
 * its own, once; the receiving coordinator accepts it onto their agenda, marked as a transfer in, and the sending
 * case is closed as transferred.
 */
@SafeguardTest
class TransferTests {

    @Autowired
    MaracAgenda agenda;
    @Autowired
    MaracTransfers transfers;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Autowired
    AgendaFixtures fixtures;

    @Test
    void aTransferToAnUnknownAreaOrItsOwnIsRefusedAndNothingIsSent() {
        MaracArea from = fixtures.area(20);
        MaracCase listed = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), from.covers().get(0), Instant.now()));

        assertThatThrownBy(() -> fixtures.as(from.coordinator(),
                () -> transfers.send(listed.id(), "Atlantis MARAC", "Victim moved", listed.version())))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).byField()).containsEntry("toArea",
                        "There is no MARAC area called Atlantis MARAC"));
        assertThatThrownBy(() -> fixtures.as(from.coordinator(),
                () -> transfers.send(listed.id(), from.name(), "Victim moved", listed.version())))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).byField()).containsKey("toArea"));
        assertThat(jdbc.sql("SELECT count(*) FROM marac.transfer WHERE case_id = ?").param(listed.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aCaseAlreadySentCannotBeSentAgain() {
        MaracArea from = fixtures.area(20);
        MaracArea to = fixtures.area(20);
        MaracArea elsewhere = fixtures.area(20);
        MaracCase listed = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), from.covers().get(0), Instant.now()));
        fixtures.as(from.coordinator(), () -> transfers.send(listed.id(), to.name(), "Moved to a refuge", listed.version()));

        assertThatThrownBy(() -> fixtures.as(from.coordinator(),
                () -> transfers.send(listed.id(), elsewhere.name(), "Moved again", listed.version())))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).byField()).containsEntry("toArea",
                        "This case has already been sent and is waiting to be accepted"));
    }

    @Test
    void anAcceptedTransferIsListedOnTheReceivingAgendaMarkedAsATransferIn() throws Exception {
        MaracArea from = fixtures.area(20);
        MaracArea to = fixtures.area(20);
        MaracCase listed = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), from.covers().get(0), Instant.now()));
        Transfer sent = fixtures.as(from.coordinator(),
                () -> transfers.send(listed.id(), to.name(), "Victim moved to a refuge in the area", listed.version()));
        assertThat(fixtures.as(to.coordinator(), () -> agenda.home()).incoming()).extracting(Transfer::id).contains(sent.id());

        assertThatThrownBy(() -> fixtures.as(from.coordinator(), () -> transfers.accept(sent.id())))
                .isInstanceOf(AccessDeniedException.class);
        MaracCase received = fixtures.as(to.coordinator(), () -> transfers.accept(sent.id()));

        assertThat(received.areaId()).isEqualTo(to.id());
        assertThat(received.transferredFrom()).isEqualTo(listed.id());
        assertThat(received.status()).isEqualTo(MaracCase.Status.LISTED);
        assertThat(received.victimId()).isEqualTo(listed.victimId());
        assertThat(fixtures.find(listed.id()).status()).isEqualTo(MaracCase.Status.TRANSFERRED);
        assertThat(fixtures.as(to.coordinator(), () -> agenda.agenda(received.meetingId())).cases())
                .extracting(MaracCase::id).contains(received.id());
        mvc.perform(get("/marac/meetings/" + received.meetingId()).with(staff.as(to.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Transfer in")));
        assertThatThrownBy(() -> fixtures.as(to.coordinator(), () -> transfers.accept(sent.id())))
                .isInstanceOf(InvalidRequest.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'MARAC_TRANSFER_ACCEPTED' AND subject_id = ?")
                .param(String.valueOf(listed.id())).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCaseAlreadyTransferredOnCannotBeSentAgainAndASecondAcceptIsAClearRefusalNotAFault() throws Exception {
        MaracArea from = fixtures.area(20);
        MaracArea to = fixtures.area(20);
        MaracArea elsewhere = fixtures.area(20);
        MaracCase listed = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), from.covers().get(0), Instant.now()));
        fixtures.heard(listed.id(), Instant.now());
        MaracCase heard = fixtures.find(listed.id());
        Transfer first = fixtures.as(from.coordinator(), () -> transfers.send(heard.id(), to.name(), "Moved", heard.version()));
        fixtures.as(to.coordinator(), () -> transfers.accept(first.id()));
        MaracCase stillHeard = fixtures.find(listed.id());
        assertThat(stillHeard.status()).isEqualTo(MaracCase.Status.HEARD);

        assertThatThrownBy(() -> fixtures.as(from.coordinator(),
                () -> transfers.send(stillHeard.id(), elsewhere.name(), "Moved again", stillHeard.version())))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).byField()).containsEntry("toArea", MaracTransfers.ALREADY_SENT_ON));
        mvc.perform(get("/marac/cases/" + listed.id()).with(staff.as(from.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Send the case"))));

        // A second transfer row (sent before the first was accepted, say) is refused clearly on accept.
        long second = jdbc.sql("INSERT INTO marac.transfer (case_id, from_area, to_area, reason, sent_at, sent_by) "
                        + "VALUES (?, ?, ?, 'Moved', now(), ?) RETURNING id")
                .params(listed.id(), from.id(), elsewhere.id(), from.coordinator()).query(Long.class).single();
        assertThatThrownBy(() -> fixtures.as(elsewhere.coordinator(), () -> transfers.accept(second)))
                .isInstanceOf(InvalidRequest.class);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/marac/transfers/" + second + "/accept")
                        .with(staff.as(elsewhere.coordinator()))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("conflict", MaracTransfers.ALREADY_SENT_ON));
        assertThat(jdbc.sql("SELECT count(*) FROM marac.marac_case WHERE transferred_from = ?").param(listed.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void acceptingATransferCompletesTheOriginalMaracReferralSoTheVictimCanBeReferredAgain() {
        MaracArea from = fixtures.area(20);
        MaracArea to = fixtures.area(20);
        MaracCase listed = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), from.covers().get(0), Instant.now()));
        long referralId = jdbc.sql("INSERT INTO referral.referral (victim_id, victim_name, service_id, service_name, service_kind, "
                        + "reason, source, source_key, status, consent, made_at, made_by, made_by_agency, due_by) "
                        + "VALUES (?, ?, 0, 'Test MARAC', 'MARAC', 'High risk', 'MANUAL', ?, 'ACCEPTED', 'GIVEN', now(), 'officer', "
                        + "'POLICE', now()) RETURNING id")
                .params(listed.victimId(), listed.victimName(), "test:" + java.util.UUID.randomUUID()).query(Long.class).single();
        jdbc.sql("UPDATE marac.marac_case SET referral_id = ? WHERE id = ?").params(referralId, listed.id()).update();
        Transfer sent = fixtures.as(from.coordinator(), () -> transfers.send(listed.id(), to.name(), "Moved", listed.version()));

        fixtures.as(to.coordinator(), () -> transfers.accept(sent.id()));

        assertThat(jdbc.sql("SELECT status FROM referral.referral WHERE id = ?").param(referralId).query(String.class).single())
                .isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT note FROM referral.referral_step WHERE referral_id = ? AND step = 'CLOSED'")
                .param(referralId).query(String.class).single()).isEqualTo("Transferred to the " + to.name());
    }
}
