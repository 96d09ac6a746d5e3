package dev.newsline.ingest.source;

import dev.newsline.ingest.config.NewslineSettings;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The sizes a file must fit to be sent to news.raw: {@code newsline.max.article.bytes} (larger records would
 * only be rejected as TOO_LARGE), the producer's {@code max.request.size} and news.raw's
 * {@code max.message.bytes} when it is known. The two Kafka limits count the record's framing and headers too.
 *
 * @param maxArticleBytes      {@code newsline.max.article.bytes}
 * @param maxRequestSize       the producer's {@code max.request.size}
 * @param topicMaxMessageBytes news.raw's {@code max.message.bytes}, if it could be read
 */
public record RawRecordLimits(int maxArticleBytes, int maxRequestSize, OptionalInt topicMaxMessageBytes) {

    /**
     * The limits a producer of news.raw checks against: {@code newsline.max.article.bytes} of {@code settings}, the
     * {@code max.request.size} of {@code producerConfig}, and news.raw's {@code max.message.bytes} if known.
     */
    public static RawRecordLimits of(Properties settings, Properties producerConfig, OptionalInt topicMaxMessageBytes) {
        return new RawRecordLimits(NewslineSettings.from(settings).maxArticleBytes(),
                Integer.parseInt(String.valueOf(producerConfig.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)).strip()),
                topicMaxMessageBytes);
    }


    /**
     * Bytes a record batch of one record adds around its value, apart from the headers: the batch header
     * (61 bytes) and the record's own varint lengths, timestamps and attributes, rounded up.
     */
    static final int FRAMING_BYTES = 128;
    /** Room for the {@code filename} and {@code content-type} headers of an ordinary file name. */
    static final int HEADER_ALLOWANCE = 1024;

    /** Why a value of {@code size} bytes with {@code headerBytes} of headers cannot be sent, if it cannot. */
    public Optional<String> refusal(long size, int headerBytes) {
        long onTheWire = size + FRAMING_BYTES + headerBytes;
        if (size > maxArticleBytes) {
            return Optional.of(describe(size) + ", more than newsline.max.article.bytes=" + maxArticleBytes);
        }
        if (onTheWire > maxRequestSize) {
            return Optional.of(describe(size) + ", more than the producer's max.request.size=" + maxRequestSize
                    + " allows with headers");
        }
        if (topicMaxMessageBytes.isPresent() && onTheWire > topicMaxMessageBytes.getAsInt()) {
            return Optional.of(describe(size) + ", more than news.raw's max.message.bytes="
                    + topicMaxMessageBytes.getAsInt() + " allows with headers");
        }
        return Optional.empty();
    }

    /**
     * A warning when news.raw cannot take every article {@code newsline.max.article.bytes} allows (a topic
     * created before, with the broker's default 1 MB), naming the fix.
     */
    public Optional<String> topicTooSmall() {
        long needed = (long) maxArticleBytes + FRAMING_BYTES + HEADER_ALLOWANCE;
        if (topicMaxMessageBytes.isEmpty() || topicMaxMessageBytes.getAsInt() >= needed) {
            return Optional.empty();
        }
        return Optional.of("news.raw accepts records up to max.message.bytes=" + topicMaxMessageBytes.getAsInt()
                + ", less than newsline.max.article.bytes=" + maxArticleBytes + " needs: larger files are skipped; "
                + "raise the topic's max.message.bytes to " + RawTopic.MAX_MESSAGE_BYTES
                + " (docs/operations.md, Size limits across Kafka)");
    }

    /** {@code 3250585 bytes (3.1 MiB)}: exact, so a file just over a limit is visibly over it. */
    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kib = bytes / 1024.0;
        String human = kib < 1024 ? String.format(Locale.ROOT, "%.1f KiB", kib)
                : String.format(Locale.ROOT, "%.1f MiB", kib / 1024);
        return bytes + " bytes (" + human + ")";
    }
}
