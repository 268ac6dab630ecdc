package org.safeguard.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * The command the jar was started with: {@code java -jar safeguard.jar [command] [words] [--option value]}.
 * With no command it runs the service. Options may be written {@code --people 1000} or
 * {@code --people=1000}; Spring's own {@code --key=value} settings pass through untouched.
 */
@Component
public class CommandLine {

    /** The commands that run a job and exit instead of serving pages. */
    public static final Set<String> COMMANDS = Set.of("generate", "bench", "link");

    private final String command;
    private final List<String> words = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    @Autowired
    public CommandLine(ApplicationArguments arguments) {
        this(arguments.getSourceArgs());
    }

    CommandLine(String... args) {
        command = args.length > 0 && COMMANDS.contains(args[0]) ? args[0] : "";
        for (int i = command.isEmpty() ? 0 : 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                if (equals > 0) {
                    options.put(arg.substring(2, equals), arg.substring(equals + 1));
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    options.put(arg.substring(2), args[++i]);
                } else {
                    options.put(arg.substring(2), "");
                }
            } else if (!command.isEmpty()) {
                words.add(arg);
            }
        }
    }

    /** True when the jar was started to run the named command. */
    public boolean is(String name) {
        return command.equals(name);
    }

    /** The words after the command, e.g. the benchmark's name in {@code bench history}. */
    public List<String> words() {
        return List.copyOf(words);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public long longOption(String name, long fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException notANumber) {
            throw InvalidRequest.of(name, "--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    /** True when the arguments name a command (the service should not serve pages). */
    public static boolean namesACommand(String... args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }
}
