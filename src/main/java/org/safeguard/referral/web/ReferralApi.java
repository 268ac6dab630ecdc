package org.safeguard.referral.web;

import java.util.List;

import org.safeguard.referral.Referral;
import org.safeguard.referral.Referrals;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A victim's referrals as JSON, newest first, for partner systems ({@code GET /api/v1/victims/{id}/referrals}). */
@RestController
class ReferralApi {

    private final Referrals referrals;

    ReferralApi(Referrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/api/v1/victims/{victimId}/referrals")
    List<Referral> ofVictim(@PathVariable String victimId) {
        return referrals.ofVictim(ReferralForms.id(victimId, "person"));
    }
}
