-- Confidential addresses (identity module): a refuge or sanctuary address a person lives at. The address is
-- confidential for every person recorded at it, while they live there and after (it is where the refuge is).
-- Who may see it is access's decision (the CONFIDENTIAL_ADDRESS restriction, V20).
ALTER TABLE identity.person_address
    ADD COLUMN confidential_kind varchar(10) CHECK (confidential_kind IN ('REFUGE', 'SANCTUARY')),
    ADD COLUMN recorded_by       varchar(60),
    ADD COLUMN recorded_at       timestamptz;
CREATE INDEX person_address_confidential_idx ON identity.person_address (address_id)
    WHERE confidential_kind IS NOT NULL;
