package dev.newsline.enrich.dedup;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.state.KeyValueStore;

/** A probe index store whose reads of one probe kind fail while a switch is on, as a failing disk would. */
final class FailingStore {

    private FailingStore() {
    }

    /** {@code store}, except that {@code get} of a {@code kind} key throws while {@code failing} is true. */
    @SuppressWarnings("unchecked")
    static KeyValueStore<Bytes, byte[]> failingGets(KeyValueStore<Bytes, byte[]> store, ProbeKind kind,
            BooleanSupplier failing) {
        byte tag = kind.key(new byte[0]).get()[0];
        return (KeyValueStore<Bytes, byte[]>) Proxy.newProxyInstance(KeyValueStore.class.getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    // index keys are a 4-byte bucket, then the probe key and its kind tag
                    if (failing.getAsBoolean() && method.getName().equals("get") && ((Bytes) args[0]).get()[4] == tag) {
                        throw new ProcessorStateException("read failed (test)");
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
