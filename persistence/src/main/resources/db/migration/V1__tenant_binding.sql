-- Row-level security support (SPEC §1).
-- The application binds the tenant of each transaction with
--   select set_config('app.tenant_id', '<uuid>', true)
-- (transaction-local). On a reused pooled connection the setting reads '' rather than NULL, hence
-- the nullif. Outside a tenant transaction this returns NULL and tenant policies match nothing.
create function app_current_tenant() returns uuid
    language sql
    stable
    parallel safe
as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

grant usage on schema public to ${app_role}, ${system_role};
grant execute on function app_current_tenant() to ${app_role}, ${system_role};
