package dev.newsline.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.TaskMigratedException;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index processor on its own: a probe it cannot answer still gets one verdict, or none if it has no delivery. */
class ProbeIndexProcessorTest {

    @TempDir
    Path stateDir;
    private MockProcessorContext<String, VerdictBatch> context;
    private KeyValueStore<Bytes, byte[]> store;
    private Processor<Integer, ProbeBatch, String, VerdictBatch> processor;

    @BeforeEach
    void setUp() throws Exception {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "probe-index-test");
        p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createDirectories(stateDir.resolve("state")).toString());
        context = new MockProcessorContext<>(p, new TaskId(1, 0), stateDir.toFile());
        store = ProbeIndexBench.store(context);
        processor = ProbeIndexBench.processor(DedupSettings.defaults(), context);
    }

    @AfterEach
    void tearDown() {
        processor.close();
        store.close();
    }

    @Test
    void aProbeKeyOfAnUnknownKindIsAnsweredWithAnErrorVerdictBesideItsBatchsOtherVerdicts() {
        OrderKey prober = new OrderKey(1_700_000_000_000L, "fa-1", 7, 1_700_000_000_000L);
        processor.process(new Record<>(0, new ProbeBatch(prober, null, List.of(Bytes.wrap(new byte[] {'z', 1, 2, 3}),
                ProbeKind.ID.key(new byte[12])), 3), 0L));

        List<MockProcessorContext.CapturedForward<? extends String, ? extends VerdictBatch>> out = context.forwarded();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).record().key()).isEqualTo(Refs.of(prober));
        assertThat(out.get(0).record().value().home()).as("the verdicts go back to the article's home").isEqualTo(3);
        List<ProbeVerdict> verdicts = out.get(0).record().value().verdicts();
        assertThat(verdicts).hasSize(2);
        assertThat(verdicts.get(1).failed()).isFalse();
        ProbeVerdict v = verdicts.get(0);
        assertThat(v.failed()).isTrue();
        assertThat(v.kind()).isNull();
        assertThat(v.error()).startsWith("dedup-probe-index failed: IllegalArgumentException: unknown probe kind z");
        assertThat(count("probe-index-failed-probes")).isEqualTo(1);
    }

    @Test
    void aBatchThatDidNotDecodeIsCountedAndNotAnswered() {
        processor.process(new Record<>(0, null, 0L));

        assertThat(context.forwarded()).isEmpty();
        assertThat(count("probe-index-unreadable-probes")).isEqualTo(1);
    }

    @Test
    void aTaskTakenAwayWhileAnsweringIsNotTurnedIntoAFailedVerdict() {
        // Given an index store whose writes fail as when the task's producer is fenced
        @SuppressWarnings("unchecked")
        KeyValueStore<Bytes, byte[]> fenced = (KeyValueStore<Bytes, byte[]>) Proxy.newProxyInstance(
                KeyValueStore.class.getClassLoader(), new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("put")) {
                        throw new TaskMigratedException("producer fenced (test)");
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        ProbeIndexProcessor onFenced = new ProbeIndexProcessor(DedupSettings.defaults(), s -> fenced);
        onFenced.init(context);
        OrderKey prober = new OrderKey(1_700_000_000_000L, "fa-1", 7, 1_700_000_000_000L);

        // When a batch is answered, Then the exception reaches Kafka Streams and nothing is forwarded
        assertThatThrownBy(() -> onFenced.process(new Record<>(0,
                new ProbeBatch(prober, null, List.of(ProbeKind.ID.key(new byte[12])), 0), 0L)))
                .isInstanceOf(TaskMigratedException.class);
        assertThat(context.forwarded()).isEmpty();
        assertThat(count("probe-index-failed-probes")).isZero();
        onFenced.close();
    }

    private double count(String name) {
        return DedupDriver.total(context.metrics().metrics(), name);
    }
}
