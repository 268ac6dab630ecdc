package org.safeguard.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.demo.population.Population;
import org.safeguard.demo.population.Population.PersonRecordDraft;
import org.safeguard.identity.NewAddress;
import org.safeguard.identity.PhoneNumbers;
import org.safeguard.identity.linkage.LinkRecord;

/**
 * The generator's people as record linkage sees them, in memory and without the database: the records of
 * {@code people} real people (about 1.34 records each, the variants {@code RecordVariation} makes) with
 * which real person each record is, so that linkage can be measured. Record ids are 1, 2, 3, … in order.
 */
public final class LinkageSamples {

    private static final int BATCH = 10_000;

    private LinkageSamples() {
    }

    /** The records and who is who. */
    public record Sample(List<LinkRecord> records, int[] realPersonOfRecord, int realPeople) {

        /** The real person (numbered from 0) the record with this id belongs to. */
        public int realPersonOf(long recordId) {
            return realPersonOfRecord[(int) (recordId - 1)];
        }

        /** Pairs of records of one real person: the pairs a perfect linkage finds. */
        public long truePairs() {
            int[] recordsOfPerson = new int[realPeople];
            for (int person : realPersonOfRecord) {
                recordsOfPerson[person]++;
            }
            long pairs = 0;
            for (int count : recordsOfPerson) {
                pairs += (long) count * (count - 1) / 2;
            }
            return pairs;
        }
    }

    public static Sample generate(long people, long seed) {
        Population population = new Population(seed);
        List<LinkRecord> records = new ArrayList<>();
        List<Integer> personOf = new ArrayList<>();
        int realPeople = 0;
        while (realPeople < people) {
            Population.Batch batch = population.nextBatch((int) Math.min(BATCH, people - realPeople), people - realPeople);
            String[] lines = new String[batch.addresses().size()];
            String[] postcodes = new String[lines.length];
            for (int slot = 0; slot < lines.length; slot++) {
                NewAddress address = batch.addresses().get(slot);
                lines[slot] = LinkRecord.address(address.line1(), address.line2());
                postcodes[slot] = address.postcode();
            }
            Map<String, Integer> numbered = new HashMap<>();
            for (PersonRecordDraft draft : batch.records()) {
                int person = numbered.computeIfAbsent(draft.realPersonKey(), key -> numbered.size());
                List<String> phones = draft.phones().stream().map(PhoneNumbers::normalise).toList();
                records.add(new LinkRecord(records.size() + 1, draft.givenName(), draft.familyName(),
                        LinkRecord.birthDate(draft.dateOfBirth()), draft.sex(), lines[draft.addressSlot()],
                        postcodes[draft.addressSlot()], List.of(), phones, List.of()));
                personOf.add(realPeople + person);
            }
            realPeople += batch.realPeople();
        }
        return new Sample(records, personOf.stream().mapToInt(Integer::intValue).toArray(), realPeople);
    }
}
