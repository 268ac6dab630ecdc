package org.safeguard.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.referral.rules.RoutingRuleSet;
import org.safeguard.referral.store.RuleStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing rules as data: the version in force, every earlier version, and publishing a new one (administrators
 * only; the text is checked first and nothing is saved when it has a problem, or when it would leave a high-risk
 * victim without a MARAC and an IDVA referral). Version 1 is
 * {@code referral/routing-rules.yaml}, loaded when no version exists yet. A referral made by a rule records the
 * rule's id and the version, so a later version never rewrites why an earlier referral was made.
 */
@Service
public class RoutingRules {

    static final String DEFAULT_RULES = "referral/routing-rules.yaml";
    private static final int MAX_TEXT = 100_000;

    private final RuleStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile InForce cached;

    RoutingRules(RuleStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rules in force with their version, parsed. */
    record InForce(int version, RoutingRuleSet rules) {
    }

    /** A bad default file stops start-up with the line named; an empty table gets it as version 1. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void loadDefaultsWhenNone() {
        inForce();
    }

    @PreAuthorize("hasRole('ADMIN') or " + Referrals.WORKS_REFERRALS)
    @Transactional
    public RoutingRulesVersion current() {
        return store.latest().orElseGet(this::loadDefaults);
    }

    /** Every version, newest first. */
    @PreAuthorize("hasRole('ADMIN') or " + Referrals.WORKS_REFERRALS)
    @Transactional(readOnly = true)
    public List<RoutingRulesVersion> versions() {
        return store.all();
    }

    /** Publishes the text as the next version; refused, with the line, when it is not a valid rules file. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RoutingRulesVersion publish(String text, String note) {
        InvalidRequest.Check check = new InvalidRequest.Check()
                .require(text != null && !text.isBlank(), "rules", "Enter the rules")
                .require(text == null || text.length() <= MAX_TEXT, "rules", "The rules must be 100,000 characters or fewer")
                .require(note != null && !note.isBlank(), "note", "Enter what changed and why")
                .require(note == null || note.strip().length() <= 500, "note", "The note must be 500 characters or fewer");
        check.throwIfAny();
        try {
            RoutingRuleSet.parse(text).requireHighRiskRouting();
        } catch (RoutingRuleSet.Problem problem) {
            throw InvalidRequest.of("rules", problem.getMessage());
        }
        int version = store.insertNext(text, note.strip(), clock.instant(), SignedInStaff.current().username());
        audit.record(AuditEvent.of("ROUTING_RULES_PUBLISHED", "routing_rules", version));
        return store.latest().orElseThrow();
    }

    /** The rules routing runs on (with nobody signed in), parsed once per version. */
    @Transactional
    InForce inForce() {
        RoutingRulesVersion latest = store.latest().orElseGet(this::loadDefaults);
        InForce known = cached;
        if (known == null || known.version() != latest.version()) {
            known = new InForce(latest.version(), RoutingRuleSet.parse(latest.text()));
            cached = known;
        }
        return known;
    }

    private RoutingRulesVersion loadDefaults() {
        String text = defaultText();
        try {
            RoutingRuleSet.parse(text).requireHighRiskRouting();
        } catch (RoutingRuleSet.Problem problem) {
            throw new IllegalStateException(DEFAULT_RULES + ": " + problem.getMessage(), problem);
        }
        store.insertFirst(text, "The issue's six rules, as shipped", clock.instant(), "system");
        return store.latest().orElseThrow();
    }

    static String defaultText() {
        try (InputStream in = new ClassPathResource(DEFAULT_RULES).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException missing) {
            throw new UncheckedIOException(DEFAULT_RULES + " cannot be read", missing);
        }
    }
}
