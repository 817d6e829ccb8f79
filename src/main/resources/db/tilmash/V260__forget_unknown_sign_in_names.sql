-- Portable SQL: runs unchanged on H2 and PostgreSQL.

-- A failed sign-in whose name matches no account was often a password typed into the name box, and every
-- administrator reads the security log: such names are no longer recorded, and those recorded before are forgotten.
-- The address stays, and with it the per-address sign-in limit.
update tilmash_security_event
   set actor = '', subject = ''
 where kind in ('LOGIN_FAILED', 'LOGIN_THROTTLED')
   and subject not in (select username from tilmash_user_account);
