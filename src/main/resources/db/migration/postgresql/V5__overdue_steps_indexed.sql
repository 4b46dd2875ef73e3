-- The steps flagged overdue and still open, counted for Prometheus every refresh on every node: a partial index holds
-- only those rows, instead of the count reading every step of every township and village (500,000 in a province).
create index if not exists re_idx_step_overdue_open on re_step_progress (step)
    where overdue_at is not null and completed_at is null;
create index if not exists re_idx_village_step_overdue_open on re_village_step (step)
    where overdue_at is not null and completed_at is null;
