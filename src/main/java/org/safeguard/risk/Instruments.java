package org.safeguard.risk;

import java.time.Clock;
import java.util.List;
import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.risk.instrument.InstrumentFile;
import org.safeguard.risk.instrument.InstrumentLibrary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk instruments as data: which is in use, every version kept, and an administrator adding a new
 * version (e.g. a force moving to DARA) without a code change. Assessments keep the version they were
 * made with, so old versions are never removed.
 */
@Service
public class Instruments {

    private static final int MAX_UPLOAD = 200_000;

    private final InstrumentLibrary library;
    private final RiskSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    Instruments(InstrumentLibrary library, RiskSettings settings, AuditTrail audit, Clock clock) {
        this.library = library;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The latest version of the instrument new police assessments use ({@code safeguard.risk.instrument}). */
    @PreAuthorize("isAuthenticated()")
    public Instrument inUse() {
        return library.latest(settings.instrument()).orElseThrow(() -> new IllegalStateException(
                "safeguard.risk.instrument names " + settings.instrument() + ", which no instrument file has"));
    }

    /** The latest version of each supplement offered beside it. */
    @PreAuthorize("isAuthenticated()")
    public List<Instrument> supplements() {
        return settings.supplements().stream().map(code -> library.latest(code).orElseThrow(() ->
                new IllegalStateException("safeguard.risk.supplements names " + code + ", which no instrument file has")))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<Instrument> all() {
        return library.all();
    }

    @PreAuthorize("isAuthenticated()")
    public Instrument find(String code, int version) {
        return library.find(code, version).orElseThrow(() -> new RecordNotFound("instrument", code + " v" + version));
    }

    /** Adds a version from the YAML text; refused, naming the line, when the file is broken. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Instrument add(String yaml, SignedInStaff admin) {
        if (yaml == null || yaml.isBlank()) {
            throw InvalidRequest.of("source", "Paste the instrument file");
        }
        if (yaml.length() > MAX_UPLOAD) {
            throw InvalidRequest.of("source", "The file is too long: at most 200,000 characters");
        }
        try {
            Instrument read = InstrumentFile.read("The uploaded file", yaml, "check");
            library.latest(read.code()).filter(earlier -> earlier.purpose() != read.purpose()).ifPresent(earlier -> {
                throw InvalidRequest.of("source", earlier.label() + " is a " + earlier.purpose().name().toLowerCase()
                        + " instrument: a new version keeps its purpose");
            });
            if (read.purpose() == Instrument.Purpose.MAIN
                    && read.questions().size() < Math.max(settings.highFrom(), settings.visibleHighRiskFrom())) {
                throw InvalidRequest.of("source", "A main checklist needs at least "
                        + Math.max(settings.highFrom(), settings.visibleHighRiskFrom()) + " questions, or no victim "
                        + "could ever reach high risk (safeguard.risk.high-from)");
            }
            Instrument added = library.add(yaml, admin.username(), clock.instant());
            audit.record(AuditEvent.of("RISK_INSTRUMENT_ADDED", "instrument", added.label()));
            return added;
        } catch (InstrumentFile.Problem problem) {
            throw InvalidRequest.of("source", problem.getMessage());
        }
    }
}
