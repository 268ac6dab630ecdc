package org.safeguard.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.safeguard.access.Role;
import org.safeguard.demo.population.CaseHistories;
import org.safeguard.demo.population.DashAnswers;
import org.safeguard.demo.population.IncidentStories;
import org.safeguard.demo.population.MaracHistories;
import org.safeguard.demo.population.Population;
import org.safeguard.demo.population.Population.PersonRecordDraft;
import org.safeguard.demo.population.ResponseHistories;
import org.safeguard.demo.store.GenerationStore;
import org.safeguard.identity.NewAddress;
import org.safeguard.identity.NewPerson;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.Sex;
import org.safeguard.insight.InsightRebuild;
import org.safeguard.intake.ImportedResponse;
import org.safeguard.intake.IncidentImport;
import org.safeguard.intake.IntakeSettings;
import org.safeguard.marac.ImportedMaracCase;
import org.safeguard.marac.MaracArea;
import org.safeguard.marac.MaracImport;
import org.safeguard.platform.ConsoleProgress;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.risk.ImportedAssessment;
import org.safeguard.risk.RiskImport;
import org.safeguard.risk.RiskSettings;
import org.safeguard.safeguarding.CaseImport;
import org.safeguard.safeguarding.ImportedCase;
import org.safeguard.safeguarding.rules.ContactWarning;
import org.safeguard.safeguarding.rules.SpecialistHours;
import org.safeguard.safeguarding.rules.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo module's API: generates a synthetic population, incidents among its households, the police response
 * (attendance, crime outcomes), the completed risk assessments of most domestic abuse victims, each victim's case
 * (SPOC history, contacts, tasks) and the high-risk victims' MARAC hearings, into the database. Each batch of about
 * 5,000 people commits on its own with its incidents, assessments and cases, so progress survives and memory stays
 * flat at any size. The run records its adult women per town for the dashboard's rates and, as it publishes no
 * events, has the dashboard rebuild its figures at the end.
 */
@Service
public class SyntheticData {

    /** The agency that owns generated records: the force, as the records come from its systems. */
    public static final String OWNING_AGENCY = "POLICE";
    private static final int BATCH_PEOPLE = 5_000;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The demo sign-ins who assess victims: the attending officer first (who assesses most), then the others. */
    static final List<DashAnswers.Assessor> ASSESSORS = Stream.of(Role.OFFICER, Role.SUPERVISOR, Role.DA_SPECIALIST)
            .flatMap(role -> DemoOrganisation.SIGN_INS.stream().filter(signIn -> signIn.role() == role))
            .map(signIn -> new DashAnswers.Assessor(signIn.username(), signIn.displayName(), signIn.team()))
            .toList();

    /** The demo sign-ins who work the victims' cases, by what they do. */
    static final CaseHistories.Caseworkers CASEWORKERS = new CaseHistories.Caseworkers(caseworker(Role.SUPERVISOR),
            caseworker(Role.OFFICER), caseworker(Role.DA_SPECIALIST), caseworker(Role.IDVA), caseworker(Role.PARTNER));

    private final PersonRecords people;
    private final IncidentImport incidents;
    private final RiskImport assessments;
    private final RiskSettings riskSettings;
    private final CaseImport cases;
    private final SpecialistHours specialistHours;
    private final WorkingDays workingDays;
    private final ContactWarning contactWarning;
    private final MaracImport maracs;
    private final IntakeSettings intakeSettings;
    private final InsightRebuild insight;
    private final GenerationStore runs;
    private final TransactionTemplate transactions;

    SyntheticData(PersonRecords people, IncidentImport incidents, RiskImport assessments, RiskSettings riskSettings,
                  CaseImport cases, SpecialistHours specialistHours, WorkingDays workingDays,
                  ContactWarning contactWarning, MaracImport maracs, IntakeSettings intakeSettings,
                  InsightRebuild insight, GenerationStore runs, TransactionTemplate transactions) {
        this.people = people;
        this.incidents = incidents;
        this.assessments = assessments;
        this.riskSettings = riskSettings;
        this.cases = cases;
        this.specialistHours = specialistHours;
        this.workingDays = workingDays;
        this.contactWarning = contactWarning;
        this.maracs = maracs;
        this.intakeSettings = intakeSettings;
        this.insight = insight;
        this.runs = runs;
        this.transactions = transactions;
    }

    public boolean generated(long seed) {
        return runs.runFinished(seed).orElse(false);
    }

    public long nextUnusedSeed() {
        return runs.nextUnusedSeed();
    }

    /** Real people generated into this database by finished runs (children made for incidents aside). */
    public long peopleGenerated() {
        return runs.peopleGenerated();
    }

    /**
     * Generates {@code count} real people (and their variant records) from the seed, {@code incidents}
     * incidents among them in the three years up to {@code asOf} with the police response to them, an
     * assessment of most victims of those that are domestic abuse, and a case for each of those victims. A seed can
     * be used once per database: the same seed and "as of" instant (and risk instruments and bands, response
     * targets, and the case rules' settings) always give the same people, incidents, responses, assessments and
     * cases. Ends by recording the run's adult women per town and rebuilding the dashboard's figures.
     */
    public GenerationReport generate(long count, long incidents, long seed, Instant asOf, ConsoleProgress progress) {
        if (count < 1) {
            throw InvalidRequest.of("people", "Give a number of people of 1 or more");
        }
        if (incidents < 0) {
            throw InvalidRequest.of("incidents", "Give a number of incidents of 0 or more");
        }
        if (runs.runFinished(seed).isPresent()) {
            throw InvalidRequest.of("seed", "Seed " + seed + " has already been generated into this database. "
                    + "Use another seed (the next unused is " + runs.nextUnusedSeed() + ") or a new data directory.");
        }
        long started = System.nanoTime();
        transactions.executeWithoutResult(tx -> runs.startRun(seed, count));
        Population population = new Population(seed);
        IncidentStories stories = new IncidentStories(seed, asOf);
        DashAnswers answers = answers(seed, asOf);
        CaseHistories histories = histories(seed, asOf, answers);
        MaracHistories hearings = hearings(seed, asOf, answers);
        ResponseHistories response = responses(seed, asOf);
        Map<String, Long> adultWomen = new TreeMap<>();
        Tally tally = new Tally();
        progress.update(0);
        while (tally.people < count) {
            Population.Batch batch = population.nextBatch(BATCH_PEOPLE, count - tally.people);
            // Incidents in proportion to the people so far, so the total is exactly what was asked for.
            long due = Math.round((double) incidents * (tally.people + batch.realPeople()) / count) - tally.incidents;
            IncidentStories.Written written = stories.write(batch, (int) Math.min(Integer.MAX_VALUE, due));
            List<ImportedAssessment> assessed = answers.assess(written.incidents());
            List<ImportedCase> victimsCases = histories.write(batch, written, assessed);
            List<ImportedMaracCase> heard = hearings.write(batch, written, victimsCases, assessed);
            List<ImportedResponse> responded = response.write(written.incidents());
            transactions.executeWithoutResult(tx -> store(batch, written, responded, assessed, victimsCases, heard));
            tally.add(batch, written, assessed, victimsCases);
            tally.add(responded);
            tally.maracCases += heard.size();
            adultWomenByTown(batch, written, asOf.atZone(LONDON).toLocalDate())
                    .forEach((town, women) -> adultWomen.merge(town, women, Long::sum));
            progress.update(tally.people);
        }
        long recordCount = tally.records;
        transactions.executeWithoutResult(tx -> runs.finishRun(seed, recordCount));
        insight.addAdultWomen(adultWomen, "synthetic population");
        insight.rebuild();
        return new GenerationReport(seed, tally.people, tally.children, tally.records, tally.addresses, tally.incidents,
                tally.attendances, tally.outcomes, tally.assessments, tally.cases, tally.maracCases,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The batch's women aged 16 or over on {@code asOn}, by the town they live in (each real person once, at the
     * address the population gave them): the children made for its incidents count once they are 16.
     */
    static Map<String, Long> adultWomenByTown(Population.Batch batch, IncidentStories.Written written, LocalDate asOn) {
        Map<String, Long> byTown = new TreeMap<>();
        List<PersonRecordDraft> people = new ArrayList<>();
        batch.households().forEach(home -> home.members().forEach(m -> people.add(batch.records().get(m.firstRecord()))));
        people.addAll(written.children());
        LocalDate bornBy = asOn.minusYears(16);
        for (PersonRecordDraft person : people) {
            if (person.sex() == Sex.FEMALE && person.dateOfBirth() != null && !person.dateOfBirth().isAfter(bornBy)) {
                byTown.merge(batch.addresses().get(person.addressSlot()).town(), 1L, Long::sum);
            }
        }
        return byTown;
    }

    /** The answers generator for the instruments and bands in use, its assessors the demo officers. */
    DashAnswers answers(long seed, Instant asOf) {
        return new DashAnswers(seed, asOf, assessments.instrumentsInUse(), riskSettings.mediumFrom(),
                riskSettings.highFrom(), ASSESSORS);
    }

    /** The victims' cases by the case rules in force, the assessments' levels as {@code answers} gives them. */
    CaseHistories histories(long seed, Instant asOf, DashAnswers answers) {
        return new CaseHistories(seed, asOf, specialistHours, workingDays, contactWarning, answers::levelOf, CASEWORKERS,
                OWNING_AGENCY);
    }

    /** The police response to the incidents, against the response targets in force; recorded by the demo officer. */
    ResponseHistories responses(long seed, Instant asOf) {
        return new ResponseHistories(seed, asOf, intakeSettings.responseTargets(), CASEWORKERS.officer().username());
    }

    /** The high-risk victims' MARAC hearings, at the demo MARACs (none when they are not set up). */
    MaracHistories hearings(long seed, Instant asOf, DashAnswers answers) {
        List<MaracArea> areas = maracs.areasNamed(DemoMaracs.names());
        return new MaracHistories(seed, asOf, areas, maracs.casesPerMeeting(areas.stream().map(MaracArea::id).toList()),
                answers::levelOf, new MaracHistories.Owners(CASEWORKERS.specialist().username(),
                CASEWORKERS.idva().username(), CASEWORKERS.childrensServices().username()));
    }

    private void store(Population.Batch batch, IncidentStories.Written written, List<ImportedResponse> responded,
                       List<ImportedAssessment> assessed, List<ImportedCase> victimsCases, List<ImportedMaracCase> heard) {
        List<NewAddress> addresses = new ArrayList<>(batch.addresses());
        addresses.addAll(written.newAddresses());
        long[] addressIds = people.importAddresses(addresses, OWNING_AGENCY);
        List<PersonRecordDraft> drafts = new ArrayList<>(batch.records());
        drafts.addAll(written.children());
        long[] personIds = people.importPeople(drafts.stream().map(draft -> toNewPerson(draft, addressIds)).toList(),
                OWNING_AGENCY);
        runs.recordTruth(personIds, drafts.stream().map(PersonRecordDraft::realPersonKey).toList());
        if (!written.markers().isEmpty()) {
            people.importMarkers(written.markersWithIds(personIds), OWNING_AGENCY);
        }
        if (!written.incidents().isEmpty()) {
            long[] incidentIds = incidents.importIncidents(written.incidentsWithIds(personIds, addressIds), OWNING_AGENCY);
            incidents.importResponses(ResponseHistories.withIds(responded, incidentIds));
            // After the incidents, so that potential escalation counts them.
            assessments.importAssessments(DashAnswers.withIds(assessed, incidentIds, personIds), OWNING_AGENCY);
            cases.importCases(CaseHistories.withIds(victimsCases, incidentIds, personIds));
            maracs.importHistory(MaracHistories.withIds(heard, personIds));
        }
    }

    private static CaseHistories.Practitioner caseworker(Role role) {
        DemoOrganisation.DemoSignIn signIn = DemoOrganisation.SIGN_INS.stream().filter(s -> s.role() == role)
                .findFirst().orElseThrow();
        return new CaseHistories.Practitioner(signIn.username(), signIn.displayName(), signIn.team(), signIn.email(),
                signIn.agencyName(), signIn.agencyCode());
    }

    private static NewPerson toNewPerson(PersonRecordDraft draft, long[] addressIds) {
        return new NewPerson(Population.SOURCE_SYSTEM, draft.sourceRef(), draft.givenName(), draft.familyName(),
                draft.dateOfBirth(), draft.sex(), addressIds[draft.addressSlot()], draft.phones());
    }

    /** What the run has written so far. */
    private static final class Tally {
        long people;
        long children;
        long records;
        long addresses;
        long incidents;
        long attendances;
        long outcomes;
        long assessments;
        long cases;
        long maracCases;

        void add(Population.Batch batch, IncidentStories.Written written, List<ImportedAssessment> assessed,
                 List<ImportedCase> victimsCases) {
            people += batch.realPeople();
            children += written.children().size();
            records += batch.records().size() + written.children().size();
            addresses += batch.addresses().size() + written.newAddresses().size();
            incidents += written.incidents().size();
            assessments += assessed.size();
            cases += victimsCases.size();
        }

        void add(List<ImportedResponse> responded) {
            attendances += responded.stream().filter(r -> r.attendance() != null).count();
            outcomes += responded.stream().mapToLong(r -> r.outcomes().size()).sum();
        }
    }
}
