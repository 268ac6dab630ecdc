package org.safeguard.bench;

import java.util.LinkedHashMap;

import org.safeguard.platform.CommandLine;

/** One named benchmark; returns its figures in the order they should be printed. */
interface Benchmark {

    String name();

    String description();

    LinkedHashMap<String, Object> run(CommandLine options);
}
