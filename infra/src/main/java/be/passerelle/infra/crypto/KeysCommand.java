package be.passerelle.infra.crypto;

import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Key management of the fields and streams keysets, without Tink's CLI: {@code create}, {@code add},
 * {@code promote}, {@code disable}, {@code enable}, {@code destroy}, {@code list}. Files are written
 * whole (a temporary file moved over the old one), readable by their owner only; {@code list} never
 * prints key material. See {@link #USAGE}.
 */
public final class KeysCommand {
    static final String USAGE = """
            usage: KeysCommand <command> [arguments]
              create --kind fields|streams [--file F]  a new keyset of one primary key, printed or written
                                                     to F (which must not exist yet)
              list --file F                            ids, status, primary and type of the keys (no key material)
              add --file F [--primary]                 adds a new enabled key of the keyset's kind; with
                                                     --primary, new values are sealed with it
              promote ID --file F                      makes an enabled key the primary
              disable ID --file F                      the key no longer opens values (not the primary)
              enable ID --file F                       undoes disable
              destroy ID --file F                      removes a disabled key and its material for good
            """;

    private final PrintStream out;
    private final PrintStream err;

    KeysCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new KeysCommand(System.out, System.err).run(args));
    }

    /** @return the exit status: 0 done, 1 refused or failed, 2 wrong usage */
    int run(String... args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            if (arguments.positional() != null
                    && List.of("create", "list", "add").contains(arguments.command())) {
                throw new IllegalArgumentException("unexpected argument " + arguments.positional());
            }
            switch (arguments.command()) {
                case "create" -> create(arguments);
                case "list" -> list(arguments.file());
                case "add" -> add(arguments);
                case "promote", "disable", "enable", "destroy" -> change(arguments);
                default -> throw new IllegalArgumentException("unknown command " + arguments.command());
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private void create(Arguments arguments) {
        Keysets.Kind kind = Keysets.Kind.of(arguments.required("--kind"));
        KeysetHandle keyset = Keysets.generate(kind);
        String json = Keysets.toJson(keyset);
        if (arguments.has("--file")) {
            Path file = arguments.file();
            if (Files.exists(file)) {
                throw new IllegalStateException(file + " exists already: use add to put a new key in it");
            }
            write(file, json);
            err.println("created " + file + " with " + kind.label() + " key " + primaryId(keyset) + " (primary)");
        } else {
            out.println(json.strip());
        }
    }

    private void list(Path file) {
        KeysetHandle keyset = read(file);
        Keysets.Kind kind = Keysets.kindOf(file.toString(), keyset);
        out.printf("%-12s %-10s %-8s %s%n", "id", "status", "primary", "type");
        for (int i = 0; i < keyset.size(); i++) {
            KeysetHandle.Entry entry = keyset.getAt(i);
            out.printf(
                    "%-12s %-10s %-8s %s%n",
                    Keysets.id(entry.getId()), entry.getStatus(), entry.isPrimary() ? "primary" : "-", kind.keyType());
        }
    }

    private void add(Arguments arguments) {
        Path file = arguments.file();
        KeysetHandle keyset = read(file);
        Keysets.Kind kind = Keysets.kindOf(file.toString(), keyset);
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
        KeysetHandle.Builder.Entry entry = KeysetHandle.generateEntryFromParameters(kind.parameters())
                .withRandomId()
                .setStatus(KeyStatus.ENABLED);
        if (arguments.has("--primary")) {
            entry.makePrimary();
        }
        builder.addEntry(entry);
        KeysetHandle changed = build(builder);
        int added = changed.getAt(changed.size() - 1).getId();
        write(file, Keysets.toJson(changed));
        err.println("added " + kind.label() + " key " + Keysets.id(added)
                + (arguments.has("--primary") ? " (primary)" : " (not primary: promote it when every node has it)"));
    }

    private void change(Arguments arguments) {
        Path file = arguments.file();
        String id = arguments.id();
        KeysetHandle keyset = read(file);
        Keysets.Kind kind = Keysets.kindOf(file.toString(), keyset);
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
        int index = indexOf(builder, keyset, id, file);
        KeysetHandle.Builder.Entry entry = builder.getAt(index);
        switch (arguments.command()) {
            case "promote" -> {
                if (entry.getStatus() != KeyStatus.ENABLED) {
                    throw new IllegalStateException("key " + id + " is " + entry.getStatus() + ": enable it first");
                }
                entry.makePrimary();
            }
            case "disable" -> {
                if (entry.isPrimary()) {
                    throw new IllegalStateException("key " + id + " is the primary: promote another key first");
                }
                entry.setStatus(KeyStatus.DISABLED);
            }
            case "enable" -> entry.setStatus(KeyStatus.ENABLED);
            case "destroy" -> {
                if (entry.getStatus() != KeyStatus.DISABLED) {
                    throw new IllegalStateException("key " + id + " is " + entry.getStatus()
                            + ": disable it first, and destroy it once nothing needs it");
                }
                builder.deleteAt(index);
            }
            default -> throw new IllegalArgumentException("unknown command " + arguments.command());
        }
        KeysetHandle changed = build(builder);
        Keysets.check(kind, file.toString(), changed);
        write(file, Keysets.toJson(changed));
        err.println(
                arguments.command() + (arguments.command().endsWith("e") ? "d " : "ed ") + kind.label() + " key " + id);
    }

    private static int indexOf(KeysetHandle.Builder builder, KeysetHandle keyset, String id, Path file) {
        for (int i = 0; i < builder.size(); i++) {
            if (Keysets.id(keyset.getAt(i).getId()).equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException(file + " has no key " + id);
    }

    private static KeysetHandle build(KeysetHandle.Builder builder) {
        try {
            return builder.build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Tink refused the changed keyset: " + e.getMessage());
        }
    }

    private static String primaryId(KeysetHandle keyset) {
        return Keysets.id(keyset.getPrimary().getId());
    }

    private static KeysetHandle read(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        return Keysets.parseJson(file.toString(), json);
    }

    /** Writes {@code json} to a new file beside {@code file}, owner-only, then moves it over {@code file}. */
    private static void write(Path file, String json) {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            PosixFileAttributeView posix = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, json.strip() + System.lineSeparator());
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("cannot write " + file + ": it exists");
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot write " + file + " (" + e.getClass().getSimpleName() + ")");
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // left behind: owner-only, and the next write makes another one
                }
            }
        }
    }

    /** The command line: a command, at most one positional id, and options. */
    private record Arguments(String command, String positional, List<String> options) {

        static Arguments parse(String... args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("no command given");
            }
            String positional = null;
            List<String> options = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--file") || arg.equals("--kind")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    options.add(arg);
                    options.add(args[++i]);
                } else if (arg.equals("--primary")) {
                    options.add(arg);
                    options.add("");
                } else if (!arg.startsWith("--") && positional == null) {
                    positional = arg;
                } else {
                    throw new IllegalArgumentException("unexpected argument " + arg);
                }
            }
            return new Arguments(args[0], positional, options);
        }

        boolean has(String option) {
            return options.contains(option);
        }

        String required(String option) {
            int at = options.indexOf(option);
            if (at < 0) {
                throw new IllegalArgumentException(command + " needs " + option);
            }
            return options.get(at + 1);
        }

        Path file() {
            return Path.of(required("--file"));
        }

        String id() {
            if (positional == null) {
                throw new IllegalArgumentException(command + " needs the id of a key (see list)");
            }
            return positional;
        }
    }
}
