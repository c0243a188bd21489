package be.passerelle.api.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A page of items and the link to the next page ({@code null} on the last page).
 *
 * @param items the items of this page
 * @param next the URL of the next page, with an opaque cursor
 */
public record PageResponse<T>(
        List<T> items,

        @Schema(nullable = true, description = "the next page, absent on the last one")
        String next) {}
