-- Grain: one row per index whose task classifier is trained: the model (ML.NET zip, base64), the data generation and
-- the hash of the labelled tasks it was trained on, and when; linked_generation: the generation its last prediction
-- pass (task_links) reflects.
CREATE TABLE IF NOT EXISTS task_model (
    index_code     VARCHAR NOT NULL,
    generation     BIGINT NOT NULL,
    training_hash  VARCHAR NOT NULL,
    tasks          INTEGER NOT NULL,
    documents      INTEGER NOT NULL,
    trained_at     TIMESTAMP NOT NULL,
    train_ms       BIGINT NOT NULL,
    model_base64   VARCHAR NOT NULL,
    linked_generation BIGINT
)
