package org.safeguard.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.safeguard.directory.ServiceKind;
import org.safeguard.identity.Sex;
import org.safeguard.insight.rules.AgeBand;
import org.safeguard.insight.rules.IncidentTallies;
import org.safeguard.insight.rules.PeriodPeople;
import org.safeguard.insight.rules.RecordTallies;
import org.safeguard.insight.rules.Tally;
import org.safeguard.insight.store.PopulationStore;
import org.safeguard.insight.store.RebuildStore;
import org.safeguard.intake.CrimeOutcome;
import org.safeguard.intake.Grade;
import org.safeguard.intake.IntakeSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * For bulk loads and the bench, not for pages (like the other modules' imports, it is reached by no URL):
 * works the dashboard's facts and tallies out again from the source modules' records, and records the
 * population figures the rates are divided by. The rebuild is the one place the insight module reads other
 * modules' tables (intake, risk, referral, safeguarding and identity's person records, read-only, through
 * {@link RebuildStore}); the tallies it writes come from the same rules the event listeners use.
 */
@Service
public class InsightRebuild {

    private static final int PEOPLE_BATCH = 50_000;

    private final RebuildStore store;
    private final Map<String, Long> targetSeconds;
    private final Clock clock;
    private final IncidentTallies incidentTallies;

    InsightRebuild(RebuildStore store, IntakeSettings intake, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.incidentTallies = incidentTallies(intake);
        this.targetSeconds = new LinkedHashMap<>();
        intake.responseTargets().forEach((grade, target) -> targetSeconds.put(grade.name(), target.toSeconds()));
    }

    /**
     * The incident rule with the crime outcomes and grades in the order whose position is their slot, and the grades
     * that have a response target.
     */
    static IncidentTallies incidentTallies(IntakeSettings intake) {
        return new IncidentTallies(Arrays.stream(CrimeOutcome.values()).map(Enum::name).toList(),
                Arrays.stream(Grade.values()).map(Enum::name).toList(),
                intake.responseTargets().keySet().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /**
     * Works every fact and tally out again from the source modules' records, replacing the old ones in one
     * transaction: after a bulk load (the demo generator, an import) that published no events. Event listeners
     * wait for it (the insight tables are locked) and then find their facts already counted. Every source table is
     * read under one snapshot (repeatable read), so a record committed while the rebuild runs is either in every
     * read or in none: its event, waiting on the locks, then counts it once.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public RebuildReport rebuild() {
        Instant started = clock.instant();
        long began = System.nanoTime();
        store.clear();
        long incidents = store.copyIncidentFacts(targetSeconds);
        store.copyRecordFacts();
        MonthByMonth written = new MonthByMonth(store);
        store.incidentFacts(fact -> written.add(incidentTallies.of(fact)));
        written.flush();
        store.assessments(a -> written.add(RecordTallies.assessment(a.completedAt(), a.area(), a.agency(), a.level(),
                a.raised(), a.allAsked())));
        written.flush();
        store.referrals(r -> written.add(RecordTallies.referral(r.madeAt(), r.area(), r.agency(), r.risk(),
                ServiceKind.valueOf(r.serviceKind()).ordinal())));
        written.flush();
        store.victimsCodeUpdates(t -> written.add(RecordTallies.victimsCodeUpdate(t.at(), t.dueAt(), t.area())));
        written.flush();
        store.contacts(c -> written.add(RecordTallies.contact(c.at(), c.area(), c.agency())));
        written.flush();
        long people = countPeople(written);
        store.copyFilterChoices();
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        store.recordRebuild(started, took, incidents, written.rows, people);
        return new RebuildReport(incidents, written.rows, took);
    }

    /** Rebuilds once when insight has never been built but incidents exist (a database from before the dashboard). */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public boolean rebuildIfNeverBuilt() {
        store.lock();
        if (!store.neverBuiltButIncidentsExist()) {
            return false;
        }
        rebuild();
        return true;
    }

    /**
     * Adds a generated (synthetic) adult (16 and over) female population to each town's, for "MARAC cases per 10,000
     * adult women": only while the town's current figure is synthetic too. A figure an administrator set (an ONS
     * estimate, on the population page) is kept, never added to. The source must start "synthetic".
     */
    @Transactional
    public void addAdultWomen(Map<String, Long> byTown, String source) {
        if (source == null || !source.strip().toLowerCase(java.util.Locale.UK).startsWith(PopulationStore.SYNTHETIC)) {
            throw new IllegalArgumentException("Generated population figures have a source starting \"synthetic\"");
        }
        Instant now = clock.instant();
        byTown.forEach((town, count) -> {
            if (town != null && !town.isBlank() && count != null && count > 0) {
                store.addAdultWomen(town.strip(), count, source.strip(), now);
            }
        });
    }

    /** People rows written in batches; their tallies summed (few: periods × areas × counters × slots) and written once. */
    private long countPeople(MonthByMonth written) {
        Map<Tally, Long> distinct = new HashMap<>();
        List<PeriodPeople.Row> batch = new ArrayList<>(PEOPLE_BATCH);
        long[] people = {0};
        store.firstAppearances(seen -> {
            boolean counted = seen.role() != PeriodPeople.Role.CONTACTED;
            int sex = counted && seen.sex() != null ? Sex.valueOf(seen.sex()).ordinal() : Sex.NOT_KNOWN.ordinal();
            int band = counted ? AgeBand.of(seen.dateOfBirth(), seen.firstAt().atZone(java.time.ZoneId.of("Europe/London"))
                    .toLocalDate()).ordinal() : AgeBand.NOT_KNOWN.ordinal();
            PeriodPeople.Row row = new PeriodPeople.Row(seen.personId(), seen.role(), seen.kind(), seen.periodStart(),
                    seen.area(), sex, band);
            batch.add(row);
            PeriodPeople.tallies(row).forEach(t -> distinct.merge(t.times(0), t.value(), Long::sum));
            if (batch.size() == PEOPLE_BATCH) {
                store.copyPeople(batch);
                people[0] += batch.size();
                batch.clear();
            }
        });
        store.copyPeople(batch);
        people[0] += batch.size();
        written.write(Tally.fromSums(distinct));
        return people[0];
    }

    /**
     * Tallies of records streamed in time order, summed one month at a time (with their totals over each dimension)
     * and written with COPY when the month ends: memory stays at one month's tallies, whatever the history.
     */
    private static final class MonthByMonth {
        private final RebuildStore store;
        private final Map<Tally, Long> month = new HashMap<>();
        private LocalDate current;
        private long rows;

        MonthByMonth(RebuildStore store) {
            this.store = store;
        }

        void add(List<Tally> tallies) {
            for (Tally t : tallies) {
                if (current != null && !current.equals(t.month())) {
                    flush();
                }
                current = t.month();
                month.merge(t.times(0), t.value(), Long::sum);
            }
        }

        void flush() {
            write(Tally.withTotals(Tally.fromSums(month)));
            month.clear();
            current = null;
        }

        void write(List<Tally> tallies) {
            store.copyTallies(tallies);
            rows += tallies.size();
        }
    }
}
