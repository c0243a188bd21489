package be.passerelle.api.archcycleleft;

import be.passerelle.api.archcycleright.Right;

/** Half of a deliberate package cycle, so that {@code ArchitectureTest} proves its cycle rule can fail. */
public final class Left {
    private Left() {}

    public static Object other() {
        return Right.class;
    }
}
