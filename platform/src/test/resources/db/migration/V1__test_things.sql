create table thing (id bigserial primary key, name varchar(100) not null);
create table applied_effect (event_id uuid primary key, name varchar(100) not null);
