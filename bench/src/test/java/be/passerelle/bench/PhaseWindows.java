package be.passerelle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** When each phase of the load sent its first and its last request (epoch milliseconds). */
final class PhaseWindows {
    private record Window(long first, long last) {}

    private static final Map<String, Window> WINDOWS = new ConcurrentHashMap<>();

    private PhaseWindows() {}

    static void seen(String phase) {
        long now = System.currentTimeMillis();
        WINDOWS.merge(phase, new Window(now, now), (a, b) -> new Window(a.first(), b.last()));
    }

    static void write(String file) {
        String lines = WINDOWS.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> Long.compare(a.first(), b.first())))
                .map(e -> e.getKey().replace(' ', '\t') + "\t" + e.getValue().first() + "\t"
                        + e.getValue().last() + "\n")
                .collect(Collectors.joining());
        try {
            Path path = Path.of(file);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
