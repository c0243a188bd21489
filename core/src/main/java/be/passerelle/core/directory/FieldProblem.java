package be.passerelle.core.directory;

import java.util.Objects;

/** One invalid field of a directory entry: its path in the request and what is wrong. */
public record FieldProblem(String field, String message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
