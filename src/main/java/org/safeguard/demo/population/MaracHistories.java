package org.safeguard.demo.population;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.safeguard.demo.population.Population.PersonRecordDraft;
import org.safeguard.intake.ImportedIncident;
import org.safeguard.intake.PartyRole;
import org.safeguard.marac.ImportedMaracCase;
import org.safeguard.marac.MaracArea;
import org.safeguard.risk.ImportedAssessment;
import org.safeguard.risk.RiskLevel;
import org.safeguard.safeguarding.ImportedCase;

/**
 * The MARAC hearings of a batch's high-risk victims over the 15 months before "as of", the same every time for the
 * same seed, "as of" and MARACs (its own random numbers: the other generators draw theirs as before). A victim whose
 * risk was assessed high in that time is referred to the MARAC covering the town of their case a few hours later and
 * heard at the first of its monthly meetings at least a week on with space (never over its capacity, counting the
 * cases the meetings already have), if one was held before "as of". About one in four is referred again within 12
 * months of that hearing and heard again: a repeat, linked to the earlier hearing (SafeLives). Each case carries the
 * victim's sex and age at referral from their record, the children living in the household at the incident, the
 * perpetrators (the incident's suspects), the equality fields at low, realistic rates with some not recorded, the
 * referring agency (mostly the police), the IDVA's account and the minutes, and an action plan of one to three
 * actions, most done, a few cancelled, some still open and overdue.
 * <p>
 * Person ids are people's numbers in the batch (its records, then the incident's children) until {@link #withIds}
 * puts the real ones in; a repeat names its earlier hearing by its place in the list, which comes first.
 */
public final class MaracHistories {

    /** Who owns the actions of each agency: the demo's specialist, IDVA and children's services worker. */
    public record Owners(String police, String idva, String childrensServices) {

        public Owners {
            Objects.requireNonNull(police, "police");
            Objects.requireNonNull(idva, "idva");
            Objects.requireNonNull(childrensServices, "childrensServices");
        }
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Period LOOK_BACK = Period.ofMonths(15);
    /** The least time between referral and hearing: each agency's research. */
    static final Duration RESEARCH_TIME = Duration.ofDays(7);
    static final double HEARD_AGAIN = 0.25;
    private static final double POLICE_REFERRAL = 0.78;
    private static final List<String> PARTNER_REFERRERS = List.of("IDVA_SERVICE", "HEALTH", "CHILDRENS_SERVICES",
            "HOUSING", "ADULT_SOCIAL_CARE", "PROBATION");
    private static final double BME_RECORDED = 0.85;
    private static final double BME = 0.13;
    private static final double LGBT_RECORDED = 0.7;
    private static final double LGBT = 0.04;
    private static final double DISABILITY_RECORDED = 0.8;
    private static final double DISABILITY = 0.12;
    private static final List<String> IDVA_ACCOUNTS = List.of(
            "The victim wants the abuse to stop but is not ready to support a prosecution; worried about the children.",
            "The victim is frightened the perpetrator will find out about the meeting; wants housing options explored.",
            "The victim has engaged well with the IDVA and wants help with a non-molestation order.",
            "The victim was not reachable before the meeting; the IDVA speaks from the last contact a week ago.",
            "The victim feels safer since the perpetrator's arrest but fears their release on bail.");
    private static final List<String> MINUTES = List.of(
            "Agencies shared what they hold. Risk remains high; actions agreed to increase the victim's safety.",
            "Research shows escalation over the last three months. Actions agreed on housing, the children and bail.",
            "Discussed the perpetrator's history with previous partners; actions agreed on disclosure and safety planning.",
            "Health and the police hold recent contacts; actions agreed to share with the GP and flag the victim's records.");
    private static final List<Planned> POLICE_ACTIONS = List.of(
            new Planned("Place a warning marker for an urgent police response to the victim's home", 7),
            new Planned("Review the perpetrator's bail conditions with the officer in the case", 14),
            new Planned("Consider a right to know disclosure about the perpetrator's history", 21));
    private static final List<Planned> IDVA_ACTIONS = List.of(
            new Planned("Support the victim to apply for a non-molestation order", 21),
            new Planned("Refer the victim to the sanctuary scheme for target hardening", 14),
            new Planned("Update the safety plan with the victim and share it with the SPOC", 7));
    private static final List<Planned> CHILDRENS_ACTIONS = List.of(
            new Planned("Check the children's welfare and tell the school's safeguarding lead", 14),
            new Planned("Consider a child and family assessment", 28));
    private static final List<String> DONE_OUTCOMES = List.of("Done as agreed", "Done; the victim was told",
            "Done and shared with the MARAC coordinator");

    private final long seed;
    private final Instant asOf;
    private final List<MaracArea> areas;
    private final Map<Long, Map<Instant, Integer>> listed = new HashMap<>();
    private final Function<ImportedAssessment, RiskLevel> levelOf;
    private final Owners owners;
    private long nextBatch;

    /**
     * @param areas   the MARACs the victims are heard at (the first covering a case's town hears it)
     * @param already the cases each of their meetings already has, by area id and the meeting's time
     * @param levelOf the final level of an assessment, as the risk module scores it
     */
    public MaracHistories(long seed, Instant asOf, List<MaracArea> areas, Map<Long, Map<Instant, Integer>> already,
                          Function<ImportedAssessment, RiskLevel> levelOf, Owners owners) {
        this.seed = seed;
        this.asOf = asOf;
        this.areas = List.copyOf(areas);
        already.forEach((area, meetings) -> listed.put(area, new HashMap<>(meetings)));
        this.levelOf = levelOf;
        this.owners = owners;
    }

    /**
     * The hearings of the batch's victims, in the order of their cases, each repeat straight after the hearing it
     * repeats. {@code cases} and {@code assessed} are as {@link CaseHistories#write} and {@link DashAnswers#assess}
     * made them, with the batch's numbers as ids.
     */
    public List<ImportedMaracCase> write(Population.Batch batch, IncidentStories.Written written, List<ImportedCase> cases,
                                         List<ImportedAssessment> assessed) {
        SplittableRandom random = new SplittableRandom(seed * 0x94D049BB133111EBL + nextBatch++ * 0x2545F4914F6CDD1DL + 29);
        List<PersonRecordDraft> people = new ArrayList<>(batch.records());
        people.addAll(written.children());
        Map<Long, List<ImportedAssessment>> highOf = new HashMap<>();
        Instant from = asOf.atZone(LONDON).minus(LOOK_BACK).toInstant();
        assessed.stream().filter(a -> a.completedAt().isAfter(from) && levelOf.apply(a) == RiskLevel.HIGH)
                .sorted(Comparator.comparing(ImportedAssessment::completedAt))
                .forEach(a -> highOf.computeIfAbsent(a.victimId(), v -> new ArrayList<>()).add(a));
        List<ImportedMaracCase> hearings = new ArrayList<>();
        for (ImportedCase c : cases) {
            List<ImportedAssessment> high = highOf.get(c.victimId());
            Optional<MaracArea> area = areas.stream().filter(a -> a.covers(c.area())).findFirst();
            if (high == null || area.isEmpty()) {
                continue;
            }
            ImportedAssessment first = high.get(0);
            ImportedIncident incident = written.incidents().get(Math.toIntExact(first.incidentId()));
            PersonRecordDraft victim = people.get(Math.toIntExact(c.victimId()));
            Instant referred = first.completedAt().plus(Duration.ofMinutes(30 + random.nextLong(6 * 60)));
            Optional<ImportedMaracCase> heard = hear(area.get(), c, victim, incident, referred, null, random);
            if (heard.isEmpty()) {
                continue;
            }
            hearings.add(heard.get());
            if (random.nextDouble() < HEARD_AGAIN) {
                int earlier = hearings.size() - 1;
                // Any abuse within 12 months of the hearing brings the case back, whatever the threshold.
                Instant again = heard.get().heardAt().plus(Duration.ofDays(14 + random.nextLong(330)));
                hear(area.get(), c, victim, incident, again, earlier, random).ifPresent(hearings::add);
            }
        }
        return hearings;
    }

    /** The hearings with the ids the person records were given. */
    public static List<ImportedMaracCase> withIds(List<ImportedMaracCase> hearings, long[] personIds) {
        return hearings.stream().map(h -> new ImportedMaracCase(h.areaName(), h.heardAt(),
                personIds[Math.toIntExact(h.victimId())], h.victimName(),
                h.perpetratorIds().stream().map(p -> personIds[Math.toIntExact(p)]).toList(), h.referredAt(),
                h.referringAgency(), h.riskLevel(), h.children(), h.victimSex(), h.victimAge(), h.victimBme(),
                h.victimLgbt(), h.victimDisability(), h.repeatOf(), h.idvaSummary(), h.caseMinutes(), h.actions()))
                .toList();
    }

    /** The victim heard at the first meeting with space a week or more after the referral, if one was before "as of". */
    private Optional<ImportedMaracCase> hear(MaracArea area, ImportedCase c, PersonRecordDraft victim,
                                             ImportedIncident incident, Instant referred, Integer repeatOf,
                                             SplittableRandom random) {
        Map<Instant, Integer> meetings = listed.computeIfAbsent(area.id(), a -> new HashMap<>());
        Instant meeting = nextMeeting(area, referred.plus(RESEARCH_TIME));
        while (meeting.isBefore(asOf) && meetings.getOrDefault(meeting, 0) >= area.capacity()) {
            meeting = nextMeeting(area, meeting.plusSeconds(1));
        }
        if (!meeting.isBefore(asOf)) {
            return Optional.empty();
        }
        meetings.merge(meeting, 1, Integer::sum);
        int children = incident.childrenLiving();
        List<Long> perpetrators = incident.parties().stream().filter(p -> p.role() == PartyRole.SUSPECT)
                .map(ImportedIncident.Party::personId).distinct().toList();
        String sex = victim.sex() == null ? null : victim.sex().name();
        Integer age = victim.dateOfBirth() == null ? null
                : (int) ChronoUnit.YEARS.between(victim.dateOfBirth(), referred.atZone(LONDON).toLocalDate());
        return Optional.of(new ImportedMaracCase(area.name(), meeting, c.victimId(), c.victimName(), perpetrators,
                referred, random.nextDouble() < POLICE_REFERRAL ? "POLICE" : pick(PARTNER_REFERRERS, random), "HIGH",
                children, sex, age, recorded(BME_RECORDED, BME, random), recorded(LGBT_RECORDED, LGBT, random),
                recorded(DISABILITY_RECORDED, DISABILITY, random), repeatOf, pick(IDVA_ACCOUNTS, random),
                pick(MINUTES, random), actions(meeting, children, random)));
    }

    /** One to three actions for the police, the IDVA and (with children at home) children's services. */
    private List<ImportedMaracCase.Action> actions(Instant heard, int children, SplittableRandom random) {
        List<ImportedMaracCase.Action> actions = new ArrayList<>();
        actions.add(action(pick(POLICE_ACTIONS, random), "POLICE", owners.police(), heard, random));
        if (random.nextDouble() < 0.7) {
            actions.add(action(pick(IDVA_ACTIONS, random), "IDVA_SERVICE", owners.idva(), heard, random));
        }
        if (children > 0 && random.nextDouble() < 0.8) {
            actions.add(action(pick(CHILDRENS_ACTIONS, random), "CHILDRENS_SERVICES", owners.childrensServices(), heard,
                    random));
        }
        return actions;
    }

    /** Due some days after the meeting; done by "as of" mostly, now and then cancelled, otherwise still open. */
    private ImportedMaracCase.Action action(Planned planned, String agency, String owner, Instant heard,
                                            SplittableRandom random) {
        LocalDate heardOn = heard.atZone(LONDON).toLocalDate();
        LocalDate due = heardOn.plusDays(planned.days());
        double u = random.nextDouble();
        if (u < 0.04) {
            return new ImportedMaracCase.Action(planned.description(), agency, owner, due, "CANCELLED", null, null);
        }
        Instant doneAt = heard.plus(Duration.ofHours(20 + random.nextLong((planned.days() + 5) * 24L)));
        if (u < 0.84 && doneAt.isBefore(asOf)) {
            return new ImportedMaracCase.Action(planned.description(), agency, owner, due, "DONE", doneAt,
                    pick(DONE_OUTCOMES, random));
        }
        return new ImportedMaracCase.Action(planned.description(), agency, owner, due, "OPEN", null, null);
    }

    /** The area's first meeting at or after the instant: the nth weekday of the month at its time, UK time. */
    static Instant nextMeeting(MaracArea area, Instant notBefore) {
        LocalDate month = notBefore.atZone(LONDON).toLocalDate().withDayOfMonth(1);
        while (true) {
            LocalDate day = month.with(TemporalAdjusters.dayOfWeekInMonth(area.weekOfMonth(), area.dayOfWeek()));
            Instant at = ZonedDateTime.of(day, area.startsAt(), LONDON).toInstant();
            if (!at.isBefore(notBefore)) {
                return at;
            }
            month = month.plusMonths(1);
        }
    }

    /** True or false at the rate, or null (not recorded) for the rest. */
    private static Boolean recorded(double recordedRate, double rate, SplittableRandom random) {
        return random.nextDouble() < recordedRate ? random.nextDouble() < rate : null;
    }

    private static <T> T pick(List<T> from, SplittableRandom random) {
        return from.get(random.nextInt(from.size()));
    }

    /** An action the MARAC often agrees, and how many days after the meeting it is due. */
    private record Planned(String description, int days) {
    }
}
