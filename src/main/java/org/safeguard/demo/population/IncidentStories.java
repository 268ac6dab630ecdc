package org.safeguard.demo.population;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.safeguard.demo.population.Population.PersonRecordDraft;
import org.safeguard.identity.NewAddress;
import org.safeguard.identity.WarningMarker;
import org.safeguard.intake.ImportedIncident;

/**
 * Incidents among a batch's households, the same every time for the same seed and "as of" instant:
 * stories (see {@link Stories}) are told about households picked at random, three in ten households
 * being far more likely to be picked than the rest, until the batch has the incidents wanted. Times
 * fall in the three years up to the "as of" instant. Everyone in them is a person of the batch, or a
 * child made for a household here; people who leave home go to another batch address or a new one.
 */
public final class IncidentStories {

    private static final double TROUBLED = 0.3;
    private static final double TROUBLED_SHARE_OF_STORIES = 0.75;

    private final long seed;
    private final Instant asOf;
    private final Blocks newBlocks = new Blocks();
    private long nextBatch;

    public IncidentStories(long seed, Instant asOf) {
        this.seed = seed;
        this.asOf = asOf;
    }

    /** Up to {@code wanted} incidents for the batch (fewer only when its households cannot hold them). */
    public Written write(Population.Batch batch, int wanted) {
        SplittableRandom random = new SplittableRandom(seed * 0xD1B54A32D192ED03L + nextBatch++ * 0x94D049BB133111EBL + 7);
        Cast cast = new Cast(batch);
        Stories stories = new Stories(cast, random, asOf, newBlocks);
        List<Cast.Home> troubled = new ArrayList<>();
        for (Cast.Home home : cast.homes()) {
            if (random.nextDouble() < TROUBLED) {
                troubled.add(home);
            }
        }
        List<Occurrence> occurrences = new ArrayList<>();
        for (int tries = 0; occurrences.size() < wanted && !cast.homes().isEmpty() && tries < 10 * wanted + 100; tries++) {
            List<Cast.Home> from = !troubled.isEmpty() && random.nextDouble() < TROUBLED_SHARE_OF_STORIES ? troubled : cast.homes();
            List<Occurrence> story = stories.tell(from.get(random.nextInt(from.size())));
            occurrences.addAll(story.subList(0, Math.min(story.size(), wanted - occurrences.size())));
        }
        CallTaker callTaker = new CallTaker(cast, random, asOf);
        List<ImportedIncident> incidents = occurrences.stream().map(callTaker::record).toList();
        Map<String, WarningMarker> markers = new LinkedHashMap<>();
        stories.markers().forEach(m -> markers.putIfAbsent(m.personId() + " " + m.kind(), m));
        return new Written(List.copyOf(stories.newAddresses()), List.copyOf(cast.childRecords()), incidents,
                List.copyOf(markers.values()));
    }

    /**
     * What the stories add to a batch. Until {@link #incidentsWithIds} and {@link #markersWithIds} put
     * the real ids in, person ids are people's numbers in the batch (its records, then {@code children})
     * and address ids are slots (its addresses, then {@code newAddresses}).
     */
    public record Written(List<NewAddress> newAddresses, List<PersonRecordDraft> children,
                          List<ImportedIncident> incidents, List<WarningMarker> markers) {

        /** The incidents with the ids the records and addresses were given, in number order. */
        public List<ImportedIncident> incidentsWithIds(long[] personIds, long[] addressIds) {
            return incidents.stream().map(i -> new ImportedIncident(i.receivedAt(), i.channel(), i.callerName(),
                    i.callerPhone(), i.location(), addressIds[Math.toIntExact(i.addressId())], i.relationship(),
                    i.bothAged16OrOver(), i.personallyConnected(), i.childrenPresent(), i.childrenLiving(),
                    i.childAges(), i.weapon(), i.injury(), i.threatToLife(), i.grade(), i.summary(), i.recordedBy(),
                    i.closedAt(), i.closedBy(), i.parties().stream().map(p -> new ImportedIncident.Party(
                            personIds[Math.toIntExact(p.personId())], p.role(), p.name(), p.dateOfBirth(), p.phone()))
                    .toList(), i.offences())).toList();
        }

        public List<WarningMarker> markersWithIds(long[] personIds) {
            return markers.stream()
                    .map(m -> new WarningMarker(personIds[Math.toIntExact(m.personId())], m.kind(), m.note()))
                    .toList();
        }
    }
}
