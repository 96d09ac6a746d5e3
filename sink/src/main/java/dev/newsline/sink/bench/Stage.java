package dev.newsline.sink.bench;

/** A pipeline stage that CPU samples are attributed to. */
public enum Stage {
    PARSE("parse"),
    NORMALIZE("normalize"),
    LANGUAGE("language"),
    TAGS("tags"),
    FINGERPRINT("fingerprint"),
    DEDUP_INDEX("dedup index"),
    SERDE("(de)serialization"),
    KAFKA("kafka clients/streams"),
    BROKER("broker (embedded)"),
    OTHER("other");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** The name printed in the table and the JSON. */
    public String label() {
        return label;
    }
}
