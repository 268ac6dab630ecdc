package org.safeguard.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.linkage.LinkRecord;
import org.safeguard.identity.linkage.Linkage;
import org.safeguard.identity.linkage.LinkageModel;
import org.safeguard.identity.linkage.MatchScore;
import org.safeguard.identity.linkage.Thresholds;
import org.safeguard.identity.store.LinkStore;
import org.safeguard.platform.ConsoleProgress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch linkage of the whole person index, for imports and the nightly clean-up, and training of the
 * model it uses. A run is saved partition by partition (each in its own transaction, with what it
 * linked and queued), so a run that stops part-way — a crash, a restart — is carried on by the next
 * call from the first partition not saved, and nothing done is lost or done twice. Two nodes running
 * at once share the partitions (an advisory lock per partition).
 */
@Service
public class LinkageRuns {

    private final LinkStore store;
    private final PersonLinks links;
    private final CurrentModel model;
    private final LinkageSettings settings;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    LinkageRuns(LinkStore store, PersonLinks links, CurrentModel model, LinkageSettings settings, AuditTrail audit,
                TransactionTemplate transaction) {
        this.store = store;
        this.links = links;
        this.model = model;
        this.settings = settings;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Estimates a new model from every record held and stores it as the next version; returns the version. */
    public int train() {
        List<LinkRecord> records = everyRecord();
        LinkageModel trained = LinkageModel.train(records, settings.seed());
        Integer version = transaction.execute(status -> {
            int stored = store.insertModel(trained.toJson(), records.size(), PersonLinks.LINKAGE);
            audit.record(AuditEvent.of("LINKAGE_MODEL_TRAINED", "linkage_model", stored)
                    .because(records.size() + " person records"));
            return stored;
        });
        return version;
    }

    /** Links the whole person index (training a model first if there is none), carrying on a stopped run. */
    public LinkageRunReport run(ConsoleProgress progress) {
        return run(progress, partition -> false);
    }

    /** As {@link #run(ConsoleProgress)}; {@code stopBefore} lets a test stop the run part-way, as a crash would. */
    LinkageRunReport run(ConsoleProgress progress, IntPredicate stopBefore) {
        long started = System.nanoTime();
        Optional<LinkStore.RunRow> unfinished = store.unfinishedRun();
        List<LinkRecord> records = everyRecord();
        transaction.executeWithoutResult(status -> store.replaceAllMatchKeys(records));
        LinkageModel current;
        long runId;
        int partitions;
        if (unfinished.isPresent()) {
            runId = unfinished.get().id();
            partitions = unfinished.get().partitions();
            current = LinkageModel.fromJson(store.model(unfinished.get().modelVersion()).orElseThrow())
                    .withVersion(unfinished.get().modelVersion());
        } else {
            current = model.get().orElseGet(() -> {
                train();
                return model.get().orElseThrow();
            });
            partitions = settings.partitions();
            runId = transaction.execute(status -> store.insertRun(current.version(), settings.partitions(),
                    records.size(), PersonLinks.LINKAGE));
        }
        Linkage linkage = Linkage.within(records);
        Thresholds thresholds = settings.thresholds();
        Set<Integer> done = store.donePartitions(runId);
        int thisTime = 0;
        for (int partition = 0; partition < partitions; partition++) {
            if (done.contains(partition)) {
                progress.update(partition + 1);
                continue;
            }
            if (stopBefore.test(partition)) {
                throw new IllegalStateException("linkage run " + runId + " stopped before partition " + partition);
            }
            int p = partition;
            Boolean saved = transaction.execute(status -> savePartition(runId, p, partitions, linkage, current, thresholds));
            if (Boolean.TRUE.equals(saved)) {
                thisTime++;
            }
            progress.update(partition + 1);
        }
        long[] totals = store.runTotals(runId);
        transaction.executeWithoutResult(status -> {
            store.finishRun(runId);
            audit.record(AuditEvent.of("PERSON_LINKAGE_RUN", "linkage_run", runId)
                    .because(records.size() + " records, " + totals[0] + " pairs compared, " + totals[1] + " linked, "
                            + totals[2] + " queued for review"));
        });
        return new LinkageRunReport(runId, current.version(), records.size(), partitions, 0 + thisTime, totals[0],
                totals[1], totals[2], unfinished.isPresent(), Duration.ofNanos(System.nanoTime() - started));
    }

    private boolean savePartition(long runId, int partition, int partitions, Linkage linkage, LinkageModel current,
                                  Thresholds thresholds) {
        if (!store.claimPartition(runId, partition)) {
            return false;
        }
        List<MatchScore> found = Collections.synchronizedList(new ArrayList<>());
        long pairs = linkage.scorePartition(current, thresholds, partition, partitions, found::add);
        List<MatchScore> strongestFirst = new ArrayList<>(found);
        strongestFirst.sort(Comparator.comparingDouble(MatchScore::probability).reversed()
                .thenComparingLong(MatchScore::firstId).thenComparingLong(MatchScore::secondId));
        int linked = 0;
        int queued = 0;
        String by = "linkage run " + runId;
        for (MatchScore score : strongestFirst) {
            switch (links.apply(score, thresholds, by)) {
                case LINK -> linked++;
                case REVIEW -> queued++;
                case NONE -> { }
            }
        }
        store.partitionDone(runId, partition, pairs, linked, queued);
        return true;
    }

    private List<LinkRecord> everyRecord() {
        List<LinkRecord> records = new ArrayList<>();
        transaction.executeWithoutResult(status -> store.everyLinkRecord(records::add));
        return records;
    }
}
