package org.safeguard.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request that a rule refused, with a message per field in words a user can act on. Pages show
 * the messages in the GOV.UK error summary; the API returns them as problem JSON. Nothing has
 * been changed when this is thrown.
 */
public class InvalidRequest extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequest(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "invalid request" : problems.get(0).message());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidRequest of(String field, String message) {
        return new InvalidRequest(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The first message for each field, in the order found: what a page's error summary shows. */
    public Map<String, String> byField() {
        Map<String, String> messages = new LinkedHashMap<>();
        problems.forEach(p -> messages.putIfAbsent(p.field(), p.message()));
        return messages;
    }

    /** A field and what is wrong with it; field is the form or JSON name. */
    public record FieldProblem(String field, String message) {
    }

    /** Collects problems while checking a request, then throws them all at once. */
    public static final class Check {

        private final List<FieldProblem> problems = new ArrayList<>();

        public Check require(boolean condition, String field, String message) {
            if (!condition) {
                problems.add(new FieldProblem(field, message));
            }
            return this;
        }

        public int count() {
            return problems.size();
        }

        public boolean hasProblemWith(String field) {
            return problems.stream().anyMatch(p -> p.field().equals(field));
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidRequest(problems);
            }
        }
    }
}
