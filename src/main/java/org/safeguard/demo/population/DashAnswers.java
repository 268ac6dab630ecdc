package org.safeguard.demo.population;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.safeguard.intake.Grade;
import org.safeguard.intake.ImportedIncident;
import org.safeguard.intake.PartyRole;
import org.safeguard.risk.Answer;
import org.safeguard.risk.Assessment.GivenAnswer;
import org.safeguard.risk.ImportedAssessment;
import org.safeguard.risk.Instrument;
import org.safeguard.risk.Question;
import org.safeguard.risk.RiskLevel;

/**
 * The completed risk assessments (the main instrument, DASH, and its supplements) that officers record
 * for the victims of a batch's domestic abuse incidents, the same every time for the same seed and "as
 * of" instant. Most victims are assessed, 20 minutes to 2 hours after the call; fewer when nobody was
 * sent. How many Yes answers an assessment has follows {@link AnswerChances}; a victim who has said Yes
 * to something that "ever" happened often says it again at a later incident with the same abuser. About a
 * quarter of assessments leave one to four questions not asked, each with the reason; a few are raised
 * one level on professional judgement, with the rationale. The stalking questions are asked when the
 * victim says the abuser keeps contacting or following them, the honour-based abuse questions rarely.
 */
public final class DashAnswers {

    /** A demo officer who completes assessments: sign-in, name as shown, and team. */
    public record Assessor(String username, String name, String team) {
    }

    static final String STALKING = "SDASH";
    static final String HONOUR_BASED_ABUSE = "HBA";
    static final String STALKING_TRIGGER = "dash-13";
    private static final Duration EARLIEST = Duration.ofMinutes(20);
    private static final Duration LATEST = Duration.ofMinutes(120);
    private static final double ASSESSED = 0.93;
    private static final double ASSESSED_WITHOUT_DEPLOYMENT = 0.6;
    private static final double SOME_NOT_ASKED = 0.24;
    /** The chance a victim who said Yes to something that "ever" happened, with this abuser, says Yes again. */
    private static final double SAID_AGAIN = 0.6;
    /** Questions a victim may not want to answer, or an officer not ask, with someone listening. */
    private static final Set<String> SENSITIVE = Set.of("dash-04", "dash-05", "dash-07", "dash-08", "dash-16",
            "dash-17", "dash-20", "dash-24");

    /** Why questions were not asked; an interview that stopped leaves its last questions, one that skipped some the sensitive ones. */
    private record Interruption(String reason, boolean stopped) {
    }

    private static final List<Interruption> INTERRUPTIONS = List.of(
            new Interruption("Suspect present in the room", false),
            new Interruption("Victim declined to answer", false),
            new Interruption("Children in the room; not asked in front of them", false),
            new Interruption("Victim too distressed to continue", true),
            new Interruption("Victim intoxicated", true),
            new Interruption("Interpreter not available", true),
            new Interruption("Victim left before the questions were finished", true));

    private static final List<String> LOW_VIEWS = List.of(
            "It was just an argument that got out of hand",
            "I don't want them in trouble, I just want it to stop",
            "I'm not scared of them, I only needed help tonight",
            "Things had been better lately, this was a one-off");
    private static final List<String> MIDDLE_VIEWS = List.of(
            "I don't know what they'll do next",
            "It keeps getting worse and I can't live like this",
            "I want to leave but I've got nowhere to go",
            "Everyone thinks they're lovely, nobody sees what it's like at home");
    private static final List<String> HIGH_VIEWS = List.of(
            "I think one day they will kill me",
            "They said nobody would ever find me",
            "I can't sleep, I keep checking the doors",
            "I'm terrified of what happens when they find out I called you");

    private final long seed;
    private final Instant asOf;
    private final Instrument main;
    private final String[] questionIds;
    private final boolean[] ever;
    private final double[] notKnown;
    private final Instrument stalking;
    private final Instrument honour;
    private final int mediumFrom;
    private final int highFrom;
    private final List<Assessor> assessors;
    private long nextBatch;

    /**
     * @param instruments the main instrument, then its supplements (those this class does not know are left unasked)
     * @param mediumFrom  Yes answers from which the suggested level is medium; {@code highFrom} likewise high
     * @param assessors   who may complete them; the first, the attending officer, completes most
     */
    public DashAnswers(long seed, Instant asOf, List<Instrument> instruments, int mediumFrom, int highFrom,
                       List<Assessor> assessors) {
        if (instruments.isEmpty() || assessors.isEmpty()) {
            throw new IllegalArgumentException("Assessments need an instrument and an assessor");
        }
        this.seed = seed;
        this.asOf = asOf;
        this.main = instruments.get(0);
        List<Question> questions = main.questions();
        this.questionIds = new String[questions.size()];
        this.ever = new boolean[questions.size()];
        this.notKnown = new double[questions.size()];
        for (int q = 0; q < questions.size(); q++) {
            questionIds[q] = questions.get(q).id();
            ever[q] = q < 64 && AnswerChances.EVER.contains(questionIds[q]);
            notKnown[q] = questions.get(q).accepts(Answer.NOT_KNOWN) ? AnswerChances.notKnown(questionIds[q]) : 0;
        }
        this.stalking = supplement(instruments, STALKING);
        this.honour = supplement(instruments, HONOUR_BASED_ABUSE);
        this.mediumFrom = mediumFrom;
        this.highFrom = highFrom;
        this.assessors = List.copyOf(assessors);
    }

    /**
     * The assessments of a batch's incidents, victims of each in time order. Until {@link #withIds} puts the
     * real ids in, an assessment's incident id is the incident's number in {@code incidents} and its victim id
     * the person's number in the batch, as in the incidents.
     */
    public List<ImportedAssessment> assess(List<ImportedIncident> incidents) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + nextBatch++ * 0xBF58476D1CE4E5B9L + 11);
        History history = new History();
        List<ImportedAssessment> assessed = new ArrayList<>();
        int[] inTimeOrder = IntStream.range(0, incidents.size()).boxed()
                .sorted(Comparator.comparing((Integer n) -> incidents.get(n).receivedAt()).thenComparing(n -> n))
                .mapToInt(Integer::intValue).toArray();
        for (int number : inTimeOrder) {
            ImportedIncident incident = incidents.get(number);
            if (!incident.domesticAbuse()) {
                continue;
            }
            Long suspect = incident.parties().stream().filter(p -> p.role() == PartyRole.SUSPECT)
                    .map(ImportedIncident.Party::personId).findFirst().orElse(null);
            for (ImportedIncident.Party victim : victims(incident)) {
                AnswerChances.Facts facts = history.facts(incident, victim.personId(), suspect);
                Instant completedAt = completedAt(incident, random);
                if (completedAt != null && random.nextDouble() < (incident.grade() == Grade.RESOLVED_WITHOUT_DEPLOYMENT
                        ? ASSESSED_WITHOUT_DEPLOYMENT : ASSESSED)) {
                    assessed.add(assessment(number, incident, victim, suspect, facts, completedAt, history, random));
                }
                history.record(victim.personId(), suspect);
            }
        }
        return assessed;
    }

    /**
     * The final level of one of these assessments as the risk module scores it: the suggested level from the
     * main instrument's Yes answers and the bands, or the level chosen on professional judgement when higher.
     */
    public RiskLevel levelOf(ImportedAssessment assessment) {
        int yes = 0;
        for (GivenAnswer answer : assessment.answers()) {
            yes += answer.instrumentCode().equals(main.code()) && answer.answer() == Answer.YES ? 1 : 0;
        }
        RiskLevel suggested = yes >= highFrom ? RiskLevel.HIGH : yes >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.STANDARD;
        return assessment.judgement() != null && assessment.judgement().isAbove(suggested) ? assessment.judgement() : suggested;
    }

    /** The assessments with the ids the incidents and person records were given. */
    public static List<ImportedAssessment> withIds(List<ImportedAssessment> assessments, long[] incidentIds,
                                                   long[] personIds) {
        return assessments.stream().map(a -> new ImportedAssessment(incidentIds[Math.toIntExact(a.incidentId())],
                personIds[Math.toIntExact(a.victimId())], a.victimName(), a.instrumentCode(), a.instrumentVersion(),
                a.answers(), a.victimView(), a.judgement(), a.judgementRationale(), a.assessor(), a.assessorName(),
                a.assessorTeam(), a.completedAt())).toList();
    }

    private ImportedAssessment assessment(int number, ImportedIncident incident, ImportedIncident.Party victim,
                                          Long suspect, AnswerChances.Facts facts, Instant completedAt, History history,
                                          SplittableRandom random) {
        double severity = AnswerChances.severity(facts, history.couple(victim.personId(), suspect, random), random);
        Answer[] answers = new Answer[questionIds.length];
        long saidBefore = history.saidYes(victim.personId(), suspect);
        for (int q = 0; q < answers.length; q++) {
            if (ever[q] && (saidBefore & 1L << q) != 0 && random.nextDouble() < SAID_AGAIN) {
                answers[q] = Answer.YES;
            } else if (random.nextDouble() < notKnown[q]) {
                answers[q] = Answer.NOT_KNOWN;
            } else {
                answers[q] = random.nextDouble() < AnswerChances.yes(questionIds[q], facts, severity) ? Answer.YES : Answer.NO;
            }
        }
        String[] notAsked = notAsked(facts, random);
        List<GivenAnswer> given = new ArrayList<>();
        int yes = 0;
        long saidNow = 0;
        boolean stalked = false;
        for (int q = 0; q < answers.length; q++) {
            if (notAsked[q] != null) {
                given.add(new GivenAnswer(main.code(), questionIds[q], Answer.NOT_ASKED, notAsked[q]));
            } else {
                given.add(new GivenAnswer(main.code(), questionIds[q], answers[q], null));
                boolean said = answers[q] == Answer.YES;
                yes += said ? 1 : 0;
                saidNow |= said && ever[q] ? 1L << q : 0;
                stalked |= said && questionIds[q].equals(STALKING_TRIGGER);
            }
        }
        history.sayYes(victim.personId(), suspect, saidNow);
        if (stalking != null && stalked) {
            stalking.questions().forEach(q -> given.add(new GivenAnswer(stalking.code(), q.id(),
                    supplementAnswer(q, AnswerChances.stalkingYes(q.id(), facts, severity), random), null)));
        }
        if (honour != null && random.nextDouble() < (facts.partners() ? 0.015 : 0.06)) {
            honour.questions().forEach(q -> given.add(new GivenAnswer(honour.code(), q.id(),
                    supplementAnswer(q, AnswerChances.honourYes(facts, severity), random), null)));
        }
        RiskLevel suggested = yes >= highFrom ? RiskLevel.HIGH : yes >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.STANDARD;
        String rationale = raise(suggested, yes, facts, given, random);
        RiskLevel judgement = rationale == null ? null : RiskLevel.values()[suggested.ordinal() + 1];
        Assessor assessor = assessor(incident, random);
        return new ImportedAssessment(number, victim.personId(), victim.name(), main.code(), main.version(), given,
                victimView(suggested, random), judgement, rationale, assessor.username(), assessor.name(),
                assessor.team(), completedAt);
    }

    /** For each question, the reason it was not asked, or null when it was. */
    private String[] notAsked(AnswerChances.Facts facts, SplittableRandom random) {
        String[] reasons = new String[questionIds.length];
        if (random.nextDouble() >= SOME_NOT_ASKED) {
            return reasons;
        }
        double u = random.nextDouble();
        int count = Math.min(questionIds.length, u < 0.45 ? 1 : u < 0.75 ? 2 : u < 0.9 ? 3 : 4);
        Interruption why = INTERRUPTIONS.get(random.nextInt(INTERRUPTIONS.size()));
        if (why.reason().startsWith("Children") && facts.childrenPresent() == 0) {
            why = INTERRUPTIONS.get(0);
        }
        if (why.stopped()) {
            for (int q = questionIds.length - count; q < questionIds.length; q++) {
                reasons[q] = why.reason();
            }
            return reasons;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int q = 0; q < questionIds.length; q++) {
            if (SENSITIVE.contains(questionIds[q])) {
                candidates.add(q);
            }
        }
        if (candidates.size() < count) {
            candidates = IntStream.range(0, questionIds.length).boxed().toList();
        }
        List<Integer> left = new ArrayList<>(candidates);
        for (int n = 0; n < count; n++) {
            reasons[left.remove(random.nextInt(left.size()))] = why.reason();
        }
        return reasons;
    }

    private static Answer supplementAnswer(Question question, double yes, SplittableRandom random) {
        if (random.nextDouble() < 0.04 && question.accepts(Answer.NOT_KNOWN)) {
            return Answer.NOT_KNOWN;
        }
        return random.nextDouble() < yes ? Answer.YES : Answer.NO;
    }

    /**
     * The rationale for raising the level one step on professional judgement, or null to keep the suggested
     * level: seldom, more often when the count is just short of the next band or something grave was said.
     */
    private String raise(RiskLevel suggested, int yes, AnswerChances.Facts facts, List<GivenAnswer> given,
                         SplittableRandom random) {
        if (suggested == RiskLevel.HIGH) {
            return null;
        }
        boolean strangled = said(given, "dash-20");
        boolean grave = strangled || facts.threatToLife() || facts.weapon();
        int nextFrom = suggested == RiskLevel.MEDIUM ? highFrom : mediumFrom;
        double chance = (nextFrom - yes <= 2 ? 0.06 : 0.008) + (grave ? 0.03 : 0);
        if (random.nextDouble() >= chance) {
            return null;
        }
        if (strangled) {
            return "Strangulation disclosed; the risk is higher than the count shows";
        } else if (facts.threatToLife()) {
            return "Threat to kill made at this incident and the victim believes it";
        } else if (facts.weapon()) {
            return "Weapon used at this incident";
        } else if (facts.earlierIncidents() >= 2) {
            return "Repeated call-outs; the abuse is escalating";
        } else if (said(given, "dash-06")) {
            return "Victim has just separated and the abuser will not accept it";
        }
        return "Victim's account and demeanour suggest more risk than the answers show";
    }

    private static boolean said(List<GivenAnswer> given, String questionId) {
        for (GivenAnswer answer : given) {
            if (answer.questionId().equals(questionId)) {
                return answer.answer() == Answer.YES;
            }
        }
        return false;
    }

    /** In the victim's words, mostly in keeping with the answers; sometimes nothing was written down. */
    private static String victimView(RiskLevel suggested, SplittableRandom random) {
        if (random.nextDouble() < 0.25) {
            return null;
        }
        List<List<String>> byLevel = List.of(LOW_VIEWS, MIDDLE_VIEWS, HIGH_VIEWS);
        List<String> views = byLevel.get(random.nextDouble() < 0.3 ? random.nextInt(3) : suggested.ordinal());
        return views.get(random.nextInt(views.size()));
    }

    /** The officer who closed the incident half the time when they assess; otherwise mostly the attending officer. */
    private Assessor assessor(ImportedIncident incident, SplittableRandom random) {
        if (incident.closedBy() != null && random.nextBoolean()) {
            for (Assessor assessor : assessors) {
                if (assessor.username().equals(incident.closedBy())) {
                    return assessor;
                }
            }
        }
        return random.nextDouble() < 0.75 ? assessors.get(0) : assessors.get(random.nextInt(assessors.size()));
    }

    /** 20 minutes to 2 hours after the call, mostly within the first hour; null when that is after "as of". */
    private Instant completedAt(ImportedIncident incident, SplittableRandom random) {
        long room = Math.min(LATEST.toSeconds(), Duration.between(incident.receivedAt(), asOf).toSeconds());
        if (room < EARLIEST.toSeconds()) {
            return null;
        }
        double spread = random.nextDouble() * random.nextDouble();
        return incident.receivedAt().plusSeconds(EARLIEST.toSeconds() + (long) (spread * (room - EARLIEST.toSeconds())));
    }

    private static List<ImportedIncident.Party> victims(ImportedIncident incident) {
        List<ImportedIncident.Party> victims = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (ImportedIncident.Party party : incident.parties()) {
            if (party.role() == PartyRole.VICTIM && seen.add(party.personId())) {
                victims.add(party);
            }
        }
        return victims;
    }

    private static Instrument supplement(List<Instrument> instruments, String code) {
        return instruments.stream().skip(1).filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    /** What the batch's earlier incidents say about a victim and a suspect, counted in time order. */
    private static final class History {

        private final Map<Long, Integer> incidentsAgainst = new HashMap<>();
        private final Map<Long, Set<Long>> victimsOf = new HashMap<>();
        private final Map<String, Double> couples = new HashMap<>();
        private final Map<String, Long> saidYes = new HashMap<>();

        AnswerChances.Facts facts(ImportedIncident incident, long victim, Long suspect) {
            Set<Long> abused = suspect == null ? Set.of() : victimsOf.getOrDefault(suspect, Set.of());
            return new AnswerChances.Facts(incident.weapon(), incident.injury(), incident.threatToLife(),
                    incident.childrenLiving(), incident.childrenPresent(),
                    incident.childAges().stream().anyMatch(age -> age < 2), incident.relationship(),
                    incidentsAgainst.getOrDefault(victim, 0), abused.size() - (abused.contains(victim) ? 1 : 0));
        }

        void record(long victim, Long suspect) {
            incidentsAgainst.merge(victim, 1, Integer::sum);
            if (suspect != null) {
                victimsOf.computeIfAbsent(suspect, s -> new HashSet<>()).add(victim);
            }
        }

        /** How bad this couple's abuse is in general, drawn when they are first assessed. */
        double couple(long victim, Long suspect, SplittableRandom random) {
            return couples.computeIfAbsent(victim + "/" + suspect, k -> random.nextGaussian());
        }

        long saidYes(long victim, Long suspect) {
            return saidYes.getOrDefault(victim + "/" + suspect, 0L);
        }

        void sayYes(long victim, Long suspect, long questions) {
            saidYes.merge(victim + "/" + suspect, questions, (a, b) -> a | b);
        }
    }
}
