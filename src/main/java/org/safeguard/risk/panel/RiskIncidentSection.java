package org.safeguard.risk.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguard.access.AccessDecision;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordType;
import org.safeguard.access.Role;
import org.safeguard.access.Visibility;
import org.safeguard.access.SignedInStaff;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentSection;
import org.safeguard.intake.IncidentSectionContributor;
import org.safeguard.intake.PartyRedaction;
import org.safeguard.intake.PartyRole;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.RiskLevel;
import org.safeguard.risk.store.AssessmentStore;
import org.safeguard.shell.UkTime;
import org.springframework.stereotype.Component;

/**
 * The "Risk assessment" section of a domestic abuse incident's page: for each victim, the assessment at
 * this incident (completed, with level and MARAC criteria; in progress; or not done, with a button to
 * start it) and a link to their risk over time.
 */
@Component
class RiskIncidentSection implements IncidentSectionContributor {

    private final AssessmentStore store;
    private final UkTime time;

    private final RecordAccess access;

    RiskIncidentSection(AssessmentStore store, UkTime time, RecordAccess access) {
        this.access = access;
        this.store = store;
        this.time = time;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<IncidentSection> sectionFor(Incident incident) {
        if (!incident.domesticAbuse() || incident.partiesIn(PartyRole.VICTIM).isEmpty()) {
            return Optional.empty();
        }
        SignedInStaff viewer = SignedInStaff.current();
        boolean mayAssess = viewer.holds(Role.OFFICER) || viewer.holds(Role.SUPERVISOR) || viewer.holds(Role.DA_SPECIALIST)
                || viewer.holds(Role.PARTNER) || viewer.holds(Role.IDVA);
        boolean police = viewer.holds(Role.OFFICER) || viewer.holds(Role.SUPERVISOR) || viewer.holds(Role.DA_SPECIALIST)
                || viewer.holds(Role.CALL_HANDLER);
        // Partners see their own agency's assessments here, never the police's or a reviewer's reasons.
        List<Assessment> here = store.forIncident(incident.id()).stream()
                .filter(a -> police || viewer.agencyCode().equals(store.owningAgency(a.id()))).toList();
        java.util.Map<Long, String> reassessments = !police ? java.util.Map.of()
                : store.openReassessments(incident.partiesIn(PartyRole.VICTIM).stream().map(Incident.Party::personId).toList());
        List<IncidentSection.Line> lines = new ArrayList<>();
        List<IncidentSection.Action> actions = new ArrayList<>();
        for (Incident.Party party : incident.partiesIn(PartyRole.VICTIM)) {
            AccessDecision decision = access.decide(RecordType.INCIDENT, party.personId());
            if (decision.locked() || decision.of(FieldGroup.RISK) == Visibility.EXISTS_ONLY) {
                lines.add(new IncidentSection.Line(decision.locked() ? "Restricted record" : party.name(),
                        "The victim's risk is not shown to you.", null, null, "Request access",
                        "/people/" + party.personId()));
                continue;
            }
            Incident.Party victim = decision.sees(FieldGroup.IDENTITY) ? party : new Incident.Party(party.personId(),
                    party.role(), PartyRedaction.initialAndFamilyName(party.name()), null, null);
            boolean levelOnly = !decision.sees(FieldGroup.RISK);
            Optional<Assessment> latest = here.stream().filter(a -> a.victimId() == victim.personId())
                    .reduce((first, second) -> second);
            if (latest.isEmpty()) {
                lines.add(new IncidentSection.Line(victim.name(), "No risk assessment at this incident yet.",
                        "Not assessed", "grey", "Risk over time", "/risk/people/" + victim.personId()));
                if (mayAssess) {
                    actions.add(new IncidentSection.Action("Assess risk (DASH) for " + victim.name(),
                            "/incidents/" + incident.id() + "/risk-assessments", "victimId",
                            Long.toString(victim.personId())));
                }
            } else if (levelOnly) {
                lines.add(new IncidentSection.Line(victim.name(), latest.get().completed() ? "Level of risk only."
                        : "An assessment is in progress.", latest.get().completed() ? latest.get().finalLevel().label()
                        + " risk" : "In progress", latest.get().completed() ? colour(latest.get().finalLevel()) : "blue",
                        null, null));
            } else if (!latest.get().completed()) {
                Assessment draft = store.find(latest.get().id()).orElseThrow();
                long answered = draft.answers().stream().filter(a -> a.instrumentCode().equals(draft.instrumentCode())).count();
                lines.add(new IncidentSection.Line(victim.name(), answered + " questions answered, started "
                        + time.moment(draft.startedAt()) + " by " + draft.assessorName() + ".", "In progress", "blue",
                        "Continue the assessment", "/risk/assessments/" + draft.id()));
            } else {
                Assessment done = latest.get();
                String criteria = done.criteria().isEmpty() ? "No MARAC criterion met."
                        : "MARAC criteria met: " + String.join(", ", done.criteriaInWords()) + ".";
                lines.add(new IncidentSection.Line(victim.name(), done.yesCount() + " Yes of " + done.questionsTotal()
                        + " (" + done.instrumentLabel() + ")" + (done.raisedByJudgement()
                        ? ", raised from " + done.suggestedLevel().label().toLowerCase() + " on professional judgement" : "")
                        + ". " + criteria + " Assessed " + time.moment(done.completedAt()) + " by " + done.assessorName() + ".",
                        done.finalLevel().label() + " risk", colour(done.finalLevel()), "View the assessment",
                        "/risk/assessments/" + done.id()));
                if (reassessments.containsKey(victim.personId())) {
                    lines.add(new IncidentSection.Line(victim.name(), reassessments.get(victim.personId()),
                            "Re-assessment due", "orange", null, null));
                    if (mayAssess) {
                        actions.add(new IncidentSection.Action("Assess risk again for " + victim.name(),
                                "/incidents/" + incident.id() + "/risk-assessments", "victimId",
                                Long.toString(victim.personId())));
                    }
                }
            }
        }
        return Optional.of(new IncidentSection("Risk assessment", lines, actions));
    }

    static String colour(RiskLevel level) {
        return switch (level) {
            case HIGH -> "red";
            case MEDIUM -> "orange";
            case STANDARD -> "green";
        };
    }
}
