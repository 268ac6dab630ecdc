package org.safeguard.risk;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The force's local choices for risk assessment, with the defaults from DOMAIN.md; a bad value stops
 * start-up with the key named.
 *
 * @param instrument            the instrument new police assessments use (its latest version), default DASH
 * @param supplements           supplementary instruments offered beside it (default the stalking and honour-based abuse questions)
 * @param mediumFrom            Yes answers from which the suggested level is medium (default 10)
 * @param highFrom              Yes answers from which it is high (default 14); the "suggested levels" bands
 * @param visibleHighRiskFrom   Yes answers that meet the MARAC visible high risk criterion (default 14)
 * @param escalationCallOuts    domestic abuse call-outs for the victim, this one included, that meet potential escalation (default 3)
 * @param escalationWindow      the window they are counted in, ending at the incident (default 12 months)
 * @param dipSampleShare        the share of a week's standard and medium assessments drawn for review (default 0.10)
 * @param dipSampleCron         when the weekly draw of the previous week runs (default Monday 06:00 UK time); "-" for never
 */
@ConfigurationProperties("safeguard.risk")
public record RiskSettings(@DefaultValue("DASH") String instrument,
                           @DefaultValue({"SDASH", "HBA"}) List<String> supplements,
                           @DefaultValue("10") int mediumFrom, @DefaultValue("14") int highFrom,
                           @DefaultValue("14") int visibleHighRiskFrom,
                           @DefaultValue("3") int escalationCallOuts, @DefaultValue("P12M") Period escalationWindow,
                           @DefaultValue("0.10") double dipSampleShare,
                           @DefaultValue("0 0 6 * * MON") String dipSampleCron) {

    public RiskSettings {
        if (mediumFrom < 1 || highFrom <= mediumFrom) {
            throw new IllegalStateException("safeguard.risk.medium-from must be 1 or more and safeguard.risk.high-from "
                    + "above it, not " + mediumFrom + " and " + highFrom);
        }
        if (visibleHighRiskFrom < 1) {
            throw new IllegalStateException("safeguard.risk.visible-high-risk-from must be 1 or more");
        }
        if (escalationCallOuts < 1 || escalationWindow.isNegative() || escalationWindow.isZero()) {
            throw new IllegalStateException("safeguard.risk.escalation-call-outs must be 1 or more and "
                    + "safeguard.risk.escalation-window positive");
        }
        if (!(dipSampleShare > 0 && dipSampleShare <= 1)) {
            throw new IllegalStateException("safeguard.risk.dip-sample-share must be above 0 and at most 1, not " + dipSampleShare);
        }
        supplements = List.copyOf(supplements);
    }
}
