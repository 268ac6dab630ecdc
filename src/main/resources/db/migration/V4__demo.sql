-- Synthetic data bookkeeping (demo module). person_truth says which generated person records are
-- the same real person: the answer key for record linkage. It is never shown to users.
CREATE SCHEMA demo;

CREATE TABLE demo.generation_run (
    seed        bigint PRIMARY KEY,
    people      bigint      NOT NULL,
    records     bigint,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);

CREATE TABLE demo.person_truth (
    person_id       bigint PRIMARY KEY,
    real_person_key varchar(40) NOT NULL
);
CREATE INDEX person_truth_real_idx ON demo.person_truth (real_person_key);
