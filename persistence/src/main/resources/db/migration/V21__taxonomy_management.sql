-- Network administrators manage the taxonomies on the request path (SPEC §4.2): new sectors, and
-- the labels of sectors and areas. Codes are stable (no delete), the geography itself stays seed data.
grant insert, update (labels) on directory_sectors to ${app_role};
grant update (labels) on directory_areas to ${app_role};
