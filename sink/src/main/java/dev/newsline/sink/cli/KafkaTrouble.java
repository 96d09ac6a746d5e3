package dev.newsline.sink.cli;

import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;

/**
 * Says in one line what a Kafka client failure means for the user: credentials refused, a failed TLS
 * handshake, access denied, a bad client setting, or no broker answering at all.
 */
final class KafkaTrouble {

    /** How long the broker check waits for an answer. */
    static final int CHECK_SECONDS = 15;

    private KafkaTrouble() {
    }

    /** The line for a failure the user can fix, if {@code failure} (or a cause of it) is one. */
    static Optional<String> explain(String bootstrapServers, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SslAuthenticationException) {
                return Optional.of("TLS handshake with " + bootstrapServers + " failed (" + oneLine(t)
                        + "): check ssl.* settings (truststore, keystore, endpoint identification)");
            }
            if (t instanceof SaslAuthenticationException) {
                return Optional.of("Kafka at " + bootstrapServers
                        + " refused the credentials (SASL authentication failed): check sasl.* settings");
            }
            if (t instanceof AuthenticationException) {
                return Optional.of("authentication with Kafka at " + bootstrapServers + " failed (" + oneLine(t)
                        + "): check security.protocol and sasl.* settings against the broker's listener");
            }
            if (t instanceof AuthorizationException) {
                return Optional.of("Kafka at " + bootstrapServers + " denied " + deniedWhat(t) + " (" + oneLine(t)
                        + "): grant the principal the ACLs listed in docs/operations.md, or use another principal");
            }
            if (t instanceof ConfigException) {
                return Optional.of("bad Kafka setting: " + oneLine(t));
            }
        }
        return Optional.empty();
    }

    /** The line for a broker that did not answer the check in time, with a hint when security may be why. */
    static String unreachable(String bootstrapServers, Properties settings) {
        String protocol = settings.getProperty(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT").strip();
        String hint = protocol.equalsIgnoreCase("PLAINTEXT")
                ? " (if its listener uses TLS or SASL, set security.protocol and the ssl.*/sasl.* settings)"
                : " (and that its listener at that address speaks " + protocol + ")";
        return "cannot reach Kafka at " + bootstrapServers + " within " + CHECK_SECONDS
                + " s: check --bootstrap-server and that the broker is running" + hint;
    }

    private static String deniedWhat(Throwable t) {
        if (t instanceof TopicAuthorizationException topics && !topics.unauthorizedTopics().isEmpty()) {
            return "access to topic" + (topics.unauthorizedTopics().size() == 1 ? " " : "s ")
                    + String.join(", ", new TreeSet<>(topics.unauthorizedTopics()));
        }
        if (t instanceof GroupAuthorizationException group && group.groupId() != null) {
            return "access to consumer group " + group.groupId();
        }
        if (t instanceof ClusterAuthorizationException) {
            return "a cluster operation";
        }
        if (t instanceof TransactionalIdAuthorizationException) {
            return "the use of a transactional id";
        }
        return t instanceof TopicAuthorizationException ? "access to a topic" : "the request";
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
