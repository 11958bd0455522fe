-- An outbox row that can never be sent (too large for the broker, not serializable) is parked
-- after a bounded number of attempts; its key's later rows wait behind it, every other key goes on.
alter table outbox_event add column parked_at timestamptz;

create index outbox_event_parked on outbox_event (event_key, id) where parked_at is not null;
