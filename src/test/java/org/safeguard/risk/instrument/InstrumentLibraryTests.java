package org.safeguard.risk.instrument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safeguard.risk.Instrument;
import org.safeguard.risk.store.InstrumentStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A question id may not be used by two instruments with different codes, so an answer keyed by question id is
 * never ambiguous; a new version of an instrument keeps its ids. Uploads are kept in memory here, not in a database.
 */
class InstrumentLibraryTests {

    private static final Instant NOW = Instant.parse("2025-06-14T20:30:00Z");

    private static final class UploadsInMemory extends InstrumentStore {

        final List<Uploaded> uploads = new ArrayList<>();

        UploadsInMemory() {
            super(null);
        }

        @Override
        public List<Uploaded> all() {
            return List.copyOf(uploads);
        }

        @Override
        public Optional<Uploaded> find(String code, int version) {
            return uploads.stream().filter(u -> u.code().equals(code) && u.version() == version).findFirst();
        }

        @Override
        public boolean insert(String code, int version, String name, String source, String addedBy, Instant addedAt) {
            if (find(code, version).isPresent()) {
                return false;
            }
            return uploads.add(new Uploaded(code, version, source, addedBy, addedAt));
        }
    }

    private static String instrument(String code, int version, String... questionIds) {
        StringBuilder text = new StringBuilder("code: " + code + "\nversion: " + version + "\nname: " + code
                + " questions\npurpose: SUPPLEMENT\nquestions:\n");
        for (String id : questionIds) {
            text.append("  - id: ").append(id).append("\n    topic: Topic\n    wording: Question ").append(id).append("?\n");
        }
        return text.toString();
    }

    private final UploadsInMemory store = new UploadsInMemory();
    private final InstrumentLibrary library = new InstrumentLibrary(store);

    @Test
    void theShippedInstrumentsAreKnownAtStartUp() {
        assertThat(library.all()).extracting(Instrument::label).contains("DASH v1", "SDASH v1", "HBA v1");
        assertThat(library.latest("DASH")).map(Instrument::purpose).contains(Instrument.Purpose.MAIN);
    }

    @Test
    void anUploadUsingAnotherInstrumentsQuestionIdIsRefused() {
        InstrumentFile.Problem problem = catchThrowableOfType(InstrumentFile.Problem.class,
                () -> library.add(instrument("DARA", 1, "dara-01", "dash-05"), "admin.one", NOW));

        assertThat(problem).isNotNull();
        assertThat(problem.getMessage()).contains("The uploaded file").contains("question id 'dash-05'").contains("DASH v1");
        assertThat(store.uploads).isEmpty();
    }

    @Test
    void anUploadClashingWithAnEarlierUploadIsRefused() {
        library.add(instrument("DARA", 1, "dara-01", "dara-02"), "admin.one", NOW);

        InstrumentFile.Problem problem = catchThrowableOfType(InstrumentFile.Problem.class,
                () -> new InstrumentLibrary(store).add(instrument("COERCION", 1, "cc-01", "dara-02"), "admin.two", NOW));

        assertThat(problem).isNotNull();
        assertThat(problem.getMessage()).contains("question id 'dara-02'").contains("DARA v1");
    }

    @Test
    void aNewVersionOfAnInstrumentMayKeepItsQuestionIds() {
        Instrument added = library.add(instrument("SDASH", 2, "sdash-01", "sdash-02", "sdash-12"), "admin.one", NOW);

        assertThat(added.label()).isEqualTo("SDASH v2");
        assertThat(store.uploads).extracting(InstrumentStore.Uploaded::code).containsExactly("SDASH");
        assertThat(library.latest("SDASH")).map(Instrument::version).contains(2);
    }

    @Test
    void aVersionThatExistsAlreadyIsRefused() {
        InstrumentFile.Problem problem = catchThrowableOfType(InstrumentFile.Problem.class,
                () -> library.add(instrument("HBA", 1, "hba-01"), "admin.one", NOW));

        assertThat(problem).isNotNull();
        assertThat(problem.getMessage()).contains("HBA v1 exists already");
    }

    @Test
    void aBrokenInstrumentFileStopsStartUpNamingTheFileAndTheLine() {
        InstrumentFile.Problem problem = catchThrowableOfType(InstrumentFile.Problem.class,
                () -> new InstrumentLibrary(store, "classpath*:risk/broken-instruments/*.yaml"));

        assertThat(problem).hasMessage("BROKEN-1.yaml line 10: question id 'broken-01' is used twice (first at line 7)");
    }
}
