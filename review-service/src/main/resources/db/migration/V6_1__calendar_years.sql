-- The years whose calendar has been set, by a supervisor (PUT /api/review/calendar/{year}) or by
-- importing a shipped notice on start. A shipped calendar is imported only into a year never set,
-- so a restart never overwrites what supervisors have since changed, even an emptied year.
create table calendar_year (
    year       integer      primary key,
    source     varchar(200) not null,
    updated_by varchar(100) not null,
    updated_at timestamptz  not null
);

-- years supervisors entered before this table existed are theirs
insert into calendar_year (year, source, updated_by, updated_at)
select extract(year from day)::integer, 'api', max(updated_by), max(updated_at)
from calendar_day
group by extract(year from day)::integer;
