package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import java.util.List;

/** Input that breaks the rules, field by field (a directory entry, a finder query). */
public final class InvalidFields extends InvalidInput {
    private final transient List<FieldProblem> problems;

    public InvalidFields(List<FieldProblem> problems) {
        super("the request has invalid fields");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
