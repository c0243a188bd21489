package be.passerelle.core.archfixture;

import org.jooq.impl.DSL;

/** A deliberate violation, so that {@code ArchitectureTest} proves its core rule can fail. */
public final class CoreClassUsingJooq {
    private CoreClassUsingJooq() {}

    public static Object leak() {
        return DSL.noCondition();
    }
}
