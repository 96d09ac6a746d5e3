package dev.newsline.enrich.dedup;

import java.util.Arrays;
import org.apache.kafka.common.utils.Bytes;

/** What a probe key stands for; its first byte. Exact kinds are listed strongest first. */
public enum ProbeKind {
    ID('i', "exact-id"),
    URL('u', "exact-url"),
    CONTENT('c', "exact-content"),
    BAND('b', "near");

    private final byte tag;
    private final String method;

    ProbeKind(char tag, String method) {
        this.tag = (byte) tag;
        this.method = method;
    }

    /** The {@code method} written on news.duplicates. */
    public String method() {
        return method;
    }

    /** True for id, URL and content: one match is proof. */
    public boolean exact() {
        return this != BAND;
    }

    /** The probe key: this kind's tag, then {@code value}. */
    public Bytes key(byte[] value) {
        byte[] k = Arrays.copyOf(new byte[] {tag}, value.length + 1);
        System.arraycopy(value, 0, k, 1, value.length);
        return Bytes.wrap(k);
    }

    /** The kind of a probe key. */
    public static ProbeKind of(Bytes key) {
        byte t = key.get()[0];
        for (ProbeKind k : values()) {
            if (k.tag == t) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown probe kind " + (char) t);
    }
}
