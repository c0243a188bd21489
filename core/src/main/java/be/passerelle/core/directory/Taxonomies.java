package be.passerelle.core.directory;

import be.passerelle.core.shared.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * The shared taxonomies (sectors, areas, named bodies), the orientation points and the directory's
 * revision counter, which every directory write increments so that cached copies know they are stale.
 */
public interface Taxonomies {

    List<Sector> sectors();

    List<Area> areas();

    List<Body> bodies();

    Optional<OrientationPoints> orientationPoints();

    /** Adds what is new (by code), leaves what exists as it is; returns how many rows were added. */
    int addMissing(List<Sector> sectors, List<Area> areas, List<Body> bodies, OrientationPoints points);

    /** Adds the sector at the end of the list, or changes the labels of an existing one; true when new. */
    boolean putSector(Sector sector);

    /** Changes an area's labels; false when there is no such area. */
    boolean relabelArea(AreaCode area, LocalizedText labels);

    long revision();

    /** Marks the directory as changed, in the current unit of work. */
    void changed();
}
