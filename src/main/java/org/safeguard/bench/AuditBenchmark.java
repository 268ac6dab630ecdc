package org.safeguard.bench;

import java.util.LinkedHashMap;

import org.safeguard.audit.AuditActor;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.audit.AuditVerification;
import org.safeguard.platform.CommandLine;
import org.springframework.stereotype.Component;

/**
 * {@code bench audit [--appends N]}: the cost every audited request pays (one chained append in its
 * own transaction), and how fast the whole chain can be verified. The rows it writes stay in the
 * log, marked {@code BENCHMARK_APPEND}: the log is append-only, benchmarks included.
 */
@Component
class AuditBenchmark implements Benchmark {

    private final AuditTrail audit;

    AuditBenchmark(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String description() {
        return "audit log append latency and chain verification speed";
    }

    @Override
    public LinkedHashMap<String, Object> run(CommandLine options) {
        int appends = (int) options.longOption("appends", 10_000);
        for (int i = 0; i < Math.min(500, appends); i++) {
            audit.recordFor(AuditActor.SYSTEM, AuditEvent.of("BENCHMARK_APPEND").because("warm-up"));
        }
        Latencies latencies = new Latencies(appends);
        for (int i = 0; i < appends; i++) {
            long started = System.nanoTime();
            audit.recordFor(AuditActor.SYSTEM, AuditEvent.of("BENCHMARK_APPEND", "benchmark", i));
            latencies.add(System.nanoTime() - started);
        }
        long started = System.nanoTime();
        AuditVerification verification = audit.verify();
        double seconds = (System.nanoTime() - started) / 1e9;
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        figures.put("appends", appends);
        figures.put("append_p50_ms", latencies.percentileMillis(50));
        figures.put("append_p95_ms", latencies.percentileMillis(95));
        figures.put("append_p99_ms", latencies.percentileMillis(99));
        figures.put("verify_rows", verification.rowsChecked());
        figures.put("verify_rows_per_s", Math.round(verification.rowsChecked() / seconds));
        figures.put("intact", verification.intact());
        return figures;
    }
}
