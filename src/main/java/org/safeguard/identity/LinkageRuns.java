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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch linkage of the whole person index, for imports and the nightly clean-up, and training of the
 * model it uses. A run is saved partition by partition (each in its own transaction, with what it
 * linked and queued), so a run that stops part-way — a crash, a restart — is carried on by the next
 * call from the first partition not saved, and nothing done is lost or done twice. One run is unfinished
 * at a time (a unique index); a second node starting meanwhile joins it, and the two share its partitions
 * (an advisory lock per partition); the run is finished by whichever saves the last partition. A carried-on
 * run reads the records again, so records made since it stopped are in its later partitions; and because a
 * pair belongs to the partition of the first block that holds it, a record changed meanwhile can move a pair
 * between a saved and an unsaved partition. Compared twice does no harm (a link or proposal is made once);
 * a pair missed that way is compared by the next night's run.
 */
@Service
public class LinkageRuns {

    private static final int KEY_SLICE = 20_000;

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
        List<LinkRecord> records = everyRecord();
        Optional<LinkStore.RunRow> unfinished = store.unfinishedRun();
        boolean resumed = unfinished.isPresent();
        if (unfinished.isEmpty()) {
            LinkageModel model = currentOrTrained();
            try {
                transaction.executeWithoutResult(status -> store.insertRun(model.version(), settings.partitions(),
                        records.size(), PersonLinks.LINKAGE));
            } catch (DuplicateKeyException anotherNodeStartedOne) {
                resumed = true;
            }
            unfinished = store.unfinishedRun();
            if (!resumed) {
                // The node that starts a run brings the blocking keys of the records it read up to date.
                transaction.executeWithoutResult(status -> store.replaceMatchKeysInSlices(records, KEY_SLICE));
            }
        }
        LinkStore.RunRow run = unfinished.orElseThrow();
        LinkageModel current = LinkageModel.fromJson(store.model(run.modelVersion()).orElseThrow())
                .withVersion(run.modelVersion());
        Linkage linkage = Linkage.within(records);
        Thresholds thresholds = settings.thresholds();
        Set<Integer> done = store.donePartitions(run.id());
        int thisTime = 0;
        for (int partition = 0; partition < run.partitions(); partition++) {
            if (done.contains(partition)) {
                progress.update(partition + 1);
                continue;
            }
            if (stopBefore.test(partition)) {
                throw new IllegalStateException("linkage run " + run.id() + " stopped before partition " + partition);
            }
            int p = partition;
            Boolean saved = transaction.execute(status -> savePartition(run.id(), p, run.partitions(), linkage, current,
                    thresholds));
            if (Boolean.TRUE.equals(saved)) {
                thisTime++;
            }
            progress.update(partition + 1);
        }
        long[] totals = store.runTotals(run.id());
        Boolean finished = transaction.execute(status -> {
            // Only when every partition is saved: one another node still holds stays for it to finish.
            boolean complete = store.finishRunIfComplete(run.id());
            if (complete) {
                audit.record(AuditEvent.of("PERSON_LINKAGE_RUN", "linkage_run", run.id())
                        .because(records.size() + " records, " + totals[0] + " pairs compared, " + totals[1] + " linked, "
                                + totals[2] + " queued for review"));
            }
            return complete;
        });
        return new LinkageRunReport(run.id(), current.version(), records.size(), run.partitions(), thisTime, totals[0],
                totals[1], totals[2], resumed, Boolean.TRUE.equals(finished), Duration.ofNanos(System.nanoTime() - started));
    }

    private LinkageModel currentOrTrained() {
        return model.get().orElseGet(() -> {
            train();
            return model.get().orElseThrow();
        });
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
