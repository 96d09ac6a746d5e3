package dev.newsline.sink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;
import org.junit.jupiter.api.Test;

/** Each kind of client failure gets the line that names its cause, wherever it sits in the exception chain. */
class KafkaTroubleTest {

    private static final String KAFKA = "kafka-1:9093";

    @Test
    void refusedCredentialsSaySoNotUnreachable() {
        Exception e = new ExecutionException(new SaslAuthenticationException("Authentication failed: Invalid username or password"));
        assertThat(KafkaTrouble.explain(KAFKA, e)).contains(
                "Kafka at kafka-1:9093 refused the credentials (SASL authentication failed): check sasl.* settings");
    }

    @Test
    void aFailedTlsHandshakeSaysSoWithTheReasonOnOneLine() {
        Exception e = new KafkaException("Failed to create new KafkaAdminClient", new SslAuthenticationException(
                "SSL handshake failed\nPKIX path building failed", new SSLHandshakeException("PKIX")));
        assertThat(KafkaTrouble.explain(KAFKA, e)).hasValueSatisfying(line -> assertThat(line)
                .isEqualTo("TLS handshake with kafka-1:9093 failed (SSL handshake failed PKIX path building failed): "
                        + "check ssl.* settings (truststore, keystore, endpoint identification)"));
    }

    @Test
    void aSaslClientOnAPlaintextListenerIsAnAuthenticationProblem() {
        Exception e = new ExecutionException(new UnsupportedSaslMechanismException(
                "Unexpected handshake request with client mechanism PLAIN, enabled mechanisms are []"));
        assertThat(KafkaTrouble.explain(KAFKA, e)).hasValueSatisfying(line -> assertThat(line)
                .startsWith("authentication with Kafka at kafka-1:9093 failed (Unexpected handshake request")
                .endsWith("check security.protocol and sasl.* settings against the broker's listener"));
    }

    @Test
    void deniedAccessNamesWhatWasDenied() {
        assertThat(KafkaTrouble.explain(KAFKA, new ExecutionException(
                new TopicAuthorizationException("Not authorized", Set.of("news.raw")))))
                .hasValueSatisfying(line -> assertThat(line).startsWith("Kafka at kafka-1:9093 denied access to topic news.raw ("));
        assertThat(KafkaTrouble.explain(KAFKA, new GroupAuthorizationException("no", "newsline")))
                .hasValueSatisfying(line -> assertThat(line).startsWith("Kafka at kafka-1:9093 denied access to consumer group newsline ("));
    }

    @Test
    void aBadClientSettingIsNamed() {
        Exception e = new KafkaException("Failed to construct kafka producer",
                new ConfigException("linger.ms", "soon", "Not a number of type LONG"));
        assertThat(KafkaTrouble.explain(KAFKA, e)).contains(
                "bad Kafka setting: Invalid value soon for configuration linger.ms: Not a number of type LONG");
    }

    @Test
    void aTimeoutIsNotExplainedAsSecurityButTheUnreachableLineHintsAtIt() {
        assertThat(KafkaTrouble.explain(KAFKA, new TimeoutException())).isEmpty();
        assertThat(KafkaTrouble.explain(KAFKA, new KafkaException("boom"))).isEmpty();
        assertThat(KafkaTrouble.unreachable(KAFKA, new Properties())).isEqualTo("cannot reach Kafka at kafka-1:9093 "
                + "within 15 s: check --bootstrap-server and that the broker is running (if its listener uses TLS or SASL, "
                + "set security.protocol and the ssl.*/sasl.* settings)");
        Properties tls = new Properties();
        tls.put("security.protocol", "SSL");
        assertThat(KafkaTrouble.unreachable(KAFKA, tls)).endsWith("(and that its listener at that address speaks SSL)");
    }
}
