package be.passerelle.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * Fails every query of the application role that reads a tenant-private table without the {@link
 * Tenancy} predicate on it (STYLE.md: "a query on a tenant-owned table without the tenant predicate"
 * is one of the five things we never do). Installed on the application role's jOOQ context in every
 * persistence and API integration test; the system role's context, which runs the named system
 * operations, is not watched.
 *
 * <p>The tenant-private tables are read from {@code pg_policies}: every table with row-level security
 * unless a policy lets the application role read all of its rows ({@code using (true)}, e.g. the
 * directory). A query satisfies the check for such a table when it compares one of the tenant columns
 * that the application role's read policies name ({@code tenant_id}, {@code sender_tenant_id}, …) as
 * {@code Tenancy} renders it: {@code "table"."tenant_id" = ?} (or {@code = cast(? as uuid)}) or {@code … is null} (the network's own
 * rows); or when it states the condition of a read policy that does not depend on the tenant (e.g.
 * {@code status = 'PUBLISHED'} on annual reports). Plain inserts are not reads.
 */
public final class TenantPredicateGuard implements ExecuteListener {
    private static final long serialVersionUID = 1L;
    private static final AtomicLong CHECKED = new AtomicLong();
    private static final AtomicBoolean REPORTING = new AtomicBoolean();
    private static final Pattern QUOTED = Pattern.compile("(?<!\\.)\"(\\w+)\"");
    private static final Pattern TENANT_COLUMN = Pattern.compile("\\b(\\w*tenant_id)\\b");
    private static final Pattern LITERAL_CONDITION = Pattern.compile("^\\((\\w+) = '([^']*)'::\\w+\\)$");

    /** The private tables: for each, the conditions that scope a read of it. */
    private final Map<String, Scope> privateTables;

    /** What scopes a read of one private table. */
    record Scope(Set<String> tenantColumns, List<String> literalConditions) {}

    TenantPredicateGuard(Map<String, Scope> privateTables) {
        this.privateTables = Map.copyOf(privateTables);
    }

    /**
     * Reads the policies as the role of {@code applicationPool} sees them. At the end of the JVM, the
     * number of statements checked is written to {@code target/tenant-predicate-guard.txt}.
     */
    public static ExecuteListenerProvider loadedFrom(DataSource applicationPool) {
        reportAtExit();
        return new DefaultExecuteListenerProvider(new TenantPredicateGuard(privateTables(applicationPool)));
    }

    private static synchronized void reportAtExit() {
        if (REPORTING.getAndSet(true)) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(
                        Path.of("target", "tenant-predicate-guard.txt"),
                        CHECKED.get() + " statements checked\n",
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                // the count is information only
            }
        }));
    }

    /** How many statements the guards of this JVM have checked. */
    public static long checked() {
        return CHECKED.get();
    }

    /** The tenant-private tables, by name. */
    public Set<String> tables() {
        return privateTables.keySet();
    }

    @Override
    public void renderEnd(ExecuteContext ctx) {
        if (ctx.sql() != null) {
            check(ctx.sql(), () -> ctx.query() == null ? ctx.sql() : ctx.dsl().renderInlined(ctx.query()));
        }
    }

    /** Throws when {@code sql} reads a private table without its predicate. */
    void check(String sql, Supplier<String> inlined) {
        CHECKED.incrementAndGet();
        String read = readPart(sql);
        Set<String> referenced = new LinkedHashSet<>();
        Matcher quoted = QUOTED.matcher(read);
        while (quoted.find()) {
            if (privateTables.containsKey(quoted.group(1))) {
                referenced.add(quoted.group(1));
            }
        }
        for (String table : referenced) {
            if (!scoped(read, table, privateTables.get(table), inlined)) {
                throw new AssertionError("query reads the tenant-private table " + table
                        + " without the Tenancy predicate (outside a named system operation): " + sql);
            }
        }
    }

    private static boolean scoped(String sql, String table, Scope scope, Supplier<String> inlined) {
        List<String> names = new ArrayList<>(List.of(Pattern.quote("\"" + table + "\"")));
        Matcher alias = Pattern.compile("\"" + table + "\" as \"(\\w+)\"").matcher(sql);
        while (alias.find()) {
            names.add(Pattern.quote("\"" + alias.group(1) + "\""));
        }
        String qualifier = "(?:(?:" + String.join("|", names) + ")\\.)?";
        for (String column : scope.tenantColumns()) {
            if (Pattern.compile(qualifier + "\"" + column + "\" (?:= (?:\\?|cast\\(\\? as \\w+\\))|is null)")
                    .matcher(sql)
                    .find()) {
                return true;
            }
        }
        for (String condition : scope.literalConditions()) {
            if (Pattern.compile(qualifier + condition).matcher(inlined.get()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The part of a statement that reads: all of it, but for an insert only its select. */
    private static String readPart(String sql) {
        if (!sql.stripLeading().toLowerCase(Locale.ROOT).startsWith("insert")) {
            return sql;
        }
        int select = sql.toLowerCase(Locale.ROOT).indexOf(" select ");
        return select < 0 ? "" : sql.substring(select);
    }

    static Map<String, Scope> privateTables(DataSource applicationPool) {
        Map<String, Set<String>> tenantColumns = new TreeMap<>();
        Map<String, List<String>> literals = new TreeMap<>();
        Set<String> readableByAll = new LinkedHashSet<>();
        try (Connection connection = applicationPool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select tablename, cmd, coalesce(qual, ''),"
                        + " current_user = any(roles) or 'public' = any(roles)"
                        + " from pg_policies where schemaname = current_schema()")) {
            while (rows.next()) {
                String table = rows.getString(1);
                tenantColumns.computeIfAbsent(table, t -> new LinkedHashSet<>());
                literals.computeIfAbsent(table, t -> new ArrayList<>());
                boolean reads =
                        rows.getBoolean(4) && ("SELECT".equals(rows.getString(2)) || "ALL".equals(rows.getString(2)));
                if (!reads) {
                    continue;
                }
                String qual = rows.getString(3).strip();
                if (qual.equals("true")) {
                    readableByAll.add(table);
                }
                Matcher column = TENANT_COLUMN.matcher(qual);
                while (column.find()) {
                    tenantColumns.get(table).add(column.group(1));
                }
                Matcher literal = LITERAL_CONDITION.matcher(qual);
                if (literal.matches()) {
                    literals.get(table).add("\"" + literal.group(1) + "\" = '" + Pattern.quote(literal.group(2)) + "'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the row-level security policies", e);
        }
        Map<String, Scope> scopes = new TreeMap<>();
        tenantColumns.forEach((table, columns) -> {
            if (!readableByAll.contains(table)) {
                scopes.put(table, new Scope(columns, literals.get(table)));
            }
        });
        if (scopes.isEmpty()) {
            throw new IllegalStateException("no row-level security policies found: is the schema migrated?");
        }
        return scopes;
    }
}
