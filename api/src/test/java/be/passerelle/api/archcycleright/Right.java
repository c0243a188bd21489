package be.passerelle.api.archcycleright;

import be.passerelle.api.archcycleleft.Left;

/** The other half of the deliberate package cycle of {@link Left}. */
public final class Right {
    private Right() {}

    public static Object other() {
        return Left.class;
    }
}
