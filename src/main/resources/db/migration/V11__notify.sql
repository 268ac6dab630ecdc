-- Safe contact preferences and every outbound message to a victim (notify module).
CREATE SCHEMA notify;

-- How a person may safely be contacted, as agreed with them (SafeLives DASH guidance: safe number,
-- times, voicemail/text safety, code word). One row per person; every agency works from the same one.
CREATE TABLE notify.safe_contact (
    person_id            bigint        PRIMARY KEY REFERENCES identity.person (id),
    safe_phone           varchar(20)   CHECK (safe_phone ~ '^0[1-9][0-9]{8,9}$'),
    safe_email           varchar(254)  CHECK (safe_email LIKE '%_@_%'),
    -- A postal address agreed as safe for letters (often not the home); letters go nowhere else.
    safe_address         varchar(500),
    safe_times           varchar(500),
    voicemail_safe       boolean       NOT NULL DEFAULT false,
    text_safe            boolean       NOT NULL DEFAULT false,
    email_safe           boolean       NOT NULL DEFAULT false,
    letter_safe          boolean       NOT NULL DEFAULT false,
    code_word            varchar(50),
    never_use            varchar(500),
    interpreter_language varchar(500),
    updated_by           varchar(100)  NOT NULL,
    updated_at           timestamptz   NOT NULL,
    owning_agency        varchar(40)   NOT NULL,
    version              int           NOT NULL DEFAULT 1 CHECK (version >= 1)
);

-- The outbox: each message asked for, queued for delivery or refused with the reason (refused ones are
-- kept and never delivered). to_address is the safe address it goes to, never any other.
CREATE TABLE notify.message (
    id             bigserial     PRIMARY KEY,
    person_id      bigint        NOT NULL REFERENCES identity.person (id),
    channel        varchar(10)   NOT NULL CHECK (channel IN ('SMS', 'EMAIL', 'LETTER')),
    to_address     varchar(500),
    subject        varchar(200),
    body           varchar(4000) NOT NULL CHECK (length(trim(body)) > 0),
    purpose        varchar(200)  NOT NULL CHECK (length(trim(purpose)) > 0),
    status         varchar(10)   NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'REFUSED', 'FAILED')),
    refusal_reason varchar(1000),
    last_error     varchar(1000),
    requested_by   varchar(100)  NOT NULL,
    requested_at   timestamptz   NOT NULL,
    sent_at        timestamptz,
    attempts       int           NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    owning_agency  varchar(40)   NOT NULL,
    -- A refusal always says why; nothing else carries a refusal reason. (coalesce: a NULL must not pass a CHECK.)
    CONSTRAINT message_refused_has_reason CHECK (CASE WHEN status = 'REFUSED'
        THEN coalesce(length(trim(refusal_reason)), 0) > 0 ELSE refusal_reason IS NULL END),
    CONSTRAINT message_deliverable_has_address CHECK (status = 'REFUSED' OR coalesce(length(trim(to_address)), 0) > 0),
    CONSTRAINT message_sent_has_time CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CONSTRAINT message_failed_has_error CHECK (status <> 'FAILED' OR coalesce(length(trim(last_error)), 0) > 0),
    CONSTRAINT message_email_has_subject CHECK (channel <> 'EMAIL' OR coalesce(length(trim(subject)), 0) > 0)
);
-- The person's page: their messages, newest first.
CREATE INDEX message_person_idx ON notify.message (person_id, requested_at DESC);
-- The sender: queued messages in order.
CREATE INDEX message_queued_idx ON notify.message (id) WHERE status = 'QUEUED';
