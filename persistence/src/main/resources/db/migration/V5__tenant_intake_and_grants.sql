-- Referral intake (SPEC §4.1, §4.3): the acknowledgement deadline in working days lives with the
-- tenant, next to accepts_referrals, so that referrals read both from one shared row.
alter table tenants
    add column acknowledgement_working_days integer not null default 5
        check (acknowledgement_working_days between 1 and 60);

-- Network administration (create, update, suspend) and a tenant admin's intake settings run on the
-- request path, as the application role; the table stays shared (no tenant policy).
grant insert, update on tenants to ${app_role};
