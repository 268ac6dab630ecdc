package org.safeguard.demo.population;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.safeguard.demo.population.Cast.Home;
import org.safeguard.demo.population.Cast.Person;
import org.safeguard.intake.Channel;
import org.safeguard.intake.Grade;
import org.safeguard.intake.ImportedIncident;
import org.safeguard.intake.OffenceGroup;
import org.safeguard.intake.PartyRole;

/**
 * How an occurrence reads once it is recorded: who called and from which number (the victim, a
 * neighbour, family, a partner agency, an online form), the address and phone as they were typed,
 * the immediate risk (more often as a story goes on), the grade, the children living there and
 * present, a summary, and whether it has been closed by now. Recorded by the demo call handler and
 * closed by the demo officer, or the supervisor when it needed one.
 */
final class CallTaker {

    static final String CALL_HANDLER = "call.handler";
    static final String OFFICER = "officer";
    static final String SUPERVISOR = "supervisor";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration RECENT = Duration.ofDays(14);
    private static final List<String[]> REFERRERS = List.of(
            new String[] {"IDVA service duty worker", "01632 960400"},
            new String[] {"Children's services MASH", "01632 960410"},
            new String[] {"Health visitor", "01632 960420"},
            new String[] {"Housing options officer", "01632 960430"});

    private final Cast cast;
    private final SplittableRandom random;
    private final Instant asOf;

    CallTaker(Cast cast, SplittableRandom random, Instant asOf) {
        this.cast = cast;
        this.random = random;
        this.asOf = asOf;
    }

    /** The incident as recorded; its person ids are people's numbers in the batch, its address id the slot. */
    ImportedIncident record(Occurrence o) {
        LocalDate day = o.at().atZone(LONDON).toLocalDate();
        Caller caller = caller(o);
        boolean weapon = random.nextDouble() < (o.domesticAbuse() ? Math.min(0.2, 0.05 + 0.015 * o.step()) : 0.02);
        boolean injury = random.nextDouble() < (o.domesticAbuse() ? Math.min(0.5, 0.15 + 0.04 * o.step()) : 0.05);
        boolean threatToLife = o.domesticAbuse() && random.nextDouble() < Math.min(0.12, 0.03 + 0.01 * o.step());
        Grade grade = grade(o, caller.channel(), weapon || threatToLife);

        List<Person> living = o.children().stream().filter(c -> !c.born().isAfter(day) && c.ageOn(day) < 18).toList();
        int present = !living.isEmpty() && o.domesticAbuse() && random.nextDouble() < 0.6 ? 1 + random.nextInt(living.size()) : 0;
        List<ImportedIncident.Party> parties = new ArrayList<>();
        parties.add(party(o.victim(), PartyRole.VICTIM, 0.8, 0.5));
        if (o.suspect() != null) {
            parties.add(party(o.suspect(), PartyRole.SUSPECT, 0.6, 0.15));
        }
        o.witnesses().forEach(w -> parties.add(party(w, PartyRole.WITNESS, 0.5, 0.2)));
        living.subList(0, present).forEach(c -> parties.add(new ImportedIncident.Party(c.ref(), PartyRole.CHILD, c.name(),
                c.born(), null)));
        boolean both16 = o.suspect() != null && o.victim().agedAtLeast(16, day) && o.suspect().agedAtLeast(16, day);

        Instant closedAt = closedAt(o.at(), grade);
        boolean supervisor = grade == Grade.IMMEDIATE || weapon || threatToLife;
        return new ImportedIncident(o.at(), caller.channel(), caller.name(), caller.phone(),
                AsTyped.location(o.place().address(), random), (long) o.place().slot(), o.relationship(), both16,
                o.domesticAbuse(), present, living.size(), living.stream().map(c -> c.ageOn(day)).toList(),
                weapon, injury, threatToLife, grade, Summaries.of(o, random, weapon, injury, threatToLife, present > 0),
                CALL_HANDLER, closedAt, closedAt == null ? null : supervisor ? SUPERVISOR : OFFICER, parties,
                offences(o, weapon, injury, threatToLife, both16));
    }

    /**
     * The offences recorded on a domestic abuse incident, following what happened: about four in ten record
     * none (a domestic incident without a crime). Drawn from a random of the incident's own, so adding them
     * changed nothing else the generator makes.
     */
    private static List<OffenceGroup> offences(Occurrence o, boolean weapon, boolean injury, boolean threatToLife,
                                               boolean both16) {
        if (!o.domesticAbuse() || o.suspect() == null || !both16) {
            return List.of();
        }
        SplittableRandom own = new SplittableRandom(o.at().toEpochMilli() * 31 + o.victim().ref());
        List<OffenceGroup> offences = new ArrayList<>();
        if (threatToLife) {
            offences.add(own.nextDouble() < 0.35 ? OffenceGroup.STRANGULATION : OffenceGroup.THREATS_TO_KILL);
        }
        if (injury) {
            offences.add(weapon && own.nextDouble() < 0.3 ? OffenceGroup.SERIOUS_WOUNDING : OffenceGroup.ASSAULT_WITH_INJURY);
        } else if (own.nextDouble() < 0.35) {
            offences.add(OffenceGroup.COMMON_ASSAULT);
        }
        if (own.nextDouble() < 0.03) {
            offences.add(OffenceGroup.SEXUAL_OFFENCE);
        }
        if (o.step() >= 2 && own.nextDouble() < 0.15) {
            offences.add(OffenceGroup.CONTROLLING_OR_COERCIVE_BEHAVIOUR);
        }
        if (o.step() >= 1 && own.nextDouble() < Math.min(0.2, 0.04 * o.step())) {
            offences.add(own.nextBoolean() ? OffenceGroup.BREACH_OF_ORDER : OffenceGroup.HARASSMENT);
        }
        if (o.kind() == Occurrence.Kind.FORMER_PARTNER_ABUSE && own.nextDouble() < 0.1) {
            offences.add(OffenceGroup.STALKING);
        }
        if (own.nextDouble() < 0.08) {
            offences.add(OffenceGroup.CRIMINAL_DAMAGE);
        }
        return offences;
    }

    private record Caller(Channel channel, String name, String phone) {
    }

    /** Mostly the victim; otherwise a neighbour, family, the suspect, a passer-by, a partner agency or a web form. */
    private Caller caller(Occurrence o) {
        double u = random.nextDouble();
        if (!o.domesticAbuse()) {
            return u < 0.65 ? byPhone(o.victim()) : u < 0.9 ? byPhone(neighbourOf(o.place().home())) : passerBy();
        }
        if (u < 0.50) {
            return byPhone(o.victim());
        } else if (u < 0.62) {
            return byPhone(neighbourOf(o.place().home()));
        } else if (u < 0.72) {
            Home home = o.place().home();
            List<Person> family = home == null ? List.of() : home.members().stream()
                    .filter(p -> p != o.victim() && p != o.suspect()).toList();
            return byPhone(family.isEmpty() ? o.victim() : family.get(random.nextInt(family.size())));
        } else if (u < 0.75) {
            return byPhone(o.suspect());
        } else if (u < 0.81) {
            return passerBy();
        } else if (u < 0.89) {
            String[] referrer = REFERRERS.get(random.nextInt(REFERRERS.size()));
            return new Caller(Channel.PARTNER_REFERRAL, referrer[0], referrer[1]);
        }
        String phone = o.victim().phone();
        return new Caller(Channel.ONLINE_REPORT, o.victim().name(), phone == null ? null : AsTyped.phone(phone, random));
    }

    private Caller byPhone(Person person) {
        Channel channel = random.nextDouble() < 0.04 ? Channel.FRONT_COUNTER
                : random.nextDouble() < 0.45 ? Channel.EMERGENCY_999 : Channel.NON_EMERGENCY_101;
        String phone = person.phone();
        return new Caller(channel, cast.nameAsGiven(person, random), phone == null ? null : AsTyped.phone(phone, random));
    }

    private Caller passerBy() {
        return new Caller(Channel.EMERGENCY_999, null, random.nextBoolean() ? null
                : AsTyped.phone(DramaPhoneNumbers.mobile(random), random));
    }

    /** Someone in another flat of the block, or failing that someone from elsewhere in the batch. */
    private Person neighbourOf(Home home) {
        List<Home> block = home == null ? List.of() : cast.neighboursInBlock(home);
        Home other = block.isEmpty() ? cast.homes().get(random.nextInt(cast.homes().size()))
                : block.get(random.nextInt(block.size()));
        return other.adults().get(random.nextInt(other.adults().size()));
    }

    private ImportedIncident.Party party(Person person, PartyRole role, double birthDateGiven, double phoneGiven) {
        LocalDate born = random.nextDouble() < birthDateGiven ? person.born() : null;
        String phone = person.phone() != null && random.nextDouble() < phoneGiven ? AsTyped.phone(person.phone(), random) : null;
        return new ImportedIncident.Party(person.ref(), role, cast.nameAsGiven(person, random), born, phone);
    }

    private Grade grade(Occurrence o, Channel channel, boolean riskToLife) {
        if (riskToLife) {
            return Grade.IMMEDIATE;
        }
        double u = random.nextDouble();
        if (channel == Channel.ONLINE_REPORT || channel == Channel.PARTNER_REFERRAL) {
            return u < 0.3 ? Grade.PRIORITY : u < 0.9 ? Grade.SCHEDULED : Grade.RESOLVED_WITHOUT_DEPLOYMENT;
        }
        if (o.domesticAbuse()) {
            return u < 0.2 ? Grade.IMMEDIATE : u < 0.7 ? Grade.PRIORITY : u < 0.93 ? Grade.SCHEDULED
                    : Grade.RESOLVED_WITHOUT_DEPLOYMENT;
        }
        return u < 0.05 ? Grade.IMMEDIATE : u < 0.25 ? Grade.PRIORITY : u < 0.7 ? Grade.SCHEDULED
                : Grade.RESOLVED_WITHOUT_DEPLOYMENT;
    }

    /** Older incidents are nearly all closed; of the last two weeks', about a third. Null while open. */
    private Instant closedAt(Instant at, Grade grade) {
        boolean recent = at.isAfter(asOf.minus(RECENT));
        if (random.nextDouble() >= (recent ? 0.35 : 0.97)) {
            return null;
        }
        long minutes = switch (grade) {
            case IMMEDIATE, PRIORITY -> 120 + random.nextInt(70 * 60);
            case SCHEDULED -> 24 * 60 + random.nextInt(20 * 24 * 60);
            case RESOLVED_WITHOUT_DEPLOYMENT -> 10 + random.nextInt(80);
        };
        Instant closed = at.plus(Duration.ofMinutes(minutes));
        return closed.isAfter(asOf) ? null : closed;
    }
}
