package be.passerelle.core.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Samples for a {@link PropertyTest}: hand-picked examples (the edge cases), then {@code count}
 * samples drawn from a {@link RandomGenerator} seeded with the run's seed. Each sample's display
 * name says the seed ({@code "seed 42, sample 7: …"}), and a failing sample's message says how to
 * replay the run with the same samples: {@code -Dpasserelle.seed=42}.
 *
 * <pre>{@code
 * @PropertyTest
 * @MethodSource("postalCodes")
 * void every_postal_code_has_a_region(int code) { ... }
 *
 * static Stream<Arguments> postalCodes() {
 *     return Samples.of(1_000, random -> random.nextInt(1000, 10_000)).withExamples(1000, 9999).stream();
 * }
 * }</pre>
 *
 * <p>The same seed gives the same samples: each {@code stream()} starts a new generator from the seed.
 */
public final class Samples {
    /** The system property that fixes the seed, to replay a failing run. */
    public static final String SEED_PROPERTY = "passerelle.seed";

    private static final long RUN_SEED = runSeed();
    private static final int MAX_DESCRIPTION = 100;

    private final long seed;
    private final int count;
    private final Function<RandomGenerator, Arguments> draw;
    private final List<Arguments> examples;

    private Samples(long seed, int count, Function<RandomGenerator, Arguments> draw, List<Arguments> examples) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        this.seed = seed;
        this.count = count;
        this.draw = Objects.requireNonNull(draw, "draw");
        this.examples = List.copyOf(examples);
    }

    /** The seed of this run: the {@value #SEED_PROPERTY} system property, else a new random one. */
    public static long seed() {
        return RUN_SEED;
    }

    /** {@code count} samples of one argument each. */
    public static Samples of(int count, Function<RandomGenerator, ?> sample) {
        Objects.requireNonNull(sample, "sample");
        return new Samples(RUN_SEED, count, random -> Arguments.of(sample.apply(random)), List.of());
    }

    /** {@code count} samples of several arguments each, e.g. {@code random -> arguments(a, b)}. */
    public static Samples ofArguments(int count, Function<RandomGenerator, Arguments> sample) {
        return new Samples(RUN_SEED, count, sample, List.of());
    }

    /** The same samples drawn from another seed. */
    public Samples withSeed(long seed) {
        return new Samples(seed, count, draw, examples);
    }

    /** Examples of one argument each, tried before the drawn samples. */
    public Samples withExamples(Object... values) {
        return withExampleArguments(
                Arrays.stream(values).map(value -> Arguments.of(value)).toArray(Arguments[]::new));
    }

    /** Examples of several arguments each, tried before the drawn samples. */
    public Samples withExampleArguments(Arguments... more) {
        List<Arguments> all = new ArrayList<>(examples);
        all.addAll(Arrays.asList(more));
        return new Samples(seed, count, draw, all);
    }

    /** The examples, then the drawn samples, each named for its display name and failure message. */
    public Stream<Arguments> stream() {
        RandomGenerator random = new SplittableRandom(seed);
        Stream<Arguments> named = examples.stream().map(example -> named("example", example.get()));
        Stream<Arguments> drawn = Stream.iterate(1, i -> i <= count, i -> i + 1)
                .map(i -> named(
                        "seed " + seed + ", sample " + i, draw.apply(random).get()));
        return Stream.concat(named, drawn);
    }

    /** A value from {@code values}, each as likely. */
    @SafeVarargs
    public static <T> T oneOf(RandomGenerator random, T... values) {
        return values[random.nextInt(values.length)];
    }

    /** A value from {@code values}, each as likely. */
    public static <T> T oneOf(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A value with probability {@code presence}, else empty. */
    public static <T> Optional<T> maybe(RandomGenerator random, double presence, Supplier<T> value) {
        return random.nextDouble() < presence ? Optional.of(value.get()) : Optional.empty();
    }

    private static Arguments named(String name, Object[] values) {
        return Arguments.argumentSet(name + ": " + describe(values), values);
    }

    static String describe(Object[] values) {
        String text = Arrays.stream(values).map(Samples::describe).collect(Collectors.joining(", "));
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 3) + "...";
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return quoted(text);
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " bytes " + Arrays.toString(bytes);
        }
        if (value instanceof Collection<?> collection) {
            return collection.size() + " items " + collection;
        }
        return String.valueOf(value);
    }

    /** The text in quotes, with anything but printable ASCII escaped, so display names stay readable. */
    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                quoted.append((char) c);
            } else {
                quoted.append(String.format("\\u%04x", c));
            }
        });
        return quoted.append('"').toString();
    }

    private static long runSeed() {
        String fixed = System.getProperty(SEED_PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            return Long.parseLong(fixed.strip());
        }
        return new SplittableRandom().nextLong();
    }
}
