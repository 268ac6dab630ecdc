package org.safeguard.demo;

import java.time.Duration;
import java.util.List;

import org.safeguard.demo.population.Population;
import org.safeguard.demo.population.Population.PersonRecordDraft;
import org.safeguard.demo.store.GenerationStore;
import org.safeguard.identity.NewPerson;
import org.safeguard.identity.PersonRecords;
import org.safeguard.platform.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo module's API: generates a synthetic population into the database. Each batch of about
 * 5,000 people commits on its own, so progress survives and memory stays flat at any size.
 */
@Service
public class SyntheticData {

    /** The agency that owns generated records: the force, as the records come from its systems. */
    public static final String OWNING_AGENCY = "POLICE";
    private static final int BATCH_PEOPLE = 5_000;

    private final PersonRecords people;
    private final GenerationStore runs;
    private final TransactionTemplate transactions;

    SyntheticData(PersonRecords people, GenerationStore runs, TransactionTemplate transactions) {
        this.people = people;
        this.runs = runs;
        this.transactions = transactions;
    }

    public boolean generated(long seed) {
        return runs.runFinished(seed).orElse(false);
    }

    public long nextUnusedSeed() {
        return runs.nextUnusedSeed();
    }

    /**
     * Generates {@code count} real people (and their variant records) from the seed. A seed can be
     * used once per database: the same seed always gives the same people.
     */
    public GenerationReport generate(long count, long seed, ConsoleProgress progress) {
        if (count < 1) {
            throw InvalidRequest.of("people", "Give a number of people of 1 or more");
        }
        if (runs.runFinished(seed).isPresent()) {
            throw InvalidRequest.of("seed", "Seed " + seed + " has already been generated into this database. "
                    + "Use another seed (the next unused is " + runs.nextUnusedSeed() + ") or a new data directory.");
        }
        long started = System.nanoTime();
        transactions.executeWithoutResult(tx -> runs.startRun(seed, count));
        Population population = new Population(seed);
        long done = 0;
        long records = 0;
        long addresses = 0;
        progress.update(0);
        while (done < count) {
            Population.Batch batch = population.nextBatch(BATCH_PEOPLE, count - done);
            transactions.executeWithoutResult(tx -> store(batch));
            done += batch.realPeople();
            records += batch.records().size();
            addresses += batch.addresses().size();
            progress.update(done);
        }
        long recordCount = records;
        transactions.executeWithoutResult(tx -> runs.finishRun(seed, recordCount));
        return new GenerationReport(seed, done, records, addresses, Duration.ofNanos(System.nanoTime() - started));
    }

    private void store(Population.Batch batch) {
        long[] addressIds = people.importAddresses(batch.addresses(), OWNING_AGENCY);
        List<NewPerson> records = batch.records().stream()
                .map(draft -> toNewPerson(draft, addressIds))
                .toList();
        long[] personIds = people.importPeople(records, OWNING_AGENCY);
        runs.recordTruth(personIds, batch.records().stream().map(PersonRecordDraft::realPersonKey).toList());
    }

    private static NewPerson toNewPerson(PersonRecordDraft draft, long[] addressIds) {
        return new NewPerson(Population.SOURCE_SYSTEM, draft.sourceRef(), draft.givenName(), draft.familyName(),
                draft.dateOfBirth(), draft.sex(), addressIds[draft.addressSlot()], draft.phones());
    }
}
