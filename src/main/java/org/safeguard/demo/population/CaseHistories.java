package org.safeguard.demo.population;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.safeguard.identity.NewAddress;
import org.safeguard.intake.ImportedIncident;
import org.safeguard.intake.PartyRole;
import org.safeguard.risk.ImportedAssessment;
import org.safeguard.risk.RiskLevel;
import org.safeguard.safeguarding.CaseTask;
import org.safeguard.safeguarding.ContactChannel;
import org.safeguard.offender.CustodyDecision;
import org.safeguard.safeguarding.ImportedCase;
import org.safeguard.safeguarding.rules.ContactWarning;
import org.safeguard.safeguarding.rules.SpecialistHours;
import org.safeguard.safeguarding.rules.SpocAllocation;
import org.safeguard.safeguarding.rules.WorkingDays;

/**
 * The victims' cases behind a batch's domestic abuse incidents, the same every time for the same seed and
 * "as of" instant: one case per victim, holding all their incidents, open unless their last incident was
 * more than 12 months before "as of" (then closed a little after those 12 months). What happened on each
 * case is played through in time order by the safeguarding module's own rules, as the service would have
 * done it live:
 * <ul>
 *   <li>the case opens with the on-call supervisor as SPOC; the victim's first assessed level allocates the
 *       SPOC ({@link SpocAllocation}: high risk to the specialist in the team's hours, otherwise held by the
 *       on-call supervisor and handed over by itself when the team is next on duty; standard and medium to
 *       the assessing officer), a later rise to high moves a case the specialist does not hold, and now and
 *       then (about one case in ten) someone changes the SPOC by hand, with a reason and a handover note;
 *       open tasks move with the SPOC;</li>
 *   <li>tasks: first contact within 1 working day of each high-risk assessment, and after about a third of
 *       the incidents a Victims' Code update within 1 working day of the custody decision (with a review of the
 *       risk when the suspect is released); nearly all done, the odd one late, the recent ones open and a few of
 *       them overdue;</li>
 *   <li>contacts: the SPOC's own (first contact, Victims' Code updates), and after each incident a few more by
 *       the attending officer, the IDVA service (high risk) and children's services (children at home), kept
 *       to at most two different people in any 7 days except in about one case in twenty (more often when the
 *       last incident is in the week before "as of"), which therefore shows the warning
 *       ({@link ContactWarning}).</li>
 * </ul>
 * Victim and incident ids are people's and incidents' numbers in the batch until {@link #withIds} puts
 * the real ones in.
 */
public final class CaseHistories {

    /** A demo sign-in who works cases: who they are, how to reach them, and their agency's name and code. */
    public record Practitioner(String username, String name, String team, String email, String agency,
                               String agencyCode) {
    }

    /** Who does what: the on-call supervisor, the attending officer, the DA specialist, the IDVA, children's services. */
    public record Caseworkers(Practitioner onCallSupervisor, Practitioner officer, Practitioner specialist,
                              Practitioner idva, Practitioner childrensServices) {

        public Caseworkers {
            Objects.requireNonNull(onCallSupervisor, "onCallSupervisor");
            Objects.requireNonNull(officer, "officer");
            Objects.requireNonNull(specialist, "specialist");
            Objects.requireNonNull(idva, "idva");
            Objects.requireNonNull(childrensServices, "childrensServices");
        }

        List<Practitioner> all() {
            return List.of(onCallSupervisor, officer, specialist, idva, childrensServices);
        }
    }

    static final String SYSTEM = "system";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(LONDON);
    private static final double MANUAL_CHANGE = 0.10;
    private static final double CROWDED = 0.05;
    private static final double CROWDED_IN_LAST_WEEK = 0.45;
    private static final double CUSTODY_DECISION = 0.35;
    private static final double LATE = 0.12;
    private static final double LEFT_UNDONE = 0.12;
    /** Tasks left undone are among those due in this time before "as of"; older ones were all done. */
    private static final Duration UNDONE_WITHIN = Duration.ofDays(45);

    static final String FIRST_CONTACT_PURPOSE = "First contact after the risk assessment: safe contact details and a safety plan";
    static final List<String> CLOSING_REASONS = List.of(
            "No further incidents in 12 months; victim supported",
            "No further incidents in 12 months; victim supported and the safety plan ended",
            "No further incidents in 12 months; victim has moved out of the area and was referred to the local service",
            "No further incidents in 12 months; victim declined further support");
    private static final List<String> FIRST_CONTACT_OUTCOMES = List.of(
            "Spoke to the victim on the safe number; code word agreed and a safety plan started",
            "Met the victim at a friend's address; safety plan agreed and referred to the IDVA service",
            "Reached the victim on the second attempt; declined a refuge place, agreed a call each week",
            "Victim did not want support for now; gave them the helpline number and how to reach me",
            "Visited with the attending officer; panic alarm requested and a safety plan agreed");
    private static final List<String> UPDATE_OUTCOMES = List.of(
            "Told the victim by phone and explained what happens next",
            "Told the victim in person; they know to call 999 if the suspect comes near",
            "Left a message on the safe number asking them to call back, then spoke to them the same day",
            "Told the victim by phone; they were relieved and asked for a copy of the conditions");
    private static final List<String> REVIEW_OUTCOMES = List.of(
            "Reviewed the risk with the victim after the release: level unchanged, safety plan updated",
            "Reviewed with the victim; they are staying with family until the hearing",
            "Reviewed: the victim feels safer with the bail conditions; level unchanged",
            "Reviewed with the victim and the IDVA; asked for a marker on the address");
    private static final ContactChannel BY_ROLE = null;
    private static final List<Said> OFFICER_CONTACTS = List.of(
            new Said("Follow-up visit after the incident", "Victim safe at home; photographs of the injuries taken",
                    ContactChannel.IN_PERSON),
            new Said("Took the victim's statement", "Statement taken; victim willing to support a prosecution",
                    ContactChannel.IN_PERSON),
            new Said("Update on the investigation", "Told the victim the suspect will be interviewed this week", BY_ROLE),
            new Said("Welfare check after the call", "No answer at the door; card left and a text sent to the safe number",
                    ContactChannel.IN_PERSON),
            new Said("Follow-up call after the incident", "Victim does not want to make a statement; safety advice given",
                    ContactChannel.PHONE));
    private static final List<Said> IDVA_CONTACTS = List.of(
            new Said("IDVA introduction and offer of support", "Victim accepted IDVA support; next call agreed", BY_ROLE),
            new Said("Safety planning with the IDVA", "Went through the safety plan; victim wants help with housing", BY_ROLE),
            new Said("IDVA support before the MARAC", "Victim's views taken for the MARAC meeting", BY_ROLE),
            new Said("IDVA introduction and offer of support", "Victim not ready to engage; will try again next week",
                    ContactChannel.PHONE));
    private static final List<Said> CHILDRENS_CONTACTS = List.of(
            new Said("Children's services visit about the children at the address", "Children seen and well; school told",
                    ContactChannel.IN_PERSON),
            new Said("Children's services check after the police notification",
                    "Victim agreed to a child and family assessment", BY_ROLE),
            new Said("Children's services call about the children's safety",
                    "No further action for children's services; advice given", ContactChannel.PHONE));
    private static final List<Said> SPOC_CONTACTS = List.of(
            new Said("Check-in call from the SPOC", "Victim doing well; no contact from the abuser", ContactChannel.PHONE),
            new Said("Review of the safety plan", "Safety plan reviewed; alarm fitted and working", ContactChannel.IN_PERSON),
            new Said("Check-in call from the SPOC", "Victim has had messages from the abuser; screenshots to be sent",
                    ContactChannel.PHONE),
            new Said("Review of the safety plan", "Victim moving next month; new address not to be shared", BY_ROLE));
    private static final List<Said> SUPERVISOR_CONTACTS = List.of(
            new Said("Welfare call out of hours", "Victim staying with family tonight; the specialist team will call",
                    ContactChannel.PHONE),
            new Said("Welfare call out of hours", "Victim safe; suspect still in custody", ContactChannel.PHONE));
    private static final List<String> TO_SPECIALIST = List.of(
            "Repeat victim: the specialist team is taking the case",
            "Victim disclosed stalking since the assessment; the specialist team is taking the case");
    private static final List<String> TO_SUPERVISOR = List.of(
            "SPOC on leave for two weeks; the supervisor is covering",
            "SPOC off sick; the supervisor is covering until they are back");
    private static final List<String> TO_OFFICER = List.of(
            "Victim asked to deal with the officer who attended",
            "Caseloads rebalanced in the team");
    private static final List<String> HANDOVER_NOTES = List.of(
            "Call the safe number only, after 6pm; do not leave voicemails",
            "Victim works shifts; text first to arrange a call",
            "The abuser checks the victim's phone: use the code word before talking",
            "Victim is staying with their sister; the address is on the safety plan, not in the notes",
            "Non-molestation order hearing next month; victim wants support at court",
            "Children at the local primary school; the school's safeguarding lead is aware");

    private final long seed;
    private final Instant asOf;
    private final SpecialistHours hours;
    private final WorkingDays workingDays;
    private final SpocAllocation allocation;
    private final ContactWarning warning;
    private final Function<ImportedAssessment, RiskLevel> levelOf;
    private final Caseworkers staff;
    private final Map<String, Practitioner> byUsername = new HashMap<>();
    private final String owningAgency;
    private long nextBatch;

    /**
     * @param levelOf      the final level of an assessment, as the risk module scores it
     * @param owningAgency the code of the agency that owns the cases
     */
    public CaseHistories(long seed, Instant asOf, SpecialistHours hours, WorkingDays workingDays, ContactWarning warning,
                         Function<ImportedAssessment, RiskLevel> levelOf, Caseworkers staff, String owningAgency) {
        this.seed = seed;
        this.asOf = asOf;
        this.hours = hours;
        this.workingDays = workingDays;
        this.allocation = new SpocAllocation(hours);
        this.warning = warning;
        this.levelOf = levelOf;
        this.staff = staff;
        this.owningAgency = owningAgency;
        staff.all().forEach(p -> byUsername.putIfAbsent(p.username(), p));
    }

    /**
     * The cases of the batch's domestic abuse victims, in the order of their first incidents. {@code assessed}
     * are the batch's assessments as {@link DashAnswers#assess} made them, with the batch's numbers as ids.
     */
    public List<ImportedCase> write(Population.Batch batch, IncidentStories.Written written,
                                    List<ImportedAssessment> assessed) {
        SplittableRandom random = new SplittableRandom(seed * 0xC2B2AE3D27D4EB4FL + nextBatch++ * 0x165667B19E3779F9L + 13);
        List<ImportedIncident> incidents = written.incidents();
        List<NewAddress> addresses = new ArrayList<>(batch.addresses());
        addresses.addAll(written.newAddresses());
        Map<Long, List<Integer>> incidentsOf = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        IntStream.range(0, incidents.size()).boxed()
                .sorted(Comparator.comparing((Integer n) -> incidents.get(n).receivedAt()).thenComparing(n -> n))
                .filter(n -> incidents.get(n).domesticAbuse())
                .forEach(n -> incidents.get(n).parties().stream().filter(p -> p.role() == PartyRole.VICTIM)
                        .forEach(victim -> {
                            List<Integer> theirs = incidentsOf.computeIfAbsent(victim.personId(), v -> new ArrayList<>());
                            if (!theirs.contains(n)) {
                                theirs.add(n);
                            }
                            names.putIfAbsent(victim.personId(), victim.name());
                        }));
        Map<Long, List<ImportedAssessment>> assessmentsOf = new HashMap<>();
        assessed.stream().sorted(Comparator.comparing(ImportedAssessment::completedAt)
                        .thenComparing(ImportedAssessment::incidentId))
                .forEach(a -> assessmentsOf.computeIfAbsent(a.victimId(), v -> new ArrayList<>()).add(a));
        List<ImportedCase> cases = new ArrayList<>(incidentsOf.size());
        incidentsOf.forEach((victim, numbers) -> cases.add(new Story(victim, names.get(victim), numbers, incidents,
                assessmentsOf.getOrDefault(victim, List.of()), addresses, random).tell()));
        return cases;
    }

    /** The cases with the ids the person records and incidents were given. */
    public static List<ImportedCase> withIds(List<ImportedCase> cases, long[] incidentIds, long[] personIds) {
        return cases.stream().map(c -> new ImportedCase(personIds[Math.toIntExact(c.victimId())], c.victimName(), c.area(),
                c.openedAt(), c.riskLevel(), c.riskAssessedAt(), c.incidents().stream()
                .map(i -> new ImportedCase.LinkedIncident(incidentIds[Math.toIntExact(i.incidentId())], i.receivedAt()))
                .toList(), c.spocHistory(), c.contacts(), c.tasks(), c.closedAt(), c.closedBy(), c.closedReason(),
                c.owningAgency())).toList();
    }

    /** As intake works out an incident's area: the town of the address, or its postcode district when the town is blank. */
    static String area(NewAddress address) {
        if (address == null) {
            return null;
        }
        return address.town() == null || address.town().isBlank() ? address.postcode().split(" ")[0] : address.town();
    }

    /** What a contact was for and what came of it, and how it was made (null: as the person usually does). */
    private record Said(String purpose, String outcome, ContactChannel channel) {
    }

    private enum EventKind { ASSESSED, DECIDED, CHANGED_BY_HAND, HANDOVER }

    private record Event(Instant at, long order, EventKind kind, ImportedAssessment assessment,
                         CustodyDecision.Decision decision) {
    }

    /** A task while the story is told: its owner moves with the SPOC until it is done. */
    private static final class Work {
        final CaseTask.Kind kind;
        final String title;
        final String purpose;
        final Instant createdAt;
        final Instant dueAt;
        final Instant doneAt;
        final List<String> outcomes;
        Practitioner owner;

        Work(CaseTask.Kind kind, String title, String purpose, Instant createdAt, Instant dueAt, Instant doneAt,
             List<String> outcomes, Practitioner owner) {
            this.kind = kind;
            this.title = title;
            this.purpose = purpose;
            this.createdAt = createdAt;
            this.dueAt = dueAt;
            this.doneAt = doneAt;
            this.outcomes = outcomes;
            this.owner = owner;
        }
    }

    /** One victim's case, told from the first incident to "as of" or the closing. */
    private final class Story {

        private final long victim;
        private final String name;
        private final List<ImportedIncident> theirs;
        private final List<Integer> numbers;
        private final List<ImportedAssessment> assessments;
        private final NewAddress firstAddress;
        private final SplittableRandom random;
        private final PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparing(Event::at)
                .thenComparingLong(Event::order));
        private final List<ImportedCase.SpocEntry> history = new ArrayList<>();
        private final List<Work> work = new ArrayList<>();
        private long order;
        private Practitioner spoc;
        private boolean awaitingHandover;
        private RiskLevel level;
        private Instant assessedAt;
        private boolean closed;

        Story(long victim, String name, List<Integer> numbers, List<ImportedIncident> incidents,
              List<ImportedAssessment> assessments, List<NewAddress> addresses, SplittableRandom random) {
            this.victim = victim;
            this.name = name;
            this.numbers = numbers;
            this.theirs = numbers.stream().map(incidents::get).toList();
            this.assessments = assessments;
            Long slot = theirs.get(0).addressId();
            this.firstAddress = slot == null || slot >= addresses.size() ? null : addresses.get(Math.toIntExact(slot));
            this.random = random;
        }

        ImportedCase tell() {
            Instant openedAt = theirs.get(0).receivedAt();
            Instant lastIncident = theirs.get(theirs.size() - 1).receivedAt();
            closed = lastIncident.isBefore(asOf.atZone(LONDON).minusYears(1).toInstant());
            Instant closedAt = closed ? min(asOf, lastIncident.atZone(LONDON).plusYears(1).toInstant()
                    .plus(Duration.ofMinutes(random.nextLong(21 * 24 * 60)))) : null;
            Instant end = closed ? closedAt : asOf;

            SpocAllocation.Allocation opening = allocation.allocate(null, openedAt, specialists(),
                    staff.onCallSupervisor().username(), null);
            change(byUsername.get(opening.username()), openedAt, SYSTEM, opening.reason(),
                    "Case opened from the incident received " + WHEN.format(openedAt), true, opening.awaitingHandover());

            assessments.forEach(a -> add(a.completedAt(), EventKind.ASSESSED, a, null));
            for (ImportedIncident incident : theirs) {
                boolean suspect = incident.parties().stream().anyMatch(p -> p.role() == PartyRole.SUSPECT);
                if (suspect && random.nextDouble() < CUSTODY_DECISION) {
                    add(incident.receivedAt().plus(Duration.ofMinutes(180 + random.nextLong(27 * 60))), EventKind.DECIDED,
                            null, decision());
                }
            }
            if (random.nextDouble() < MANUAL_CHANGE) {
                long room = Duration.between(openedAt.plus(Duration.ofDays(1)), end.minus(Duration.ofHours(1))).toMinutes();
                if (room > 0) {
                    add(openedAt.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(random.nextLong(room))),
                            EventKind.CHANGED_BY_HAND, null, null);
                }
            }
            while (!events.isEmpty() && !events.peek().at().isAfter(end)) {
                Event event = events.poll();
                switch (event.kind()) {
                    case ASSESSED -> assessed(event.assessment());
                    case DECIDED -> decided(event.at(), event.decision());
                    case CHANGED_BY_HAND -> changedByHand(event.at());
                    case HANDOVER -> handedOver(event.at());
                }
            }

            List<ImportedCase.Task> tasks = new ArrayList<>();
            List<ImportedCase.Contact> contacts = new ArrayList<>();
            for (Work w : work) {
                // A closed case has no open work: anything not done by then was done as it closed.
                Instant doneAt = !closed ? w.doneAt : w.doneAt == null ? end : min(w.doneAt, end);
                ImportedCase.Done done = null;
                if (doneAt != null) {
                    String outcome = pick(w.outcomes);
                    done = new ImportedCase.Done(doneAt, w.owner.username(), outcome);
                    contacts.add(contact(w.owner, doneAt, channelOf(w.owner), w.purpose, outcome));
                }
                tasks.add(new ImportedCase.Task(w.kind, w.title, w.owner.username(), w.owner.team(), w.createdAt, SYSTEM,
                        w.dueAt, done));
            }
            contacts.addAll(otherContacts(end, contacts));
            contacts.removeIf(c -> c.contactedAt().isAfter(end));
            contacts.sort(Comparator.comparing(ImportedCase.Contact::contactedAt));

            return new ImportedCase(victim, name, area(firstAddress), openedAt, level, assessedAt,
                    IntStream.range(0, theirs.size()).mapToObj(i -> new ImportedCase.LinkedIncident(numbers.get(i),
                            theirs.get(i).receivedAt())).toList(),
                    history, contacts, tasks, closedAt, closed ? spoc.username() : null,
                    closed ? pick(CLOSING_REASONS) : null, owningAgency);
        }

        /** The victim's level: the first allocates the SPOC, a rise to high moves it to the specialist team. */
        private void assessed(ImportedAssessment a) {
            RiskLevel before = level;
            level = levelOf.apply(a);
            assessedAt = a.completedAt();
            boolean nowHigh = level == RiskLevel.HIGH && before != RiskLevel.HIGH;
            if (before == null || (nowHigh && !spoc.username().equals(staff.specialist().username()))) {
                String assessor = byUsername.containsKey(a.assessor()) ? a.assessor() : null;
                SpocAllocation.Allocation chosen = allocation.allocate(level, a.completedAt(), specialists(),
                        staff.onCallSupervisor().username(), assessor);
                if (!chosen.username().equals(spoc.username()) || chosen.awaitingHandover() != awaitingHandover) {
                    change(byUsername.get(chosen.username()), a.completedAt(), SYSTEM, chosen.reason(), "Risk assessed "
                            + level.label().toLowerCase() + " by " + a.assessor(), true, chosen.awaitingHandover());
                }
                if (chosen.awaitingHandover()) {
                    // The clock's job runs every few minutes: the handover is within minutes of the team coming on duty.
                    add(hours.nextStart(a.completedAt()).plus(Duration.ofSeconds(random.nextLong(300))), EventKind.HANDOVER,
                            null, null);
                }
            }
            if (level == RiskLevel.HIGH) {
                task(CaseTask.Kind.FIRST_CONTACT, "Contact " + name + ": agree safe contact details and a safety plan",
                        FIRST_CONTACT_PURPOSE, a.completedAt(), FIRST_CONTACT_OUTCOMES);
            }
        }

        /** A custody decision: tell the victim within 1 working day, and on a release review the risk too. */
        private void decided(Instant at, CustodyDecision.Decision decision) {
            task(CaseTask.Kind.VICTIMS_CODE_UPDATE, "Tell " + name + " the suspect was " + decision.words(),
                    "Victims' Code update: the suspect was " + decision.words(), at, UPDATE_OUTCOMES);
            if (decision.release()) {
                task(CaseTask.Kind.REASSESSMENT, "Review the risk assessment of " + name + ": the suspect was "
                        + decision.words(), "Review of the risk now the suspect was " + decision.words(), at, REVIEW_OUTCOMES);
            }
        }

        private void handedOver(Instant at) {
            if (!awaitingHandover) {
                return;
            }
            change(staff.specialist(), at, SYSTEM,
                    "The specialist team is back on duty: high-risk case handed over from the on-call supervisor",
                    "Held out of hours by " + spoc.name() + " since " + WHEN.format(history.get(history.size() - 1).since()),
                    true, false);
        }

        /** Someone changes the SPOC by hand: a supervisor mostly, sometimes the SPOC themselves. */
        private void changedByHand(Instant at) {
            Practitioner to;
            String reason;
            if (spoc == staff.specialist()) {
                to = staff.onCallSupervisor();
                reason = pick(TO_SUPERVISOR);
            } else if (level == RiskLevel.HIGH || random.nextDouble() < 0.4) {
                to = staff.specialist();
                reason = pick(TO_SPECIALIST);
            } else if (spoc == staff.officer()) {
                to = staff.onCallSupervisor();
                reason = pick(TO_SUPERVISOR);
            } else {
                to = staff.officer();
                reason = pick(TO_OFFICER);
            }
            String by = random.nextDouble() < 0.75 ? staff.onCallSupervisor().username() : spoc.username();
            change(to, at, by, reason, pick(HANDOVER_NOTES), false, false);
        }

        /** The SPOC becomes {@code to}; the old SPOC's open tasks go with the case. */
        private void change(Practitioner to, Instant at, String by, String reason, String note, boolean automatic,
                            boolean awaiting) {
            if (spoc != null) {
                for (Work w : work) {
                    if (w.owner == spoc && (w.doneAt == null || w.doneAt.isAfter(at))) {
                        w.owner = to;
                    }
                }
            }
            history.add(new ImportedCase.SpocEntry(to.username(), to.name(), to.team(), to.email(), at, by, reason, note,
                    automatic, awaiting));
            spoc = to;
            awaitingHandover = awaiting;
        }

        /**
         * A task for the SPOC, due 1 working day after {@code at}: mostly done in time, the odd one late; one due
         * lately may not be done yet, and one that would be done after "as of" is still open.
         */
        private void task(CaseTask.Kind kind, String title, String purpose, Instant at, List<String> outcomes) {
            Instant due = workingDays.plus(at, 1);
            Instant doneAt;
            if (!closed && due.isAfter(asOf.minus(UNDONE_WITHIN)) && random.nextDouble() < LEFT_UNDONE) {
                doneAt = null;
            } else if (random.nextDouble() < LATE) {
                doneAt = due.plus(Duration.ofMinutes(60 + random.nextLong(3 * 24 * 60)));
            } else {
                // Mostly soon after it was set.
                double soon = random.nextDouble() * random.nextDouble();
                doneAt = at.plus(Duration.ofMinutes(20 + (long) (soon * Math.max(60, Duration.between(at, due).toMinutes() - 20))));
            }
            // Work is done in the daytime, which may make it late.
            doneAt = doneAt == null ? null : daytime(doneAt);
            if (doneAt != null && doneAt.isAfter(asOf)) {
                doneAt = null;
            }
            work.add(new Work(kind, title, purpose, at, due, doneAt, outcomes, spoc));
        }

        /**
         * After each incident a follow-up by the attending officer (always after the first), maybe the IDVA (high
         * risk) and children's services (children at home), and later a check-in by the SPOC, in the daytime; no
         * more than four different people on a case, and at most two in any 7 days unless the case is one of the
         * few where too many people call, which then has three or four in the week after its last incident.
         */
        private List<ImportedCase.Contact> otherContacts(Instant end, List<ImportedCase.Contact> kept) {
            List<ImportedCase.Contact> all = new ArrayList<>(kept);
            List<ImportedCase.Contact> added = new ArrayList<>();
            ImportedIncident last = theirs.get(theirs.size() - 1);
            boolean crowded = random.nextDouble() < (last.receivedAt().isAfter(asOf.minus(Duration.ofDays(7)))
                    ? CROWDED_IN_LAST_WEEK : CROWDED);
            for (ImportedIncident incident : theirs) {
                Instant t = incident.receivedAt();
                List<ImportedCase.Contact> offered = new ArrayList<>();
                if (incident == theirs.get(0) || random.nextDouble() < 0.5) {
                    offered.add(contact(staff.officer(), daytime(after(t, 4, 72)), pick(OFFICER_CONTACTS)));
                }
                if (levelAt(t.plus(Duration.ofHours(2))) == RiskLevel.HIGH && random.nextDouble() < 0.6) {
                    offered.add(contact(staff.idva(), daytime(after(t, 24, 8 * 24)), pick(IDVA_CONTACTS)));
                }
                if (incident.childrenLiving() > 0 && random.nextDouble() < 0.45) {
                    offered.add(contact(staff.childrensServices(), daytime(after(t, 48, 21 * 24)), pick(CHILDRENS_CONTACTS)));
                }
                if (random.nextDouble() < 0.3) {
                    Instant at = daytime(after(t, 10 * 24, 45 * 24));
                    Practitioner holder = spocAt(at);
                    offered.add(contact(holder, at, pick(holder == staff.onCallSupervisor() && !hours.onDuty(at)
                            ? SUPERVISOR_CONTACTS : SPOC_CONTACTS)));
                }
                offered.sort(Comparator.comparing(ImportedCase.Contact::contactedAt));
                for (ImportedCase.Contact contact : offered) {
                    boolean newcomer = all.stream().noneMatch(c -> c.madeBy().equals(contact.madeBy()));
                    long people = all.stream().map(ImportedCase.Contact::madeBy).distinct().count();
                    if (!contact.contactedAt().isAfter(end) && !(newcomer && people >= 4)
                            && (crowded || !crowds(all, contact))) {
                        all.add(contact);
                        added.add(contact);
                    }
                }
            }
            long room = Duration.between(last.receivedAt(), end).toMinutes();
            if (crowded && room > 120) {
                long span = Math.min(room, 6 * 24 * 60);
                List<Practitioner> people = new ArrayList<>(List.of(staff.officer(), staff.idva(), staff.childrensServices()));
                if (random.nextBoolean()) {
                    people.add(staff.specialist());
                }
                for (Practitioner person : people) {
                    Instant at = daytime(last.receivedAt().plus(Duration.ofMinutes(30 + random.nextLong(span - 30))));
                    added.add(contact(person, at, pick(person == staff.officer() ? OFFICER_CONTACTS
                            : person == staff.idva() ? IDVA_CONTACTS
                            : person == staff.childrensServices() ? CHILDRENS_CONTACTS : SPOC_CONTACTS)));
                }
            }
            return added;
        }

        /** Whether adding the contact would make more than the allowed people in some window of the warning. */
        private boolean crowds(List<ImportedCase.Contact> kept, ImportedCase.Contact candidate) {
            List<ContactWarning.Contact> all = new ArrayList<>();
            kept.forEach(c -> all.add(new ContactWarning.Contact(c.madeBy(), c.contactedAt())));
            all.add(new ContactWarning.Contact(candidate.madeBy(), candidate.contactedAt()));
            // A window that holds the candidate ends at it or at a later contact.
            return all.stream().map(ContactWarning.Contact::at).filter(at -> !at.isBefore(candidate.contactedAt()))
                    .anyMatch(at -> warning.check(all, at).isPresent());
        }

        private RiskLevel levelAt(Instant at) {
            RiskLevel found = null;
            for (ImportedAssessment a : assessments) {
                if (!a.completedAt().isAfter(at)) {
                    found = levelOf.apply(a);
                }
            }
            return found;
        }

        private Practitioner spocAt(Instant at) {
            ImportedCase.SpocEntry holder = history.get(0);
            for (ImportedCase.SpocEntry entry : history) {
                if (!entry.since().isAfter(at)) {
                    holder = entry;
                }
            }
            return byUsername.get(holder.username());
        }

        private ImportedCase.Contact contact(Practitioner by, Instant at, Said said) {
            return contact(by, at, said.channel() == null ? channelOf(by) : said.channel(), said.purpose(), said.outcome());
        }

        private ImportedCase.Contact contact(Practitioner by, Instant at, ContactChannel channel, String purpose,
                                             String outcome) {
            Instant recorded = at.plus(Duration.ofMinutes(5 + random.nextLong(180)));
            return new ImportedCase.Contact(by.username(), by.name(), by.agency(), by.agencyCode(), at, channel, purpose,
                    outcome, recorded.isAfter(asOf) ? max(at, asOf) : recorded);
        }

        private CustodyDecision.Decision decision() {
            double u = random.nextDouble();
            return u < 0.35 ? CustodyDecision.Decision.RELEASED_ON_BAIL
                    : u < 0.60 ? CustodyDecision.Decision.RELEASED_UNDER_INVESTIGATION
                    : u < 0.75 ? CustodyDecision.Decision.CHARGED
                    : u < 0.90 ? CustodyDecision.Decision.RELEASED_WITHOUT_CHARGE
                    : CustodyDecision.Decision.REMANDED;
        }

        private Instant after(Instant t, long fromHours, long toHours) {
            return t.plus(Duration.ofMinutes(fromHours * 60 + random.nextLong((toHours - fromHours) * 60)));
        }

        /** The time, or when it is at night (20:00 to 08:00 UK time) the next morning, between 08:00 and 11:00. */
        private Instant daytime(Instant t) {
            ZonedDateTime uk = t.atZone(LONDON);
            if (uk.getHour() >= 8 && uk.getHour() < 20) {
                return t;
            }
            LocalDate day = uk.getHour() < 8 ? uk.toLocalDate() : uk.toLocalDate().plusDays(1);
            return ZonedDateTime.of(day, LocalTime.of(8, 0), LONDON).toInstant()
                    .plus(Duration.ofMinutes(random.nextLong(180)));
        }

        /** How each of them usually gets in touch. */
        private ContactChannel channelOf(Practitioner by) {
            double u = random.nextDouble();
            if (by == staff.idva()) {
                return u < 0.6 ? ContactChannel.PHONE : u < 0.85 ? ContactChannel.IN_PERSON : u < 0.95 ? ContactChannel.TEXT
                        : ContactChannel.VIDEO;
            } else if (by == staff.childrensServices()) {
                return u < 0.6 ? ContactChannel.IN_PERSON : u < 0.9 ? ContactChannel.PHONE : ContactChannel.LETTER;
            } else if (by == staff.officer()) {
                return u < 0.5 ? ContactChannel.IN_PERSON : u < 0.9 ? ContactChannel.PHONE : ContactChannel.TEXT;
            }
            return u < 0.65 ? ContactChannel.PHONE : u < 0.9 ? ContactChannel.IN_PERSON : ContactChannel.VIDEO;
        }

        private void add(Instant at, EventKind kind, ImportedAssessment assessment, CustodyDecision.Decision decision) {
            events.add(new Event(at, order++, kind, assessment, decision));
        }

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }
    }

    private List<SpocAllocation.Candidate> specialists() {
        return List.of(new SpocAllocation.Candidate(staff.specialist().username(), 0));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
