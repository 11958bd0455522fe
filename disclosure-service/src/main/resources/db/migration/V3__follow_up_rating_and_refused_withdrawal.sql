-- read model: whether the rating that counts is the follow-up after a rectification (GB/T 39734-2020
-- allows one); it replaced the poor first rating, and no later rating replaces it
alter table evaluation add column follow_up boolean not null default false;

-- read model: review refused the applicant's withdrawal because it had decided first; such a case
-- was never withdrawn, whichever of the two topics arrives first
alter table case_fact add column withdrawal_refused_at timestamptz;
