package be.passerelle.persistence.directory;

import static be.passerelle.persistence.jooq.Tables.DIRECTORY_AREAS;
import static be.passerelle.persistence.jooq.Tables.DIRECTORY_BODIES;
import static be.passerelle.persistence.jooq.Tables.DIRECTORY_ORIENTATION_POINTS;
import static be.passerelle.persistence.jooq.Tables.DIRECTORY_REVISION;
import static be.passerelle.persistence.jooq.Tables.DIRECTORY_SECTORS;

import be.passerelle.core.directory.AdminLevel;
import be.passerelle.core.directory.Area;
import be.passerelle.core.directory.AreaCode;
import be.passerelle.core.directory.AreaKind;
import be.passerelle.core.directory.Body;
import be.passerelle.core.directory.OrientationPoints;
import be.passerelle.core.directory.PostalCode;
import be.passerelle.core.directory.PostalRange;
import be.passerelle.core.directory.Sector;
import be.passerelle.core.directory.Taxonomies;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.persistence.Database;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** The shared taxonomies, orientation points and the directory's revision counter. */
final class JooqTaxonomies implements Taxonomies {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Database database;

    JooqTaxonomies(Database database) {
        this.database = database;
    }

    @Override
    public List<Sector> sectors() {
        return database.dsl()
                .select(DIRECTORY_SECTORS.CODE, DIRECTORY_SECTORS.LABELS)
                .from(DIRECTORY_SECTORS)
                .orderBy(DIRECTORY_SECTORS.POSITION, DIRECTORY_SECTORS.CODE)
                .fetch(r -> new Sector(
                        r.value1(),
                        ProfileJson.localized(MAPPER.readTree(r.value2().data()))));
    }

    @Override
    public List<Area> areas() {
        return database.dsl()
                .select(
                        DIRECTORY_AREAS.CODE,
                        DIRECTORY_AREAS.KIND,
                        DIRECTORY_AREAS.LABELS,
                        DIRECTORY_AREAS.POSTAL_RANGES,
                        DIRECTORY_AREAS.POSTAL_CODES,
                        DIRECTORY_AREAS.COMPOSED_OF,
                        DIRECTORY_AREAS.MINUS)
                .from(DIRECTORY_AREAS)
                .orderBy(DIRECTORY_AREAS.POSITION, DIRECTORY_AREAS.CODE)
                .fetch(r -> {
                    List<PostalRange> ranges = new ArrayList<>();
                    MAPPER.readTree(r.value4().data())
                            .forEach(range -> ranges.add(PostalRange.of(
                                    range.path(0).asInt(), range.path(1).asInt())));
                    return new Area(
                            AreaCode.of(r.value1()),
                            AreaKind.valueOf(r.value2()),
                            ProfileJson.localized(MAPPER.readTree(r.value3().data())),
                            ranges,
                            Arrays.stream(r.value5()).map(PostalCode::parse).toList(),
                            Arrays.stream(r.value6()).map(AreaCode::of).toList(),
                            Arrays.stream(r.value7()).map(AreaCode::of).toList());
                });
    }

    @Override
    public List<Body> bodies() {
        return database.dsl()
                .select(
                        DIRECTORY_BODIES.CODE,
                        DIRECTORY_BODIES.NAMES,
                        DIRECTORY_BODIES.ADMIN_LEVEL,
                        DIRECTORY_BODIES.SECTOR,
                        DIRECTORY_BODIES.AREA)
                .from(DIRECTORY_BODIES)
                .orderBy(DIRECTORY_BODIES.POSITION, DIRECTORY_BODIES.CODE)
                .fetch(r -> new Body(
                        r.value1(),
                        ProfileJson.localized(MAPPER.readTree(r.value2().data())),
                        AdminLevel.valueOf(r.value3()),
                        Optional.ofNullable(r.value4()),
                        AreaCode.of(r.value5())));
    }

    @Override
    public Optional<OrientationPoints> orientationPoints() {
        Map<AdminLevel, TenantSlug> points = new EnumMap<>(AdminLevel.class);
        database.dsl()
                .select(DIRECTORY_ORIENTATION_POINTS.ADMIN_LEVEL, DIRECTORY_ORIENTATION_POINTS.INSTITUTION)
                .from(DIRECTORY_ORIENTATION_POINTS)
                .forEach(r -> points.put(AdminLevel.valueOf(r.value1()), new TenantSlug(r.value2())));
        return points.size() == AdminLevel.values().length
                ? Optional.of(new OrientationPoints(points))
                : Optional.empty();
    }

    @Override
    public int addMissing(List<Sector> sectors, List<Area> areas, List<Body> bodies, OrientationPoints points) {
        DSLContext dsl = database.dsl();
        int added = 0;
        for (int i = 0; i < sectors.size(); i++) {
            Sector sector = sectors.get(i);
            added += dsl.insertInto(DIRECTORY_SECTORS)
                    .set(DIRECTORY_SECTORS.CODE, sector.code())
                    .set(DIRECTORY_SECTORS.LABELS, ProfileJson.textsColumn(sector.labels()))
                    .set(DIRECTORY_SECTORS.POSITION, i)
                    .onConflict(DIRECTORY_SECTORS.CODE)
                    .doNothing()
                    .execute();
        }
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            ArrayNode ranges = MAPPER.createArrayNode();
            area.postalRanges()
                    .forEach(r -> ranges.addArray()
                            .add(r.first().value())
                            .add(r.last().value()));
            added += dsl.insertInto(DIRECTORY_AREAS)
                    .set(DIRECTORY_AREAS.CODE, area.code().value())
                    .set(DIRECTORY_AREAS.KIND, area.kind().name())
                    .set(DIRECTORY_AREAS.LABELS, ProfileJson.textsColumn(area.labels()))
                    .set(DIRECTORY_AREAS.POSTAL_RANGES, JSONB.valueOf(MAPPER.writeValueAsString(ranges)))
                    .set(
                            DIRECTORY_AREAS.POSTAL_CODES,
                            area.postalCodes().stream()
                                    .map(PostalCode::toString)
                                    .toArray(String[]::new))
                    .set(
                            DIRECTORY_AREAS.COMPOSED_OF,
                            area.composedOf().stream().map(AreaCode::value).toArray(String[]::new))
                    .set(
                            DIRECTORY_AREAS.MINUS,
                            area.minus().stream().map(AreaCode::value).toArray(String[]::new))
                    .set(DIRECTORY_AREAS.POSITION, i)
                    .onConflict(DIRECTORY_AREAS.CODE)
                    .doNothing()
                    .execute();
        }
        for (int i = 0; i < bodies.size(); i++) {
            Body body = bodies.get(i);
            added += dsl.insertInto(DIRECTORY_BODIES)
                    .set(DIRECTORY_BODIES.CODE, body.code())
                    .set(DIRECTORY_BODIES.NAMES, ProfileJson.textsColumn(body.names()))
                    .set(DIRECTORY_BODIES.ADMIN_LEVEL, body.adminLevel().name())
                    .set(DIRECTORY_BODIES.SECTOR, body.sector().orElse(null))
                    .set(DIRECTORY_BODIES.AREA, body.area().value())
                    .set(DIRECTORY_BODIES.POSITION, i)
                    .onConflict(DIRECTORY_BODIES.CODE)
                    .doNothing()
                    .execute();
        }
        for (Map.Entry<AdminLevel, TenantSlug> point : points.byLevel().entrySet()) {
            added += dsl.insertInto(DIRECTORY_ORIENTATION_POINTS)
                    .set(
                            DIRECTORY_ORIENTATION_POINTS.ADMIN_LEVEL,
                            point.getKey().name())
                    .set(
                            DIRECTORY_ORIENTATION_POINTS.INSTITUTION,
                            point.getValue().value())
                    .onConflict(DIRECTORY_ORIENTATION_POINTS.ADMIN_LEVEL)
                    .doNothing()
                    .execute();
        }
        return added;
    }

    @Override
    public boolean putSector(Sector sector) {
        DSLContext dsl = database.dsl();
        int updated = dsl.update(DIRECTORY_SECTORS)
                .set(DIRECTORY_SECTORS.LABELS, ProfileJson.textsColumn(sector.labels()))
                .where(DIRECTORY_SECTORS.CODE.eq(sector.code()))
                .execute();
        if (updated == 1) {
            return false;
        }
        dsl.insertInto(DIRECTORY_SECTORS)
                .set(DIRECTORY_SECTORS.CODE, sector.code())
                .set(DIRECTORY_SECTORS.LABELS, ProfileJson.textsColumn(sector.labels()))
                .set(
                        DIRECTORY_SECTORS.POSITION,
                        dsl.select(org.jooq
                                        .impl
                                        .DSL
                                        .coalesce(org.jooq.impl.DSL.max(DIRECTORY_SECTORS.POSITION), -1)
                                        .plus(1))
                                .from(DIRECTORY_SECTORS))
                .execute();
        return true;
    }

    @Override
    public boolean relabelArea(AreaCode area, LocalizedText labels) {
        return database.dsl()
                        .update(DIRECTORY_AREAS)
                        .set(DIRECTORY_AREAS.LABELS, ProfileJson.textsColumn(labels))
                        .where(DIRECTORY_AREAS.CODE.eq(area.value()))
                        .execute()
                == 1;
    }

    @Override
    public long revision() {
        return database.dsl()
                .select(DIRECTORY_REVISION.VALUE)
                .from(DIRECTORY_REVISION)
                .fetchOptional(DIRECTORY_REVISION.VALUE)
                .orElse(0L);
    }

    @Override
    public void changed() {
        database.dsl()
                .update(DIRECTORY_REVISION)
                .set(DIRECTORY_REVISION.VALUE, DIRECTORY_REVISION.VALUE.plus(1))
                .execute();
    }
}
