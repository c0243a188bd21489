package be.passerelle.core.referral;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;

/** A randomness source that answers {@code nextInt(bound)} from a script and records the bounds asked. */
final class ScriptedRandom implements RandomGenerator {
    private final Deque<Integer> script = new ArrayDeque<>();
    final List<Integer> bounds = new ArrayList<>();

    ScriptedRandom(int... values) {
        for (int value : values) {
            script.add(value);
        }
    }

    @Override
    public int nextInt(int bound) {
        bounds.add(bound);
        return script.isEmpty() ? 0 : script.remove();
    }

    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("only nextInt(bound) is scripted");
    }
}
