package dev.newsline.ingest.source;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.NewslineSettings;
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
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends article files to news.raw unchanged, one file read at a time, with {@code filename} and
 * {@code content-type} headers. Each file's size is checked before it is read and sent
 * ({@link RawRecordLimits}); every file is reported as sent or skipped, in input order.
 */
public final class RawArticleProducer implements AutoCloseable {

    /** Header naming the file a raw record came from; every output record carries it back in {@code headers}. */
    public static final String FILENAME = "filename";
    /** Header naming the input an article came from (an archive, a folder, a feed). */
    public static final String SOURCE = "source";
    /** Header carrying the article's URL (a WARC record's target URI, a feed item's link). */
    public static final String URL = "url";
    /** Header declaring the file's type ({@code application/json} or {@code text/plain}). */
    public static final String CONTENT_TYPE = "content-type";

    private final KafkaProducer<byte[], byte[]> producer;
    private final RawRecordLimits limits;

    /**
     * @param settings             the user's settings: client keys ({@code security.*}, {@code sasl.*},
     *                             {@code producer.*}…) reach the producer, {@code newsline.max.article.bytes} sets the size check
     * @param topicMaxMessageBytes news.raw's {@code max.message.bytes}, if known ({@link RawTopic#ensure})
     */
    public RawArticleProducer(String bootstrapServers, Properties settings, OptionalInt topicMaxMessageBytes) {
        Properties withDefaults = new Properties();
        // Fail within seconds, not minutes, when the broker goes away mid-way; a user's values win.
        withDefaults.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        withDefaults.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
        withDefaults.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        withDefaults.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        withDefaults.putAll(settings);
        Properties config = ClientConfigFactory.producer(bootstrapServers, withDefaults);
        this.producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        this.limits = new RawRecordLimits(NewslineSettings.from(settings).maxArticleBytes(),
                Integer.parseInt(String.valueOf(config.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)).strip()),
                topicMaxMessageBytes);
    }

    /** The sizes each file is checked against. */
    public RawRecordLimits limits() {
        return limits;
    }

    /**
     * Sends {@code files} in order and waits until the broker has every one sent; {@code report} hears of
     * each file, sent or skipped, in input order, as soon as its fate is known.
     *
     * @throws KafkaException for a failure that stops sending altogether (authentication, authorization,
     *                        the broker gone); the files reported so far are on news.raw
     */
    public SendSummary send(List<ArticleFile> files, Consumer<FileOutcome> report) throws InterruptedException {
        Deque<InFlight> inFlight = new ArrayDeque<>();
        List<FileOutcome> sent = new ArrayList<>();
        List<FileOutcome> skipped = new ArrayList<>();
        Consumer<FileOutcome> tally = outcome -> {
            (outcome.sent() ? sent : skipped).add(outcome);
            report.accept(outcome);
        };
        for (ArticleFile file : files) {
            Optional<String> refusal = limits.refusal(file.size(), headerBytes(file));
            if (refusal.isPresent()) {
                tally.accept(FileOutcome.skipped(file, file.size(), refusal.get()));
                continue;
            }
            byte[] value;
            try {
                value = file.read();
            } catch (IOException e) {
                tally.accept(FileOutcome.skipped(file, file.size(), "cannot read it: " + e.getMessage()));
                continue;
            }
            refusal = limits.refusal(value.length, headerBytes(file)); // it may have grown since it was listed
            if (refusal.isPresent()) {
                tally.accept(FileOutcome.skipped(file, value.length, refusal.get()));
                continue;
            }
            inFlight.add(new InFlight(file, value.length, producer.send(withHeaders(file, value))));
            reportDone(inFlight, false, tally);
        }
        producer.flush();
        reportDone(inFlight, true, tally);
        return new SendSummary(List.copyOf(sent), List.copyOf(skipped));
    }

    private static ProducerRecord<byte[], byte[]> withHeaders(ArticleFile file, byte[] value) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.RAW, null, value);
        record.headers().add(FILENAME, file.name().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CONTENT_TYPE, file.contentType().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static int headerBytes(ArticleFile file) {
        // Each header: its key and value, and two varint lengths of at most 5 bytes.
        return FILENAME.length() + file.name().getBytes(StandardCharsets.UTF_8).length
                + CONTENT_TYPE.length() + file.contentType().length() + 20;
    }

    /** Reports the finished sends at the head of the queue (all of them when {@code all}), in order. */
    private static void reportDone(Deque<InFlight> inFlight, boolean all, Consumer<FileOutcome> report)
            throws InterruptedException {
        while (!inFlight.isEmpty() && (all || inFlight.peekFirst().future().isDone())) {
            InFlight head = inFlight.pollFirst();
            try {
                RecordMetadata m = head.future().get();
                report.accept(FileOutcome.sent(head.file(), head.bytes(), m.partition(), m.offset()));
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RecordTooLargeException) {
                    report.accept(FileOutcome.skipped(head.file(), head.bytes(), RawRecordLimits.describe(head.bytes())
                            + ", refused by the broker as too large: check news.raw's max.message.bytes"));
                } else if (e.getCause() instanceof KafkaException k) {
                    throw k;
                } else {
                    throw new KafkaException("sending " + head.file().name() + " failed: " + e.getCause(), e.getCause());
                }
            }
        }
    }

    private record InFlight(ArticleFile file, long bytes, Future<RecordMetadata> future) {
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
