-- What the parties of a forwarded referral learn of its chained successor (SPEC §4.3): its id, the
-- institution that now holds it and its state, never its content. The successor's row is not
-- visible to the first sender (it is no party to it), so a narrow SECURITY DEFINER function reads
-- those three non-personal fields, and only for a caller's tenant that is a party to the original.
--
-- The function runs as the schema owner, which is subject to the forced row-level security like
-- everyone else: this policy lets the owner (and so only owner-defined functions like this one)
-- read referrals. The owner could lift forced RLS on its own tables anyway; the application and
-- system roles gain nothing from it.
create policy referrals_owner_functions on referrals
    for select to current_user
    using (true);

create function referral_forwarded_to(original uuid)
    returns table (id uuid, receiver_slug text, state text)
    language sql
    stable
    security definer
    set search_path = public, pg_temp
as $$
    select chained.id, receiver.slug, chained.state
    from referrals first
    join referrals chained on chained.id = first.forwarded_to
    join tenants receiver on receiver.id = chained.receiver_tenant_id
    where first.id = original
      and app_current_tenant() in (first.sender_tenant_id, first.receiver_tenant_id)
$$;

revoke all on function referral_forwarded_to(uuid) from public;
grant execute on function referral_forwarded_to(uuid) to ${app_role};
