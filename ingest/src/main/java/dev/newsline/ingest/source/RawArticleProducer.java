package dev.newsline.ingest.source;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.SettingKeys;
import dev.newsline.ingest.topology.EventTimeHeader;
import dev.newsline.ingest.topology.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends the articles of sources (folders, archives, JSON Lines, WARC) to news.raw unchanged, one article
 * read at a time, with the headers, key and timestamp each source gives it. Each article's size is checked
 * against the Kafka limits before it is sent ({@link RawRecordLimits}); every article is reported as sent,
 * skipped or failed.
 */
public final class RawArticleProducer implements AutoCloseable {

    /** Header naming the file a raw record came from; every output record carries it back in {@code headers}. */
    public static final String FILENAME = "filename";
    /** Header naming the input an article came from (an archive, a folder, a feed). */
    public static final String SOURCE = "source";
    /** Header carrying the article's URL (a WARC record's target URI, a feed item's link). */
    public static final String URL = "url";
    /** Header declaring the article's type ({@code application/json}, {@code text/html…}, {@code text/plain}). */
    public static final String CONTENT_TYPE = "content-type";
    /** Header declaring the home country of the article's source (ISO 3166-1 alpha-2), which the tagger may file it under. */
    public static final String COUNTRY_HINT = "country-hint";

    private final KafkaProducer<byte[], byte[]> producer;
    private final RawRecordLimits limits;
    private final Optional<String> sourceCountry;

    /**
     * @param settings             the user's settings: client keys ({@code security.*}, {@code sasl.*},
     *                             {@code producer.*}…) reach the producer, {@code newsline.max.article.bytes} sets the size check
     * @param topicMaxMessageBytes news.raw's {@code max.message.bytes}, if known ({@link RawTopic#ensure})
     */
    public RawArticleProducer(String bootstrapServers, Properties settings, OptionalInt topicMaxMessageBytes) {
        Properties config = ClientConfigFactory.rawProducer(bootstrapServers, settings);
        this.producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        this.limits = RawRecordLimits.of(settings, config, topicMaxMessageBytes);
        this.sourceCountry = SettingKeys.SOURCE_COUNTRY.read(settings);
    }

    /** The sizes each file is checked against. */
    public RawRecordLimits limits() {
        return limits;
    }

    /**
     * Sends every article of {@code sources} in order and waits until the broker has every one sent;
     * {@code report} hears of each article, sent, skipped or failed, as soon as its fate is known.
     *
     * @throws KafkaException for a failure that stops sending altogether (authentication, authorization,
     *                        the broker gone); the articles reported so far are on news.raw
     */
    public SendSummary send(List<ArticleSource> sources, Consumer<ArticleOutcome> report) throws InterruptedException {
        List<ArticleOutcome> sent = new ArrayList<>();
        List<ArticleOutcome> skipped = new ArrayList<>();
        send(sources, SendGate.OPEN, outcome -> {
            (outcome.sent() ? sent : skipped).add(outcome);
            report.accept(outcome);
        });
        return new SendSummary(List.copyOf(sent), List.copyOf(skipped));
    }

    /**
     * Sends the articles of {@code sources} that {@code gate} admits, in order, and waits until the broker has
     * every one sent; {@code report} hears of each article's fate as soon as it is known (an acknowledged send
     * is reported only once the broker has it). Nothing is kept once reported, so an archive of any length
     * can be sent.
     *
     * @throws KafkaException as {@link #send(List, Consumer)}
     */
    public void send(List<ArticleSource> sources, SendGate gate, Consumer<ArticleOutcome> report)
            throws InterruptedException {
        Deque<InFlight> inFlight = new ArrayDeque<>();
        SourceListener listener = new SourceListener() {
            @Override
            public void article(SourceRecord record) throws InterruptedException {
                if (Thread.interrupted()) { // Ctrl-C: stop between articles, whatever the source is doing
                    throw new InterruptedException("interrupted before " + record.entry());
                }
                if (!gate.admit(record)) {
                    return;
                }
                Optional<String> refusal = limits.refusal(record.value().length, headerBytes(record));
                if (refusal.isPresent()) {
                    report.accept(ArticleOutcome.skipped(record, refusal.get(), false));
                    return;
                }
                inFlight.add(new InFlight(record, producer.send(toProducerRecord(record))));
                reportDone(inFlight, false, report);
            }

            @Override
            public void skipped(SkippedEntry entry) {
                report.accept(ArticleOutcome.of(entry));
            }
        };
        InterruptedException stop = null;
        try {
            for (ArticleSource source : sources) {
                try {
                    source.read(listener);
                } catch (IOException e) {
                    report.accept(new ArticleOutcome(source.name(), -1, source.name(), -1, -1, -1,
                            "cannot read it: " + e.getMessage(), true));
                }
            }
        } catch (InterruptedException e) {
            stop = e;
        } catch (InterruptException e) {
            stop = new InterruptedException(e.getMessage());
        }
        // Also when stopped (Ctrl-C, a watch ended): what is in flight still reaches the broker and is reported
        // as acknowledged, so that a checkpoint holds it and a resumed replay does not send it again.
        stop = finish(inFlight, report, stop);
        if (stop != null) {
            throw stop;
        }
    }

    /** Flushes and reports every send in flight, even through interruptions; returns the interruption, if any. */
    private InterruptedException finish(Deque<InFlight> inFlight, Consumer<ArticleOutcome> report,
                                        InterruptedException stop) {
        while (true) {
            if (Thread.interrupted() && stop == null) {
                stop = new InterruptedException("interrupted while the last sends were acknowledged");
            }
            try {
                // Each send reported as it is acknowledged (progress goes on), rather than after one long flush.
                reportDone(inFlight, true, report);
                producer.flush();
                return stop;
            } catch (InterruptedException | InterruptException e) {
                if (stop == null) {
                    stop = e instanceof InterruptedException ie ? ie : new InterruptedException(e.getMessage());
                }
            }
        }
    }

    /**
     * The record for news.raw, stamped now with the article's time in its event-time header, and with the configured
     * source country as its country-hint if the source gave none.
     */
    private ProducerRecord<byte[], byte[]> toProducerRecord(SourceRecord r) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.RAW, null, null,
                r.key().getBytes(StandardCharsets.UTF_8), r.value());
        r.headers().forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        EventTimeHeader.add(record.headers(), r.timestamp());
        addedCountryHint(r).ifPresent(code -> record.headers().add(COUNTRY_HINT, code.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** The configured source country, when {@code r}'s source gave no country-hint of its own. */
    private Optional<String> addedCountryHint(SourceRecord r) {
        return r.headers().containsKey(COUNTRY_HINT) ? Optional.empty() : sourceCountry;
    }

    private int headerBytes(SourceRecord r) {
        // Each header: its key and value, and two varint lengths of at most 5 bytes; the key counts like one.
        int bytes = r.key().getBytes(StandardCharsets.UTF_8).length + 5 + EventTimeHeader.bytes(r.timestamp());
        bytes += addedCountryHint(r).map(code -> COUNTRY_HINT.length() + code.length() + 10).orElse(0);
        for (var h : r.headers().entrySet()) {
            bytes += h.getKey().length() + h.getValue().getBytes(StandardCharsets.UTF_8).length + 10;
        }
        return bytes;
    }

    /** Reports the finished sends at the head of the queue (all of them when {@code all}), in order. */
    private static void reportDone(Deque<InFlight> inFlight, boolean all, Consumer<ArticleOutcome> report)
            throws InterruptedException {
        while (!inFlight.isEmpty() && (all || inFlight.peekFirst().future().isDone())) {
            InFlight head = inFlight.peekFirst();
            try {
                RecordMetadata m = head.future().get(); // interrupted here, the send stays queued for the next try
                inFlight.pollFirst();
                report.accept(ArticleOutcome.sent(head.record(), m.partition(), m.offset()));
            } catch (ExecutionException e) {
                inFlight.pollFirst();
                if (e.getCause() instanceof RecordTooLargeException) {
                    report.accept(ArticleOutcome.skipped(head.record(), RawRecordLimits.describe(head.record().value().length)
                            + ", refused by the broker as too large: check news.raw's max.message.bytes", true));
                } else if (e.getCause() instanceof InvalidTimestampException) {
                    // stamped when sent, so only a clock far from the broker's is refused
                    report.accept(ArticleOutcome.skipped(head.record(), "refused by the broker for its timestamp "
                            + "(the time it was sent): check this machine's clock against the broker's "
                            + "message.timestamp.before.max.ms and message.timestamp.after.max.ms", true));
                } else if (e.getCause() instanceof KafkaException k) {
                    throw k;
                } else {
                    throw new KafkaException("sending " + head.record().entry() + " failed: " + e.getCause(), e.getCause());
                }
            }
        }
    }

    private record InFlight(SourceRecord record, Future<RecordMetadata> future) {
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
