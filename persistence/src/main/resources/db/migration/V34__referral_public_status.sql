-- The citizen's status check (SPEC §4.3, GET /public/referral-status): one narrow SECURITY DEFINER
-- function that, for a public reference, returns the stored access-code HMAC (compared by the
-- application in constant time) and non-personal fields only: the state and the institution that
-- holds the case now, following forwards, and the citizen's language for the labels. It reads
-- through the owner's select policy of V32; the application role has no other way to read a
-- referral without its tenant bound.
create function referral_public_status(reference text)
    returns table (access_code_hmac bytea,
                   state text,
                   holder_slug text,
                   holder_names jsonb,
                   holder_languages text[],
                   citizen_language text,
                   updated_at timestamptz)
    language sql
    stable
    security definer
    set search_path = public, pg_temp
as $$
    with recursive chain(id, depth) as (
        select id, 0 from referrals where public_reference = reference
        union all
        select r.forwarded_to, c.depth + 1
        from chain c
        join referrals r on r.id = c.id
        where r.forwarded_to is not null and c.depth < 20
    ),
    first as (
        select access_code_hmac, citizen_language from referrals where public_reference = reference
    ),
    holder as (
        select r.state, r.receiver_tenant_id, r.updated_at
        from chain c
        join referrals r on r.id = c.id
        order by c.depth desc
        limit 1
    )
    select first.access_code_hmac, holder.state, t.slug, t.names, t.languages, first.citizen_language,
           holder.updated_at
    from first, holder
    join tenants t on t.id = holder.receiver_tenant_id
$$;

revoke all on function referral_public_status(text) from public;
grant execute on function referral_public_status(text) to ${app_role};

-- Failed checks per reference and day (Europe/Brussels): a reference locks for the day after 10.
-- Shared and non-personal (a reference is not a secret), written by anonymous requests.
create table referral_status_failures (
    reference text    not null,
    day       date    not null,
    failures  integer not null default 0,
    primary key (reference, day)
);

grant select, insert, update on referral_status_failures to ${app_role};
grant select, delete on referral_status_failures to ${system_role};
