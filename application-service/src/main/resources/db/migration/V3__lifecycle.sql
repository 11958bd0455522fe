-- Acceptance with gaps (容缺): the materials review accepted the case without, still open, and
-- their deadline. Review owns the gap; this is the applicant's copy, to allow exactly these uploads.
alter table application add column gap_materials text[] not null default '{}';
alter table application add column gap_deadline date;

-- The follow-up rating (GB/T 39734-2020): allowed once, after the bureau reported a rectification.
alter table application add column rectification_reported_at timestamptz;
alter table application add column follow_up_level integer;
alter table application add column follow_up_comment varchar(500);
alter table application add column follow_up_at timestamptz;
