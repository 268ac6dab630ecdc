-- The victims a worker has taken on through a service (for the IDVA service: the victims whose IDVA they are), for
-- the MARAC section of their board. Kept apart from V16 so a database that has applied V16 takes it too.
CREATE INDEX referral_worker_accepted_idx ON referral.referral (assigned_to, service_kind) WHERE status = 'ACCEPTED';
