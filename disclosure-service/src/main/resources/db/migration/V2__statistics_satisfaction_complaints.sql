-- Read models (rebuilt by replaying the topics) and the service's own records (complaints,
-- notices, rectification steps), which exist nowhere else and are never rebuilt.

-- read model: the bureau's calendar as review-service publishes it, one row per year (latest wins)
create table calendar_year (
    year       integer     primary key,
    holidays   date[]      not null,
    workdays   date[]      not null,
    changed_at timestamptz not null
);

-- read model: one row per case for the statistics; each event fills its own columns, so the
-- order in which the two topics arrive does not matter
create table case_fact (
    case_no         varchar(50) primary key,
    item_code       varchar(31),
    department      varchar(50),
    channel         varchar(12),
    received_at     timestamptz,
    accepted_at     timestamptz,
    not_accepted_at timestamptz,
    decided_at      timestamptz,
    completed_at    timestamptz,
    working_days    integer,
    on_time         boolean,
    overdue_since   timestamptz,
    withdrawn_at    timestamptz
);

create index case_fact_received on case_fact (received_at);
create index case_fact_completed on case_fact (completed_at);

-- read model: the latest evaluation of each case (one follow-up after rectification replaces it)
create table evaluation (
    case_no      varchar(50) primary key,
    item_code    varchar(31) not null,
    department   varchar(50) not null,
    level        smallint    not null check (level between 1 and 5),
    evaluated_at timestamptz not null
);

create index evaluation_at on evaluation (evaluated_at);

-- read model: every poor review (1-2) opens one rectification; its due dates are counted on read
create table rectification (
    case_no    varchar(50) primary key,
    item_code  varchar(31) not null,
    department varchar(50) not null,
    level      smallint    not null,
    opened_at  timestamptz not null
);

-- own record: what the department did about a poor review (call-back, then the report)
create table rectification_step (
    case_no   varchar(50)   not null,
    step      varchar(12)   not null check (step in ('CALL_BACK', 'REPORT')),
    note      varchar(2000) not null,
    done_by   varchar(100)  not null,
    done_at   timestamptz   not null,
    primary key (case_no, step)
);

-- own record: complaints and reports; the query code is kept only as a salted PBKDF2 hash
create sequence complaint_number;

create table complaint (
    ticket          varchar(20)   primary key,
    kind            varchar(10)   not null check (kind in ('COMPLAINT', 'REPORT')),
    department      varchar(50),
    case_no         varchar(50),
    subject         varchar(100)  not null,
    content         varchar(2000) not null,
    contact_name    varchar(50),
    contact_phone   varchar(20),
    query_code_hash varchar(200)  not null,
    filed_at        timestamptz   not null,
    answer          varchar(2000),
    answered_by     varchar(100),
    answered_at     timestamptz,
    published       boolean       not null default false
);

create index complaint_open on complaint (filed_at) where answered_at is null;
create index complaint_published on complaint (answered_at desc) where published;

-- own record: notices and policy documents
create sequence notice_number;

create table notice (
    number       varchar(20)    primary key,
    kind         varchar(10)    not null check (kind in ('NOTICE', 'POLICY')),
    title        varchar(200)   not null,
    document_no  varchar(100),
    body         varchar(20000) not null,
    published_by varchar(100)   not null,
    published_at timestamptz    not null
);

create index notice_published on notice (published_at desc);
