-- One number that moves with every change to item_search, in the same transaction: a search
-- result remembered under a number is still right while the number has not moved, on every
-- instance of the service.
create table search_generation (
    id    boolean primary key default true check (id),
    value bigint  not null
);

insert into search_generation (id, value) values (true, 0);
