-- The bureau's calendar, maintained by supervisors year by year: public holidays and the
-- weekend days the national schedule turns into working days. No dates are shipped.
create table calendar_day (
    day        date         primary key,
    kind       varchar(8)   not null check (kind in ('HOLIDAY', 'WORKDAY')),
    note       varchar(200) not null,
    updated_by varchar(100) not null,
    updated_at timestamptz  not null
);
