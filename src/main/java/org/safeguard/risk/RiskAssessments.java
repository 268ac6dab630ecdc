package org.safeguard.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.access.AccessDecision;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordLocked;
import org.safeguard.access.RecordType;
import org.safeguard.access.Restriction;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.Visibility;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.PartyRole;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.risk.instrument.InstrumentLibrary;
import org.safeguard.risk.rules.EscalationRule;
import org.safeguard.risk.rules.RiskScoring;
import org.safeguard.risk.store.AssessmentStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk module's API for assessing a victim at an incident: start (or resume) an assessment, save
 * answers part-way, complete it, read it, and the victim's risk over time. Completing scores it with
 * {@link RiskScoring} (Yes count, suggested level, professional judgement that may raise and never
 * lower, MARAC criteria with potential escalation counted from the incident history) and publishes
 * {@link RiskAssessed}. Every read and write is audited. Partners and IDVAs reach only assessments of
 * incidents their own agency recorded.
 */
@Service
public class RiskAssessments {

    static final String ASSESSES = "hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST','PARTNER','IDVA')";
    static final String READS_RISK = "hasAnyRole('CALL_HANDLER','OFFICER','SUPERVISOR','DA_SPECIALIST','IDVA','MARAC_COORDINATOR')";
    private static final int MAX_REASON = 500;
    private static final int MAX_TEXT = 4000;

    private final AssessmentStore store;
    private final InstrumentLibrary library;
    private final RiskSettings settings;
    private final RiskScoring scoring;
    private final EscalationRule escalation;
    private final Incidents incidents;
    private final IncidentHistory history;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RecordAccess access;

    RiskAssessments(AssessmentStore store, InstrumentLibrary library, RiskSettings settings, RiskScoring scoring,
                    EscalationRule escalation, Incidents incidents, IncidentHistory history, AuditTrail audit,
                    ApplicationEventPublisher events, Clock clock, RecordAccess access) {
        this.store = store;
        this.library = library;
        this.settings = settings;
        this.scoring = scoring;
        this.escalation = escalation;
        this.incidents = incidents;
        this.history = history;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.access = access;
    }

    /**
     * Starts an assessment of the victim at the incident with the instrument in use (or, from a partner
     * system, another main instrument by its code), or returns the one already in progress.
     */
    @PreAuthorize(ASSESSES)
    @Transactional
    public Assessment start(long incidentId, long victimId, String instrumentCode) {
        SignedInStaff assessor = SignedInStaff.current();
        Incident incident = incidents.incident(incidentId);
        if (!incident.domesticAbuse()) {
            throw InvalidRequest.of("incident", "A domestic abuse risk assessment is made at a domestic abuse incident; "
                    + incident.reference() + " is recorded as not domestic abuse");
        }
        Incident.Party victim = incident.partiesIn(PartyRole.VICTIM).stream().filter(p -> p.personId() == victimId)
                .findFirst().orElseThrow(() -> InvalidRequest.of("victimId",
                        "Choose a victim of " + incident.reference() + ": that person is not a victim on this incident"));
        Instrument main = mainInstrument(instrumentCode);
        Optional<Long> inProgress = store.draftFor(incidentId, victimId);
        if (inProgress.isPresent()) {
            return store.find(inProgress.get()).orElseThrow();
        }
        List<String> supplements = settings.supplements().stream()
                .map(code -> library.latest(code).orElseThrow().label()).toList();
        Optional<Long> inserted = store.insertDraft(new AssessmentStore.NewDraft(incidentId, victimId, victim.name(),
                main.code(), main.version(), supplements, assessor.username(), assessor.getDisplayName(),
                assessor.getTeamName(), clock.instant(), assessor.agencyCode()));
        if (inserted.isEmpty()) {
            // Started by someone else (or a second click) a moment ago.
            return store.find(store.draftFor(incidentId, victimId).orElseThrow()).orElseThrow();
        }
        long id = inserted.get();
        audit.record(AuditEvent.of("RISK_ASSESSMENT_STARTED", "assessment", id));
        return store.find(id).orElseThrow();
    }

    private Instrument mainInstrument(String code) {
        if (code == null || code.isBlank()) {
            return library.latest(settings.instrument()).orElseThrow();
        }
        return library.latest(code.strip().toUpperCase())
                .filter(i -> i.purpose() == Instrument.Purpose.MAIN)
                .orElseThrow(() -> InvalidRequest.of("instrument", "Use one of the risk checklists: "
                        + String.join(", ", library.all().stream().filter(i -> i.purpose() == Instrument.Purpose.MAIN)
                        .map(Instrument::code).distinct().toList())));
    }

    /** Saves answers part-way; {@code version} is the version the user opened (a stale one is refused). */
    @PreAuthorize(ASSESSES)
    @Transactional
    public Assessment save(long id, int version, AssessmentAnswers typed) {
        Assessment draft = editable(id);
        apply(draft, version, typed);
        audit.record(AuditEvent.of("RISK_ASSESSMENT_SAVED", "assessment", id));
        return store.find(id).orElseThrow();
    }

    /**
     * Saves any last answers and completes the assessment: every question of the main instrument must be
     * answered (or marked not asked, with the reason). {@code judgementLevel} (standard, medium or high;
     * blank for the suggested level) may raise the level with {@code rationale}; lowering it is refused.
     */
    @PreAuthorize(ASSESSES)
    @Transactional
    public Assessment complete(long id, int version, AssessmentAnswers typed, String judgementLevel, String rationale) {
        Assessment draft = editable(id);
        apply(draft, version, typed == null ? AssessmentAnswers.none() : typed);
        Assessment saved = store.find(id).orElseThrow();
        Instrument main = instrument(saved.instrumentCode(), saved.instrumentVersion());
        InvalidRequest.Check check = new InvalidRequest.Check();
        int number = 0;
        for (Question question : main.questions()) {
            number++;
            check.require(saved.answerTo(question.id()).isPresent(), question.id(),
                    "Answer question " + number + " (" + question.wording() + "), or say why it was not asked");
        }
        RiskLevel judgement = RiskLevel.named(judgementLevel);
        check.require(judgementLevel == null || judgementLevel.isBlank() || judgement != null, "judgementLevel",
                "Choose standard, medium or high, or leave the suggested level");
        check.require(rationale == null || rationale.length() <= MAX_TEXT, "judgementRationale",
                "The rationale must be 4,000 characters or fewer");
        check.throwIfAny();
        Incident incident = incidents.incident(saved.incidentId());
        RiskScoring.Score score = scoring.score(mainAnswers(saved, main), main.questions().size(),
                callOuts(saved.victimId(), incident.receivedAt()), judgement, rationale);
        Instant now = clock.instant();
        boolean done = store.complete(id, saved.version(), new AssessmentStore.Completion(score.yesCount(), score.asked(),
                score.questions(), score.allAsked(), supplementYes(saved), score.suggested(), score.finalLevel(),
                score.raisedByJudgement() ? rationale.strip() : null, score.criteria(), score.callOuts(), now));
        if (!done) {
            throw new ConcurrentEdit("This risk assessment");
        }
        store.closeReassessments(saved.victimId(), id, now);
        audit.record(AuditEvent.of("RISK_ASSESSMENT_COMPLETED", "assessment", id));
        events.publishEvent(new RiskAssessed(id, saved.victimId(), saved.victimName(), saved.incidentId(), score.finalLevel(),
                score.suggested(), score.criteria(), now, saved.assessor(), score.allAsked()));
        return store.find(id).orElseThrow();
    }

    /**
     * Starts (or resumes), saves and, when {@code complete}, completes an assessment in one go, for partner
     * systems: refused as a whole, nothing kept, when any part is refused.
     */
    @PreAuthorize(ASSESSES)
    @Transactional
    public Assessment submit(long incidentId, long victimId, String instrumentCode, AssessmentAnswers typed,
                             boolean complete, String judgementLevel, String rationale) {
        Optional<Long> inProgress = store.draftFor(incidentId, victimId);
        if (inProgress.isPresent()) {
            throw new ConcurrentEdit("An assessment of this victim at this incident is in progress (assessment "
                    + inProgress.get() + "): continue it with its version rather than starting one; it");
        }
        Assessment draft = start(incidentId, victimId, instrumentCode);
        return complete ? complete(draft.id(), draft.version(), typed, judgementLevel, rationale)
                : save(draft.id(), draft.version(), typed);
    }

    /** The assessment with its instruments and what its answers give, as its pages show it. */
    @PreAuthorize(ASSESSES + " or " + READS_RISK)
    @Transactional
    public AssessmentView view(long id) {
        Assessment assessment = readable(id);
        Visibility risk = riskShownOf(assessment);
        audit.record(AuditEvent.of("RISK_ASSESSMENT_VIEWED", "assessment", id));
        AssessmentView view = viewOf(assessment);
        return risk == Visibility.SEEN ? view : AssessmentRedaction.levelOnly(view);
    }

    AssessmentView viewOf(Assessment assessment) {
        Instrument main = instrument(assessment.instrumentCode(), assessment.instrumentVersion());
        List<Instrument> supplements = assessment.supplements().stream().map(this::instrumentLabelled).toList();
        AssessmentView.Preview preview;
        if (assessment.completed()) {
            preview = new AssessmentView.Preview(assessment.yesCount(), assessment.questionsAsked(),
                    assessment.questionsTotal(), assessment.suggestedLevel(), assessment.callOuts(),
                    assessment.criteriaInWords(), assessment.supplementYes());
        } else {
            Incident incident = incidents.incident(assessment.incidentId());
            RiskScoring.Score score = scoring.score(mainAnswers(assessment, main), main.questions().size(),
                    callOuts(assessment.victimId(), incident.receivedAt()), null, null);
            preview = new AssessmentView.Preview(score.yesCount(), score.asked(), score.questions(), score.suggested(),
                    score.callOuts(), score.criteria().stream().sorted().map(MaracCriterion::label).toList(),
                    supplementYes(assessment));
        }
        return new AssessmentView(assessment, main, supplements, preview, store.incidentReference(assessment.incidentId()),
                store.openReassessments(List.of(assessment.victimId())).get(assessment.victimId()), null, false);
    }

    /** Every completed assessment of the victim, newest first, with what changed; the first is the current level. */
    @PreAuthorize(READS_RISK)
    @Transactional
    public RiskTimeline timeline(long victimId) {
        boolean levelsOnly = AssessmentRedaction.riskShown(access.requireReadable(RecordType.PERSON, victimId))
                != Visibility.SEEN;
        List<Map.Entry<Assessment, String>> completed = store.completedFor(victimId, onlyAgencyFor(SignedInStaff.current()));
        audit.record(AuditEvent.of("RISK_TIMELINE_VIEWED", "person", victimId));
        List<RiskTimeline.Entry> entries = new ArrayList<>();
        for (int i = 0; i < completed.size(); i++) {
            RiskLevel previous = i + 1 < completed.size() ? completed.get(i + 1).getKey().finalLevel() : null;
            Assessment assessment = completed.get(i).getKey();
            entries.add(new RiskTimeline.Entry(levelsOnly ? AssessmentRedaction.levelOnly(assessment) : assessment,
                    previous, completed.get(i).getValue()));
        }
        String name = completed.isEmpty() ? null : completed.get(0).getKey().victimName();
        return new RiskTimeline(victimId, name, entries);
    }

    /** The victim's current level (the newest completed assessment's final level), if ever assessed. */
    @PreAuthorize(READS_RISK + " or hasRole('ANALYST')")
    @Transactional
    public Optional<Assessment> current(long victimId) {
        audit.record(AuditEvent.of("RISK_LEVEL_VIEWED", "person", victimId));
        String onlyAgency = onlyAgencyFor(SignedInStaff.current());
        return store.completedFor(victimId, onlyAgency).stream().map(Map.Entry::getKey).findFirst();
    }

    /**
     * Open re-assessments (a dip-sample reviewer judged a level too low), the signed-in user's own first,
     * then oldest first. Completing any new assessment of the victim closes them.
     */
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST')")
    @Transactional
    public List<ReassessmentDue> reassessmentsDue() {
        String me = SignedInStaff.current().username();
        audit.record(AuditEvent.of("REASSESSMENTS_LISTED", "assessment", null));
        return store.openReassessments(500).stream()
                .map(r -> new ReassessmentDue(r.id(), r.victimId(), r.victimName(), r.incidentId(), r.reference(),
                        r.reason(), r.owner(), r.requestedAt()))
                .sorted(java.util.Comparator.comparing((ReassessmentDue r) -> !r.owner().equals(me)))
                .toList();
    }

    /** Domestic abuse call-outs for the victim in the escalation window ending at the incident, it included. */
    int callOuts(long victimId, Instant incidentReceived) {
        List<Instant> times = history.victimCallOutTimes(List.of(victimId), escalation.windowStart(incidentReceived))
                .getOrDefault(victimId, List.of());
        return escalation.count(incidentReceived, times);
    }

    private Assessment editable(long id) {
        Assessment assessment = readable(id);
        if (riskShownOf(assessment) != Visibility.SEEN) {
            throw new RecordLocked(access.decide(RecordType.PERSON, assessment.victimId()));
        }
        if (assessment.completed()) {
            throw new ConcurrentEdit("This risk assessment (now completed)");
        }
        return assessment;
    }

    /** Police staff see every agency's assessments; partners and IDVAs only their own agency's (null: all). */
    private static String onlyAgencyFor(SignedInStaff reader) {
        return isPolice(reader) ? null : reader.agencyCode();
    }

    static boolean isPolice(SignedInStaff reader) {
        return reader.holds(Role.OFFICER) || reader.holds(Role.SUPERVISOR) || reader.holds(Role.DA_SPECIALIST)
                || reader.holds(Role.CALL_HANDLER) || reader.holds(Role.MARAC_COORDINATOR);
    }

    /**
     * How much of the victim's risk the reader may see on this assessment: all of it for its assessor (they asked the
     * questions), otherwise as the victim's person record decides ({@link RecordLocked} when not even the level).
     */
    private Visibility riskShownOf(Assessment assessment) {
        AccessDecision decision = access.requireReadable(RecordType.PERSON, assessment.victimId());
        boolean closedByRule = decision.restricted(Restriction.STAFF_INVOLVED) || decision.restricted(Restriction.RESTRICTED_VICTIM);
        if (!closedByRule && SignedInStaff.current().username().equalsIgnoreCase(assessment.assessor())) {
            return Visibility.SEEN;
        }
        return AssessmentRedaction.riskShown(decision);
    }

    private Assessment readable(long id) {
        Assessment assessment = store.find(id).orElseThrow(() -> new RecordNotFound("assessment", id));
        SignedInStaff reader = SignedInStaff.current();
        if (!isPolice(reader) && !reader.agencyCode().equals(store.owningAgency(id))) {
            throw new AccessDeniedException("Partners see only their own agency's assessments");
        }
        return assessment;
    }

    /** Checks the typed answers against the assessment's instruments, then saves them on the version given. */
    private void apply(Assessment draft, int version, AssessmentAnswers typed) {
        if (draft.version() != version) {
            // Before anything else: answers typed over someone else's newer ones must never replace them.
            throw new ConcurrentEdit("This risk assessment");
        }
        Map<String, Instrument> byQuestion = new LinkedHashMap<>();
        Instrument main = instrument(draft.instrumentCode(), draft.instrumentVersion());
        main.questions().forEach(q -> byQuestion.put(q.id(), main));
        for (String label : draft.supplements()) {
            Instrument supplement = instrumentLabelled(label);
            supplement.questions().forEach(q -> byQuestion.putIfAbsent(q.id(), supplement));
        }
        InvalidRequest.Check check = new InvalidRequest.Check();
        List<Assessment.GivenAnswer> answers = new ArrayList<>();
        typed.answers().forEach((questionId, text) -> {
            Instrument instrument = byQuestion.get(questionId);
            if (instrument == null) {
                check.require(false, questionId, "There is no question " + questionId + " in " + main.label()
                        + (draft.supplements().isEmpty() ? "" : " or " + String.join(", ", draft.supplements())));
                return;
            }
            Question question = instrument.question(questionId).orElseThrow();
            Answer answer = Answer.named(text);
            if (answer == null || !question.accepts(answer)) {
                check.require(false, questionId, "Answer '" + question.wording() + "' with "
                        + String.join(", ", question.options().stream().map(Answer::label).toList()) + " or Not asked");
                return;
            }
            String reason = typed.notAskedReasons().get(questionId);
            reason = reason == null || reason.isBlank() ? null : reason.strip();
            if (answer == Answer.NOT_ASKED) {
                check.require(reason != null, questionId + "-reason", "Say why '" + question.wording() + "' was not asked");
                check.require(reason == null || reason.length() <= MAX_REASON, questionId + "-reason",
                        "The reason must be 500 characters or fewer");
            }
            answers.add(new Assessment.GivenAnswer(instrument.code(), questionId, answer,
                    answer == Answer.NOT_ASKED ? reason : null));
        });
        check.require(typed.victimView() == null || typed.victimView().length() <= MAX_TEXT, "victimView",
                "The victim's view must be 4,000 characters or fewer");
        check.throwIfAny();
        String view = typed.victimView() == null ? null : typed.victimView().strip();
        if (!store.touchDraft(draft.id(), version, view == null || view.isEmpty() ? null : view,
                typed.victimView() != null, clock.instant())) {
            throw new ConcurrentEdit("This risk assessment");
        }
        answers.forEach(answer -> store.putAnswer(draft.id(), answer));
    }

    private static List<Answer> mainAnswers(Assessment assessment, Instrument main) {
        return assessment.answers().stream().filter(a -> a.instrumentCode().equals(main.code()))
                .map(Assessment.GivenAnswer::answer).toList();
    }

    private static int supplementYes(Assessment assessment) {
        return (int) assessment.answers().stream()
                .filter(a -> !a.instrumentCode().equals(assessment.instrumentCode()) && a.answer() == Answer.YES).count();
    }

    private Instrument instrument(String code, int version) {
        return library.find(code, version).orElseThrow(() -> new IllegalStateException(
                "The assessment uses " + code + " v" + version + ", which no instrument file has"));
    }

    /** "SDASH v1" to its instrument. */
    private Instrument instrumentLabelled(String label) {
        String[] parts = label.split(" v");
        return instrument(parts[0], Integer.parseInt(parts[1]));
    }
}
