package org.safeguard.referral;

import java.util.List;
import java.util.Optional;

import org.safeguard.directory.ServiceKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The referral module's API: making referrals by hand, the lifecycle (received, accepted or declined,
 * closed), consent, the lists each side works from. Routing by rules happens on other modules' events
 * ({@code ReferralEvents}). Every read and write of a referral is audited.
 */
@Service
public class Referrals {

    static final String WORKS_REFERRALS =
            "hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST','IDVA','MARAC_COORDINATOR','PARTNER')";

    // A stand-in from the meeting branch so MARAC need to know can be tested before the referral module lands:
    // take the referral branch's version of this constructor and of assignedWorker when merging.
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Referrals(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize(WORKS_REFERRALS)
    public Referral make(NewReferral typed) {
        throw new UnsupportedOperationException("TODO");
    }

    @PreAuthorize(WORKS_REFERRALS)
    public Referral get(long id) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The victim's referrals, newest first. */
    @PreAuthorize(WORKS_REFERRALS)
    public List<Referral> ofVictim(long victimId) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Referrals to the services of the signed-in user's agency, waiting ones first, oldest due first. */
    @PreAuthorize(WORKS_REFERRALS)
    public List<Referral> inbox() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Referrals the signed-in user or their team made that are past the service's SLA without an answer. */
    @PreAuthorize(WORKS_REFERRALS)
    public List<Referral> sentOverdue() {
        throw new UnsupportedOperationException("TODO");
    }

    @PreAuthorize(WORKS_REFERRALS)
    public Referral receive(long id, int version) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Accepted by the service, with the worker (a username) who takes it on. */
    @PreAuthorize(WORKS_REFERRALS)
    public Referral accept(long id, int version, String assignedTo) {
        throw new UnsupportedOperationException("TODO");
    }

    @PreAuthorize(WORKS_REFERRALS)
    public Referral decline(long id, int version, String reason) {
        throw new UnsupportedOperationException("TODO");
    }

    @PreAuthorize(WORKS_REFERRALS)
    public Referral close(long id, int version, String reason) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Records the victim's consent; refused for a high-risk victim needs the justification for sharing. */
    @PreAuthorize(WORKS_REFERRALS)
    public Referral recordConsent(long id, int version, String consent, String sharingJustification) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * The worker who accepted the victim's latest accepted referral of the kind and has not closed it (for the
     * IDVA service: the victim's IDVA). Not audited and open to any caller: it answers a need-to-know question
     * for other modules and returns only a username.
     */
    public Optional<String> assignedWorker(long victimId, ServiceKind kind) {
        return jdbc.sql("SELECT assigned_to FROM referral.referral WHERE victim_id = ? AND service_kind = ? "
                        + "AND status = 'ACCEPTED' AND assigned_to IS NOT NULL ORDER BY decided_at DESC NULLS LAST, id DESC LIMIT 1")
                .params(victimId, kind.name()).query(String.class).optional();
    }
}
