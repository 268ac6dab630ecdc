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
                () -> agenda.sendTransfer(listed.id(), "Atlantis MARAC", "Victim moved", listed.version())))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).byField()).containsEntry("toArea",
                        "There is no MARAC area called Atlantis MARAC"));
        assertThatThrownBy(() -> fixtures.as(from.coordinator(),
                () -> agenda.sendTransfer(listed.id(), from.name(), "Victim moved", listed.version())))
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
        fixtures.as(from.coordinator(), () -> agenda.sendTransfer(listed.id(), to.name(), "Moved to a refuge", listed.version()));

        assertThatThrownBy(() -> fixtures.as(from.coordinator(),
                () -> agenda.sendTransfer(listed.id(), elsewhere.name(), "Moved again", listed.version())))
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
                () -> agenda.sendTransfer(listed.id(), to.name(), "Victim moved to a refuge in the area", listed.version()));
        assertThat(fixtures.as(to.coordinator(), () -> agenda.home()).incoming()).extracting(Transfer::id).contains(sent.id());

        assertThatThrownBy(() -> fixtures.as(from.coordinator(), () -> agenda.acceptTransfer(sent.id())))
                .isInstanceOf(AccessDeniedException.class);
        MaracCase received = fixtures.as(to.coordinator(), () -> agenda.acceptTransfer(sent.id()));

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
        assertThatThrownBy(() -> fixtures.as(to.coordinator(), () -> agenda.acceptTransfer(sent.id())))
                .isInstanceOf(InvalidRequest.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'MARAC_TRANSFER_ACCEPTED' AND subject_id = ?")
                .param(String.valueOf(listed.id())).query(Integer.class).single()).isEqualTo(1);
    }
}
