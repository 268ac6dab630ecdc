package org.safeguard.risk.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.safeguard.risk.Instrument;
import org.safeguard.risk.Question;
import org.safeguard.risk.store.InstrumentStore;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every instrument version the service knows: the resource files under {@code risk/instruments/} (read
 * at start-up; a broken file stops start-up naming the file and line) and the versions administrators
 * uploaded (kept in {@code risk.instrument_version}, read when first needed). A question id may not be
 * used by two instruments with different codes, so an answer keyed by question id is never ambiguous.
 */
@Component
public class InstrumentLibrary {

    static final String LOCATION = "classpath*:risk/instruments/*.yaml";

    private final InstrumentStore store;
    private final Map<String, Instrument> byKey = new ConcurrentHashMap<>();
    private volatile boolean uploadsLoaded;

    @org.springframework.beans.factory.annotation.Autowired
    public InstrumentLibrary(InstrumentStore store) {
        this(store, LOCATION);
    }

    /** With the instrument files at {@code location} (a resource pattern), for tests of broken files. */
    InstrumentLibrary(InstrumentStore store, String location) {
        this.store = store;
        for (Instrument instrument : readResources(location)) {
            String problem = clash(instrument);
            if (problem != null) {
                throw new InstrumentFile.Problem(instrument.source(), 0, problem);
            }
            byKey.put(key(instrument.code(), instrument.version()), instrument);
        }
    }

    private static List<Instrument> readResources(String location) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
            List<Instrument> read = new ArrayList<>();
            for (Resource file : files) {
                String text = file.getContentAsString(StandardCharsets.UTF_8);
                read.add(InstrumentFile.read(file.getFilename(), text, file.getFilename()));
            }
            return read;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the risk instruments in " + location, unreadable);
        }
    }

    public Optional<Instrument> find(String code, int version) {
        loadUploads();
        Instrument found = byKey.get(key(code, version));
        if (found == null) {
            // Uploaded on another node since this one started.
            found = store.find(code, version).map(this::fromUpload).orElse(null);
            if (found != null) {
                byKey.putIfAbsent(key(code, version), found);
            }
        }
        return Optional.ofNullable(found);
    }

    /** The newest version of the instrument with this code. */
    public Optional<Instrument> latest(String code) {
        loadUploads();
        store.all().stream().filter(u -> u.code().equals(code)).forEach(u -> find(u.code(), u.version()));
        return byKey.values().stream().filter(i -> i.code().equals(code)).max(Comparator.comparingInt(Instrument::version));
    }

    public List<Instrument> all() {
        readNewUploads();
        return byKey.values().stream()
                .sorted(Comparator.comparing(Instrument::code).thenComparing(Instrument::version)).toList();
    }

    /**
     * Checks an uploaded file and keeps it; the problem (with its line) when it is broken, clashes with
     * another instrument's question ids, or that code and version exist already.
     */
    public Instrument add(String text, String addedBy, java.time.Instant at) {
        readNewUploads();
        Instrument read = InstrumentFile.read("The uploaded file", text, "uploaded by " + addedBy);
        if (byKey.containsKey(key(read.code(), read.version())) || store.find(read.code(), read.version()).isPresent()) {
            throw new InstrumentFile.Problem("The uploaded file", 0, read.label() + " exists already: give the new "
                    + "version a higher number");
        }
        String problem = clash(read);
        if (problem != null) {
            throw new InstrumentFile.Problem("The uploaded file", 0, problem);
        }
        if (!store.insert(read.code(), read.version(), read.name(), text, addedBy, at)) {
            throw new InstrumentFile.Problem("The uploaded file", 0, read.label() + " exists already");
        }
        // Not cached here: until the transaction commits, find() reads it from the store.
        return read;
    }

    /** Why the instrument's question ids clash with another code's, or null. */
    private String clash(Instrument candidate) {
        for (Instrument other : byKey.values()) {
            if (other.code().equals(candidate.code())) {
                continue;
            }
            for (Question question : candidate.questions()) {
                if (other.question(question.id()).isPresent()) {
                    return "question id '" + question.id() + "' is already used by " + other.label()
                            + "; each instrument needs its own ids";
                }
            }
        }
        return null;
    }

    /** Adds the versions uploaded since the uploads were first read, here or on another node. */
    private void readNewUploads() {
        loadUploads();
        store.all().forEach(upload -> byKey.computeIfAbsent(key(upload.code(), upload.version()), k -> fromUpload(upload)));
    }

    private void loadUploads() {
        if (uploadsLoaded) {
            return;
        }
        synchronized (this) {
            if (!uploadsLoaded) {
                store.all().forEach(upload -> byKey.putIfAbsent(key(upload.code(), upload.version()), fromUpload(upload)));
                uploadsLoaded = true;
            }
        }
    }

    private Instrument fromUpload(InstrumentStore.Uploaded upload) {
        return InstrumentFile.read(upload.code() + " v" + upload.version(), upload.source(),
                "uploaded by " + upload.addedBy());
    }

    private static String key(String code, int version) {
        return code + "#" + version;
    }
}
